/**
 * Addresses a child's pages live at. A shared phone's history list shows
 * them, so none says what the child was doing: "I feel unsafe" is /help and
 * "I'm not happy" is /message. The old addresses send to the new ones.
 */
export const PATHS = {
  signIn: '/sign-in',
  unsafe: '/help',
  notHappy: '/message',
  private: '/tips',
} as const;

/** Addresses used before, replaced (not added to history) by their neutral ones. */
export const OLD_PATHS: Record<string, string> = {
  '/unsafe': PATHS.unsafe,
  '/not-happy': PATHS.notHappy,
};

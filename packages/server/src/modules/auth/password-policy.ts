import type { dictionary as Dictionary } from '@zxcvbn-ts/language-common';
import { lazyModule } from '../../common/lazy-module';

/**
 * NCSC password guidance: length over complexity (at least 12 characters, no
 * composition rules), and a deny list of the most common passwords. The list
 * is zxcvbn-ts's ~49,000 most common passwords (from leaked password corpora).
 */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 200;

const common = lazyModule(() => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { dictionary } = require('@zxcvbn-ts/language-common') as { dictionary: typeof Dictionary };
  return new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
});

/** The password without digits and symbols added at either end: "Password2024!" → "password". */
function core(password: string): string {
  return password.toLowerCase().replace(/^[\d\W_]+|[\d\W_]+$/g, '');
}

/** Why a new password is not acceptable, in words for the person choosing it, or null when it is. */
export function passwordProblem(password: string, context: { username?: string } = {}): string | null {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters. Three random words work well.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`;
  const lower = password.toLowerCase();
  const stem = core(password);
  const COMMON = common();
  if (COMMON.has(lower) || (stem.length >= 4 && COMMON.has(stem))) {
    return 'That password is one of the most common and easy to guess. Choose another: three random words work well.';
  }
  if (new Set(lower).size < 4) return 'That password is too easy to guess. Choose another: three random words work well.';
  const username = context.username?.toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) return 'Choose a password that does not contain your username.';
  return null;
}

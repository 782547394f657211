/** Only paths inside this portal: never an address somewhere else. */
export function safeReturnTo(raw: string | null): string {
  return raw && raw.startsWith('/') && !raw.startsWith('//') && !raw.startsWith('/sign-in') && !raw.startsWith('/first-time') ? raw : '/';
}

/**
 * A phrase someone typed, ready to go before our own full stop: "Viability
 * assessment under way." + ". Contact" must not read "under way.. Contact".
 */
export function withoutFullStop(text: string): string {
  return text.trim().replace(/[.\s]+$/, '');
}

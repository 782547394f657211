/**
 * Whether an error means the database cannot be reached right now (stopped,
 * restarting, connections dropped). The client is told to retry: nothing was
 * committed by a request that failed this way, as every write is one transaction.
 */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN']);
// PostgreSQL: admin_shutdown, crash_shutdown, cannot_connect_now, and connection exceptions (class 08).
const POSTGRES_CODES = /^(57P01|57P02|57P03|08\d{3})$/;
// TypeORM releases a transaction's connection when it dies; the COMMIT was then never sent.
const MESSAGES = /Query runner already released|connection provided by a query runner was already released|Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|the database system is (starting up|shutting down)|terminating connection due to administrator command/i;

export const RETRY_AFTER_SECONDS = 5;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, cause, originalError, driverError } = error as Record<string, unknown>;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || POSTGRES_CODES.test(code))) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  return [cause, originalError, driverError].some((e) => isDatabaseUnavailable(e, depth + 1));
}

import pino, { type DestinationStream } from 'pino';

/**
 * Structured logs. Personal data never belongs in a log line: these paths are
 * redacted wherever they appear, requests are logged without their variables,
 * and messages name records by id only.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.code',
  'input',
  '*.input',
  'variables',
  'variables.*',
  '*.variables',
  'query',
  '*.query',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'displayName',
  '*.displayName',
  '*.name',
  '*.firstName',
  '*.lastName',
  '*.legalFirstName',
  '*.legalLastName',
  '*.preferredName',
  '*.carerName',
  '*.dateOfBirth',
  '*.words',
  '*.reply',
  '*.title',
  '*.text',
  '*.body',
  '*.description',
  '*.notes',
  '*.summary',
  '*.reason',
  '*.address',
  '*.email',
  '*.phone',
  '*.username',
  'attemptedUsername',
  '*.attemptedUsername',
];

/** Where log lines go: standard output, or a stream a test substitutes to read them. */
let target: DestinationStream = pino.destination({ dest: 1, sync: false });

export const logger = pino(
  {
    level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    base: { service: 'forever-planning-api' },
  },
  { write: (line: string) => target.write(line) },
);

/** Sends the logs to `stream` at `level` until the returned function restores them. */
export function redirectLogs(stream: DestinationStream, level = 'info'): () => void {
  const previous = { target, level: logger.level };
  target = stream;
  logger.level = level;
  return () => {
    target = previous.target;
    logger.level = previous.level;
  };
}

// Words PostgreSQL puts before an identifier it quotes; anything else quoted in a message may be data.
const IDENTIFIER_BEFORE = /(constraint|relation|column|table|index|type|function|schema|database|role|extension|trigger|sequence|operator)\s*$/i;

/**
 * An error as it may be logged: PostgreSQL quotes input values in its messages
 * ("invalid input syntax for type date: \"Amira\""), so quoted values other
 * than identifiers are replaced; driver details (which echo rows) are dropped.
 */
export function errorForLog(error: unknown): { type: string; message: string; code?: string; stack?: string } {
  if (!(error instanceof Error)) return { type: typeof error, message: '[not an Error]' };
  const scrub = (text: string) =>
    text.replace(/"([^"]*)"/g, (match, _inner: string, offset: number, whole: string) =>
      IDENTIFIER_BEFORE.test(whole.slice(Math.max(0, offset - 20), offset)) ? match : '"[redacted]"',
    );
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: scrub(error.message),
    ...(typeof code === 'string' ? { code } : {}),
    stack: error.stack ? scrub(error.stack) : undefined,
  };
}

export type Logger = typeof logger;

import pino from 'pino';

/**
 * Structured logs. Personal data never belongs in a log line: these paths are
 * redacted wherever they appear, and messages name records by id only.
 */
export const REDACTED_PATHS = [
  'password',
  '*.password',
  'input.password',
  'variables.*',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  '*.name',
  '*.firstName',
  '*.lastName',
  '*.legalFirstName',
  '*.legalLastName',
  '*.preferredName',
  '*.dateOfBirth',
  '*.words',
  '*.title',
];

export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  base: { service: 'forever-planning-api' },
});

export type Logger = typeof logger;

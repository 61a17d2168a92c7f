import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * Structured logs for operators. Secrets, and the free text people write into findings, feedback and
 * notes, never reach a log: such fields are censored wherever they appear, so a careless log line cannot
 * leak a child's details.
 */
const REDACTED_FIELDS = [
  'password',
  'secret',
  'token',
  'authorization',
  'cookie',
  'MONGODB_URI',
  'uri',
  'text',
  'note',
  'comment',
  'strengths',
  'areasForImprovement',
  'reason',
  'evidence',
  'observed',
  'feedbackGiven',
  'learning',
  'working',
  'worries',
  'ideas',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const paths = REDACTED_FIELDS.flatMap((field) => [field, `*.${field}`, `*.*.${field}`]);
  return pino({ level, base: { service: 'challenge-day-bot' }, redact: { paths, censor: '[redacted]' } }, destination);
}

import { createHash } from 'node:crypto';

/**
 * The id of a Slack interaction: where it came from, who sent it and what it said. Slack resending the same
 * request (x-slack-retry-num), or a person submitting the same modal again, gives the same id, so it is
 * applied once.
 */
export function slackCommandId(...parts: readonly unknown[]): string {
  return `slack-${createHash('sha256')
    .update(parts.map((part) => JSON.stringify(part ?? null)).join('\n'))
    .digest('hex')
    .slice(0, 40)}`;
}

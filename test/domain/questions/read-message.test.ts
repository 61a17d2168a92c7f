import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/domain/questions/read-message.js';

describe('the bot reads a chat message from either platform', () => {
  it('drops its own Teams mention and keeps another person’s as a possible owner', () => {
    expect(readMessage('<at>Challenge Day</at> actions for <at>Priya Sharma</at>&nbsp;please?')).toEqual({
      original: 'actions for please?',
      words: 'actions for please',
      mentions: [{ platform: 'teams', displayName: 'Priya Sharma' }],
    });
  });

  it('drops its own Slack mention and keeps another user’s id', () => {
    expect(readMessage('<@U0BOT> overdue actions for <@U07SAM123|sam> &amp; Erewash')).toEqual({
      original: 'overdue actions for & Erewash',
      words: 'overdue actions for & erewash',
      mentions: [{ platform: 'slack', userId: 'U07SAM123' }],
    });
  });

  it('keeps case references, dates and apostrophes intact', () => {
    expect(readMessage('Audit trail for CR-104233, who’s due by 12/12?').words).toBe(
      "audit trail for cr-104233 who's due by 12/12",
    );
  });
});

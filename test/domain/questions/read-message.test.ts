import { describe, expect, it } from 'vitest';
import { readMessage } from '../../../src/domain/questions/read-message.js';

describe('the bot reads a chat message, its mentions already taken out by the channel', () => {
  it('keeps the mentions it is given, and reads markup left in the text as the words it stands for', () => {
    expect(readMessage('  actions for  &amp; <b>Erewash</b>&nbsp;please?', [{ displayName: 'Priya Sharma' }])).toEqual({
      original: 'actions for & Erewash please?',
      words: 'actions for & erewash please',
      mentions: [{ displayName: 'Priya Sharma' }],
    });
  });

  it('keeps case references, dates and apostrophes intact', () => {
    expect(readMessage('Audit trail for CR-104233, who’s due by 12/12?').words).toBe(
      "audit trail for cr-104233 who's due by 12/12",
    );
  });
});

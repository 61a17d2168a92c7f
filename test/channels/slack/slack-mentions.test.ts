import { describe, expect, it } from 'vitest';
import { takeSlackMentions } from '../../../src/channels/slack/slack-mentions.js';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import { readMessage } from '../../../src/domain/questions/read-message.js';
import { contextAt } from '../../domain/questions/derbyshire.js';

/** Slack's mention markup is read by the Slack channel; the domain gets the words and who was mentioned. */
describe('Slack mentions', () => {
  it('drops the bot’s own mention and keeps another user’s id for the channel to resolve', () => {
    const taken = takeSlackMentions('<@U0BOT> overdue actions for <@U07SAM123|sam> &amp; Erewash');
    expect(taken.mentioned).toEqual([{ userId: 'U07SAM123', label: 'sam' }]);
    expect(readMessage(taken.text)).toEqual({
      original: 'overdue actions for & Erewash',
      words: 'overdue actions for & erewash',
      mentions: [],
    });
  });

  it.each([
    [
      '<@U0BOT> whats overdue in NE Derbys?',
      { kind: 'actions', state: 'overdue', districtId: 'north-east-derbyshire' },
    ],
    ['<@U0BOT> audit log for case MAT/2291 please', { kind: 'case_audit_trail', caseReference: 'MAT/2291' }],
  ])('“%s” is answered as the right query', (asked, query) => {
    expect(parseQuestion(takeSlackMentions(asked).text, contextAt())).toStrictEqual(query);
  });
});

import { describe, expect, it } from 'vitest';
import { readTeamsMentions } from '../../../src/channels/teams/teams-mentions.js';
import { readNoticeAnswer } from '../../../src/domain/notice/read-notice-answer.js';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import { readMessage } from '../../../src/domain/questions/read-message.js';
import { readSampleCommand } from '../../../src/domain/sampling/read-sample-request.js';
import { readDigestScheduleCommand } from '../../../src/domain/scheduling/read-digest-schedule.js';
import { contextAt, DERBYSHIRE_DISTRICTS } from '../../domain/questions/derbyshire.js';

/** Teams' mention markup is read by the Teams channel; the domain gets the words and who was mentioned. */
describe('Teams mentions', () => {
  it('drops the bot’s own mention and keeps another person’s name, unresolved', () => {
    const said = readTeamsMentions('<at>Challenge Day</at> actions for <at>Priya Sharma</at>&nbsp;please?');
    expect(readMessage(said.text, said.mentions)).toEqual({
      original: 'actions for please?',
      words: 'actions for please',
      mentions: [{ displayName: 'Priya Sharma' }],
    });
  });

  it.each([
    [
      '<at>Challenge Day</at> overdue actions owned by <at>Priya Sharma</at>',
      { kind: 'actions', state: 'overdue', owner: { kind: 'unknown_mention', displayName: 'Priya Sharma' } },
    ],
    [
      '<at>Challenge Day</at> my actions',
      { kind: 'actions', state: 'outstanding', owner: { kind: 'person', personId: 'person-dana' } },
    ],
    ['<at>Challenge Day</at>', { kind: 'help' }],
    [
      '<at>Challenge Day</at> link this channel to Chesterfield MAT',
      { kind: 'link_channel', districtId: 'chesterfield', audience: 'mat' },
    ],
  ])('“%s” is answered as the right query', (asked, query) => {
    const said = readTeamsMentions(asked);
    expect(parseQuestion(said.text, contextAt(), said.mentions)).toStrictEqual(query);
  });

  it('leaves commands and answers to the notice readable after the bot’s mention', () => {
    const text = (written: string) => readTeamsMentions(written).text;
    expect(readNoticeAnswer(text('<at>Challenge Day</at> focus group please'))).toBe('focus_group');
    expect(
      readDigestScheduleCommand(
        text('<at>Challenge Day</at> weekly digest for Chesterfield on Friday at 8:30'),
        DERBYSHIRE_DISTRICTS,
      ),
    ).toMatchObject({ districtId: 'chesterfield' });
    expect(
      readSampleCommand(
        text('<at>Challenge Day</at> pick sample for NE Derbyshire\nCR-1, Team A'),
        DERBYSHIRE_DISTRICTS,
      ),
    ).toMatchObject({ districtId: 'north-east-derbyshire', size: 8 });
  });
});

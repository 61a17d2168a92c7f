import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-database.js';
import { NOW, people, records, seedCounty } from './support/county.js';
import { useSecuredBot } from './support/secured-bot.js';
import { slackChannel } from './support/speak-to-bot.js';

/*
 * Found by the generated submissions: the report forms take comments of up to 4,000 characters, but the
 * report's history keeps a note of at most 2,000, so a longer comment failed to save ("Something went
 * wrong") instead of verifying or returning the report.
 */

const database = useTestDatabase();
const bot = useSecuredBot(database, { now: NOW, seed: () => seedCounty(database.stores) });
const slack = slackChannel(bot);
const comments = `${'Themes are clear and the actions follow from the findings. '.repeat(50)}`.slice(0, 3_000);

describe('a senior manager’s comments as long as the form allows', () => {
  it('verify the report', async () => {
    const answer = await slack.press(people.sue, 'report.approve', {
      reportId: records.submittedReportChesterfield._id,
      comments,
    });
    expect(answer.shown).toContain('Report verified');
    expect((await database.stores.reports.findById(records.submittedReportChesterfield._id))?.status).toBe('approved');
  });

  it('return the report to the QA manager', async () => {
    const answer = await slack.press(people.bill, 'report.return', {
      reportId: records.submittedReportErewash._id,
      comments,
    });
    expect(answer.shown).toContain('Report returned to the QA manager');
    expect((await database.stores.reports.findById(records.submittedReportErewash._id))?.returns).toHaveLength(1);
  });
});

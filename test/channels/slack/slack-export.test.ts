import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { Browser } from '../../support/browser.js';
import { anAction } from '../../support/fixtures.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { slashCommand } from '../../support/slack-requests.js';

/* The action plan export in Slack: the slash command answers with the person's own two download links. */

const scene = slackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  people: [
    slackMember('person-dee', 'U-DEE', ['district_manager'], { displayName: 'Dee Watts' }),
    slackMember('person-owen', 'U-OWEN', ['staff'], { displayName: 'Owen Hart' }),
  ],
  seed: async () => {
    await scene.database.stores.actions.create(anAction({ _id: 'action-late', ownerId: 'person-owen' }));
  },
});
const { post, slack } = scene;

async function answerTo(user: string, text: string, name: string) {
  await post(slashCommand(user, `D-${user}`, text, slack.responseUrl(name)));
  await expect.poll(() => slack.responses.some((response) => response.path.endsWith(name))).toBe(true);
  return JSON.stringify(slack.responses.find((response) => response.path.endsWith(name))?.body ?? {});
}

describe('exporting the action plan in Slack', () => {
  it('answers “/challenge export the action plan for Chesterfield” with download buttons whose CSV opens for that person', async () => {
    const answer = await answerTo('U-DEE', 'export the action plan for Chesterfield', 'export-dee');
    expect(answer).toContain('Download CSV');
    expect(answer).toContain('Download Excel (XLSX)');
    const csv = /https?:\/\/[^"\s]+\/exports\/action-plan\.csv[^"\s]*/.exec(answer)?.[0] ?? '';
    const { pathname, search } = new URL(csv);
    const file = await new Browser().open(`${scene.running.baseUrl}${pathname}${search}`);
    expect(file.status).toBe(200);
    const rows = parse(file.body, { bom: true, columns: true }) as Record<string, string>[];
    const late = await scene.database.stores.actions.findById('action-late');
    expect(late?.reference).toMatch(/^A-\d+$/);
    expect(rows.map((row) => [row.Reference, row.Owner])).toStrictEqual([[late?.reference, 'Owen Hart']]);
  });

  it('tells district staff who can export the plan, with no link', async () => {
    const answer = await answerTo('U-OWEN', 'export the action plan for Chesterfield', 'export-owen');
    expect(answer).toContain('An action plan is exported by a QA manager, or by a senior or district manager');
    expect(answer).not.toContain('/exports/');
  });
});

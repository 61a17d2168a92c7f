import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { aCaseFinding, aChallengeDay, aDistrict, anAction, aReport } from '../../support/fixtures.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { answerToSlashCommand } from '../../support/slack-answers.js';
import { buttonValue } from '../../support/slack-button-value.js';
import { buttonPressed, slashCommand } from '../../support/slack-requests.js';

/**
 * Questions managers ask in their own words (issue 23), asked in Slack as people type them: the next and
 * last Challenge Day, what waits for their approval, how many actions, and who holds most overdue actions.
 * Today is Monday 7 December 2026.
 */

const day = calendarDateFromIso;
const scene = slackScene({
  now: new Date('2026-12-07T10:00:00Z'),
  districts: [aDistrict(), aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] })],
  people: [
    slackMember('person-priya', 'U-PRIYA', ['qa_manager'], { displayName: 'Priya Shah' }),
    slackMember('person-helen', 'U-HELEN', ['district_manager'], { displayName: 'Helen Ward' }),
    slackMember('person-sue', 'U-SUE', ['senior_manager'], { displayName: 'Sue Marsh' }),
    slackMember('person-jo', 'U-JO', ['staff'], { displayName: 'Jo Bennett', managerId: 'person-helen' }),
    slackMember('person-dan', 'U-DAN', ['auditor'], { displayName: 'Dan Reeves' }),
    slackMember('person-ed', 'U-ED', ['staff'], { displayName: 'Ed Sands', districtIds: ['erewash'] }),
  ],
  seed: async () => {
    for (const user of ['U-PRIYA', 'U-HELEN', 'U-SUE', 'U-JO', 'U-DAN', 'U-ED']) {
      await scene.post(slashCommand(user, `D-${user}`, 'help', scene.slack.responseUrl(`help-${user}`)));
    }
  },
});
const { database } = scene;

let asked = 0;
/** What the bot answered this person's question, as Slack shows it. */
async function ask(user: string, question: string): Promise<string> {
  asked += 1;
  return JSON.stringify(await answerToSlashCommand(scene, user, question, `q-${asked}`));
}

const lastDay = aChallengeDay({
  _id: 'day-november',
  date: day('2026-11-05'),
  startsAt: new Date('2026-11-05T09:30:00Z'),
  status: 'verified',
  auditTeamIds: ['person-dan'],
  plannedById: 'person-priya',
});
const nextDay = aChallengeDay({
  _id: 'day-december',
  date: day('2026-12-17'),
  startsAt: new Date('2026-12-17T09:30:00Z'),
  status: 'announced',
  auditTeamIds: ['person-dan', 'person-sue'],
  plannedById: 'person-priya',
});

beforeAll(async () => {
  await database.stores.challengeDays.create(lastDay);
  await database.stores.challengeDays.create(nextDay);
  await database.stores.reports.create(
    aReport({ challengeDayId: lastDay._id, status: 'approved', draftedById: 'person-priya' }),
  );
  for (const [caseReference, overallGrade] of [
    ['CR-104233', 'good'],
    ['CR-104234', 'good'],
    ['CR-104235', 'requires_improvement'],
  ] as const) {
    await database.stores.caseFindings.submit(
      aCaseFinding({ challengeDayId: lastDay._id, caseReference, overallGrade, auditorId: 'person-dan' }),
    );
  }
  // Overdue (due before today): two of Jo's and one of Dan's in Chesterfield; one of Ed's in Erewash.
  for (const [ownerId, districtId, dueDate] of [
    ['person-jo', 'chesterfield', '2026-11-20'],
    ['person-jo', 'chesterfield', '2026-12-01'],
    ['person-dan', 'chesterfield', '2026-12-04'],
    ['person-ed', 'erewash', '2026-11-30'],
  ] as const) {
    await database.stores.actions.create(
      anAction({ ownerId, districtId, dueDate: day(dueDate), challengeDayId: lastDay._id }),
    );
  }
  await database.stores.actions.create(
    anAction({ ownerId: 'person-jo', status: 'verified', dueDate: day('2026-11-25'), challengeDayId: lastDay._id }),
  );
});

describe('Challenge Days, asked about in plain words', () => {
  it('“when is the next Challenge Day in Chesterfield?” answers with its date and sites', async () => {
    const answer = await ask('U-JO', 'when is the next Challenge Day in Chesterfield?');
    expect(answer).toContain('Next Challenge Day in Chesterfield');
    expect(answer).toContain('Thu 17 Dec 2026 at 09:30');
    expect(answer).toContain('Chesterfield Town Hall, Room 4');
  });

  it('“who is on the audit team for the next challenge day” names its auditors', async () => {
    const answer = await ask('U-HELEN', "who's on the audit team for the next challange day in chesterfeild");
    expect(answer).toContain('Audit team for the next Challenge Day in Chesterfield');
    expect(answer).toContain('Dan Reeves');
    expect(answer).toContain('Sue Marsh');
  });

  it('“how did the last Challenge Day go?” gives counts by grade, actions and the report’s state, and no case', async () => {
    const answer = await ask('U-HELEN', 'how did the last Challenge Day in Chesterfield go?');
    expect(answer).toContain('What the Challenge Day in Chesterfield on Thu 5 Nov 2026 found');
    expect(answer).toContain('2 good, 1 requires improvement to be good');
    expect(answer).toContain('5 (4 still open)');
    expect(answer).toContain('Verified');
    expect(answer).not.toContain('CR-1042');
  });

  it('“what came out of the last Challenge Day” gives the same summary, and “actions from” it lists its actions', async () => {
    const summary = await ask('U-HELEN', 'what came out of the last Challenge Day in Chesterfield?');
    expect(summary).toContain('What the Challenge Day in Chesterfield on Thu 5 Nov 2026 found');
    expect(summary).toContain('2 good, 1 requires improvement to be good');
    expect(summary).not.toContain('CR-1042');

    const actions = await ask('U-HELEN', 'actions from the last Challenge Day in Chesterfield');
    expect(actions).not.toContain('What the Challenge Day in Chesterfield on Thu 5 Nov 2026 found');
    expect(actions).toContain('Actions in Chesterfield from the Challenge Day of Thu 5 Nov 2026');
    expect(actions).toContain('A-1 · Jo Bennett');
  });

  it('someone from another district is told they can ask only about their own districts', async () => {
    const answer = await ask('U-ED', 'when is the next Challenge Day in Chesterfield?');
    expect(answer).toContain('You can ask about the Challenge Days of the districts you work in. Ask a QA manager');
    expect(answer).toContain('Priya Shah');
    expect(answer).not.toContain('Town Hall');
  });
});

describe('counts and who holds most overdue actions', () => {
  it('“how many actions are overdue across the county?” counts every district for a QA manager', async () => {
    const answer = await ask('U-PRIYA', 'how many actions are overdue across the county?');
    expect(answer).toContain('Overdue actions: 4');
    expect(answer).toContain('Across the county');
  });

  it('the same question from a district manager counts only the districts she works in', async () => {
    const answer = await ask('U-HELEN', 'how many overdeu actions?');
    expect(answer).toContain('Overdue actions: 3');
    expect(answer).toContain('In Chesterfield, where you work');
  });

  it('“who owns the most overdue actions?” names the owners, most first, with their counts', async () => {
    const answer = await ask('U-HELEN', 'who owns the most overdue actions?');
    expect(answer).toContain('Most overdue actions in the districts you work in');
    expect(answer).toContain('2 overdue actions');
    expect(answer.indexOf('Jo Bennett')).toBeLessThan(answer.indexOf('Dan Reeves'));
    expect(answer).toContain('1 overdue action');
    expect(answer).not.toContain('Ed Sands');
    expect(answer).not.toContain('Record the child');
  });

  it('staff are refused “who owns the most overdue actions?”, and told what they can ask', async () => {
    const answer = await ask('U-JO', 'who owns the most overdue actions?');
    expect(answer).toContain(
      'Only managers can see who holds the most overdue actions. Your own: ask “my overdue actions”.',
    );
    expect(answer).not.toContain('Dan Reeves');
  });
});

describe('what is waiting for my approval', () => {
  it('lists the new date and the completion waiting for the manager, whose Approve there moves the due date', async () => {
    const asking = await database.stores.actions.create(
      anAction({
        ownerId: 'person-jo',
        what: 'Update the chronology template',
        dueDate: day('2026-12-20'),
        dateChangeRequest: {
          requestedDate: day('2027-01-29'),
          reason: 'The new template is not published until January',
          byId: 'person-jo',
          at: new Date('2026-12-06T10:00:00Z'),
        },
      }),
    );
    await database.stores.actions.create(
      anAction({
        ownerId: 'person-jo',
        what: 'Audit the supervision records',
        status: 'completed',
        dueDate: day('2026-12-21'),
        completion: { evidence: 'Ten files audited', byId: 'person-jo', at: new Date('2026-12-05T10:00:00Z') },
      }),
    );

    const answer = await answerToSlashCommand(scene, 'U-HELEN', 'what is waiting for my approval?', 'approval');
    const shown = JSON.stringify(answer);
    expect(shown).toContain('Waiting for your decision');
    expect(shown).toContain('Update the chronology template');
    expect(shown).toContain('Audit the supervision records');
    expect(shown).toContain('Verify');
    await scene.post(
      buttonPressed('U-HELEN', 'D-U-HELEN', '1765100000.000200', buttonValue(answer, 'Approve new date')),
    );
    await expect
      .poll(async () => (await database.stores.actions.findById(asking._id))?.dueDate)
      .toEqual(day('2027-01-29'));
  });

  it('a senior manager is told of the report waiting for her to verify', async () => {
    await database.stores.reports.create(
      aReport({ challengeDayId: nextDay._id, status: 'submitted', draftedById: 'person-priya' }),
    );
    const answer = await ask('U-SUE', 'anything for me to approve?');
    expect(answer).toContain(
      'Waiting for your decision, and the report of Chesterfield (Thu 17 Dec 2026) to verify (Approve or Return on the report card you were sent)',
    );
  });

  it('staff are refused, and told where their own actions are', async () => {
    const answer = await ask('U-JO', 'what is waiting for my approval?');
    expect(answer).toContain(
      'Only managers are asked to decide: a district’s managers approve new dates and verify completed actions, its senior managers verify reports. Your own actions: ask “my actions”.',
    );
  });
});

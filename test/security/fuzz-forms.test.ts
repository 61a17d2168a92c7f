import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../src/interactions/verbs/card-verbs.js';
import { MAX_PROGRESS_NOTES } from '../../src/domain/action/action.js';
import { formFieldNames } from '../../src/domain/forms/strict-form.js';
import { textsOf } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import {
  problemWithModalErrors,
  problemWithRefusedRequest,
  problemWithSlackMessage,
  problemWithTeamsAnswer,
} from './support/answer-checks.js';
import { NOW, people, records, seedCounty } from './support/county.js';
import {
  actions,
  byKind,
  cardData,
  described,
  forms,
  hasInputs,
  pollutionProbe,
  progressActions,
  slackModalInputs,
  submissions,
  type FormUnderFuzz,
  type Submission,
} from './support/forms-under-fuzz.js';
import { postSlackButton, postSlackModal, postTeamsCardAction } from './support/hostile-requests.js';
import { useSecuredBot } from './support/secured-bot.js';
import { postedTo } from './support/speak-to-bot.js';
import { problemsInStoredRecords } from './support/stored-records.js';
import { driver } from '../../src/store/driver-collection.js';

/*
 * Every form's submissions, generated: as a person fills them in, and as a hostile or broken client sends
 * them, through the real endpoints, many at once. Whatever comes in, the bot answers without a fault,
 * explains every refusal, stores only what its schemas accept, and keeps running.
 *
 * Counts: 1,000 submissions per form through Teams and 1,000 through Slack here (about 6 minutes for all
 * forms on a shared 2-core machine); FUZZ_HTTP_SUBMISSIONS_PER_FORM sets how many go through each endpoint. The
 * reading and checking of a submission is fuzzed far harder in process, 10,000 per form, by
 * fuzz-card-action-reading.test.ts: what only the endpoints can show (answers, what is stored, staying up)
 * is checked here.
 */

/** Generated submissions per form through each endpoint, Teams and Slack. */
const SUBMISSIONS_PER_ENDPOINT = Number(process.env.FUZZ_HTTP_SUBMISSIONS_PER_FORM ?? 1_000);
/** Sent at once: half through Teams, half through Slack. */
const AT_ONCE = 10;

const database = useTestDatabase();
const { priya, owen, dan, sue } = people;

const bot = useSecuredBot(database, {
  now: NOW,
  seed: async () => {
    await seedCounty(database.stores);
    for (const action of [...Object.values(actions), ...progressActions]) await database.stores.actions.create(action);
  },
});

/** Sends one submission through Teams; returns what is wrong with the answer, if anything. */
async function throughTeams(form: FormUnderFuzz, submission: Submission): Promise<string | null> {
  const response = await postTeamsCardAction(bot, form.person, form.verb, cardData(submission));
  return problemWithTeamsAnswer(response.status, response.body);
}

/**
 * Sends one submission through Slack: a modal for a form with inputs, a button for one without. Returns
 * what is wrong with the immediate answer, or the channel where the bot's message is awaited.
 */
async function throughSlack(
  form: FormUnderFuzz,
  submission: Submission,
): Promise<{ problem: string | null; awaitedIn?: string }> {
  const channel = `C-FUZZ-${randomUUID()}`;
  const modal = hasInputs(form) ? slackModalInputs(form, submission) : undefined;
  const response = modal
    ? await postSlackModal(bot, form.person, form.verb, submission.context, modal.blockIds, modal.inputs, channel)
    : await postSlackButton(bot, form.person, form.verb, cardData(submission), channel);
  const refusedRequest = problemWithRefusedRequest(response.status, response.body);
  if (refusedRequest !== undefined) return { problem: refusedRequest };
  if (response.body.response_action === 'errors') return { problem: problemWithModalErrors(response.body.errors) };
  return { problem: null, awaitedIn: channel };
}

describe('generated submissions of every form, through Teams and Slack', () => {
  it('cover every form schema in the domain', async () => {
    const schemas = new Set<unknown>();
    for (const file of readdirSync('src/domain/forms')) {
      const path = `../../src/domain/forms/${file.replace(/\.ts$/, '.js')}`;
      const module = (await import(/* @vite-ignore */ path)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(module)) if (name.endsWith('SubmissionSchema')) schemas.add(value);
    }
    expect(schemas.size).toBeGreaterThan(0);
    expect(new Set(Object.values(forms).map((form) => form.schema))).toEqual(schemas);
    for (const form of Object.values(forms)) {
      expect(CARD_VERBS[form.verb].submission).toBe(form.schema);
      expect(Object.keys(form.inputs).sort()).toEqual(formFieldNames(form.schema).sort());
    }
  });

  for (const [name, form] of Object.entries(forms)) {
    it(`${name}: ${(2 * SUBMISSIONS_PER_ENDPOINT).toLocaleString('en-GB')} submissions, never a fault, every refusal explained, nothing invalid stored`, async () => {
      const problems: string[] = [];
      await fc.assert(
        fc.asyncProperty(fc.array(submissions(form), { minLength: AT_ONCE, maxLength: AT_ONCE }), async (batch) => {
          const callsBefore = bot.slack.calls.length;
          const answers = await Promise.all(
            batch.map(async (submission, index) =>
              index % 2 === 0
                ? { via: 'Teams', submission, problem: await throughTeams(form, submission) }
                : { via: 'Slack', submission, ...(await throughSlack(form, submission)) },
            ),
          );
          for (const answer of answers) {
            let problem = answer.problem;
            if (!problem && 'awaitedIn' in answer && answer.awaitedIn) {
              problem = problemWithSlackMessage(await postedTo(bot, answer.awaitedIn, 10_000, callsBefore));
            }
            if (problem)
              problems.push(
                `${answer.via}: ${problem} — for ${described(answer.submission, answer.via === 'Slack' && hasInputs(form))}`,
              );
          }
          if (pollutionProbe().polluted !== undefined) problems.push('Object.prototype was polluted');
        }),
        { numRuns: Math.ceil((2 * SUBMISSIONS_PER_ENDPOINT) / AT_ONCE) },
      );
      expect(byKind(problems)).toEqual({});
      expect(await problemsInStoredRecords(database.stores)).toEqual([]);
      expect((await fetch(`${bot.running.baseUrl}/healthz`)).status).toBe(200);
    }, 3_600_000);
  }
});

describe('what the generated submissions found, kept as examples', () => {
  const finding = {
    challengeDayId: records.dayChesterfield._id,
    caseReference: 'CR-100066',
    overallGrade: 'good',
    voice_of_child_grade: 'good',
    management_oversight_grade: 'good',
    assessment_and_plan_grade: 'good',
    risk_and_safety_grade: 'good',
    timeliness_grade: 'good',
  };

  it('Teams: a key named "constructor" in the card data is refused as a field the form does not have', async () => {
    const response = await postTeamsCardAction(bot, owen, 'action.acknowledge', {
      actionId: records.openChesterfield._id,
      constructor: null,
    });
    expect(response.status).toBe(200);
    expect(JSON.stringify(response.body)).toContain('This form sent a field the bot does not accept.');
  });

  it('Teams: a key named "__proto__" is refused too, not taken as the data’s prototype', async () => {
    const actionId = records.acknowledgedChesterfield._id;
    const data = JSON.parse(`{"actionId":"${actionId}","__proto__":{"note":"Done half of it."}}`) as unknown;
    const response = await postTeamsCardAction(bot, owen, 'action.addProgress', data);
    expect(JSON.stringify(response.body)).toContain('This form sent a field the bot does not accept.');
    expect((await database.stores.actions.findById(actionId))?.progress).toEqual([]);
  });

  it('Teams: a safeguarding box sent as neither ticked nor unticked comes back with the form saying so', async () => {
    const response = await postTeamsCardAction(bot, dan, 'finding.submit', {
      ...finding,
      safeguardingConcern: 'maybe',
    });
    expect(problemWithTeamsAnswer(response.status, response.body)).toBeNull();
    expect(JSON.stringify(response.body)).toContain('Tick or untick the box.');
  });

  it('Teams: a recommendation with a priority not on the list comes back with the form saying so', async () => {
    const response = await postTeamsCardAction(bot, dan, 'finding.submit', {
      ...finding,
      recommendation1Text: 'Review the plan with the family.',
      recommendation1DueDate: '2027-01-20',
      recommendation1Priority: 'urgent',
    });
    expect(JSON.stringify(response.body)).toContain('Choose a priority.');
  });

  it('Teams: leaving a draft report’s action out, sent as neither yes nor no, comes back with the form saying so', async () => {
    // The generated submissions above may have left this action out (a valid change): put the draft back first.
    const seeded = records.draftReportChesterfield;
    await database.stores.reports.collection[driver].updateOne(
      { _id: seeded._id },
      { $set: { status: 'draft', draftActions: seeded.draftActions, leftOutKeys: [] } },
    );
    const response = await postTeamsCardAction(bot, priya, 'report.editAction', {
      reportId: records.draftReportChesterfield._id,
      actionKey: 'finding-chesterfield-dan:1',
      what: 'Review every plan with the family.',
      ownerId: owen._id,
      dueDate: '2027-01-20',
      priority: 'high',
      leaveOut: 'maybe',
    });
    expect(JSON.stringify(response.body)).toContain('Tick or untick the box.');
  });

  it('a progress note on an action that already keeps the most it can is refused, saying what to do instead', async () => {
    const response = await postTeamsCardAction(bot, owen, 'action.addProgress', {
      actionId: actions.fullOfProgress._id,
      note: 'One more thing done.',
    });
    expect(textsOf(response.body.value).join(' ')).toContain(
      `This action already has ${MAX_PROGRESS_NOTES} progress notes, the most one action keeps.`,
    );
    expect((await database.stores.actions.findById(actions.fullOfProgress._id))?.progress).toHaveLength(
      MAX_PROGRESS_NOTES,
    );
  });

  it('Slack: a multi-select whose options are not a list is read as nothing chosen', async () => {
    const callsBefore = bot.slack.calls.length;
    const response = await postSlackModal(
      bot,
      sue,
      'focusGroup.submit',
      { challengeDayId: records.dayChesterfield._id },
      ['group', 'attendeeCount', 'themes'],
      [
        ['group', { type: 'static_select', value: 'staff' }],
        ['attendeeCount', { type: 'number_input', value: '8' }],
        ['themes', { type: 'multi_static_select', value: { value: '1' } }],
      ],
      'C-EXAMPLES',
    );
    expect(response.status).toBe(200);
    const shown = await postedTo(bot, 'C-EXAMPLES', 5_000, callsBefore);
    expect(shown).toContain('Focus-group feedback saved');
    expect(shown).toContain('None chosen');
  });
});

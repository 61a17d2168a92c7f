import { randomUUID } from 'node:crypto';
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod/v4';
import { CARD_VERBS, type CardVerb } from '../../src/interactions/verbs/card-verbs.js';
import { MAX_PROGRESS_NOTES } from '../../src/domain/action/action.js';
import { ACTION_PRIORITIES } from '../../src/domain/action/status.js';
import { FOCUS_GROUP_KINDS } from '../../src/domain/capture/focus-groups.js';
import { OFSTED_GRADES } from '../../src/domain/case-finding/grades.js';
import { INTELLIGENCE_SOURCES } from '../../src/domain/challenge-day/service-priorities.js';
import * as actionUpdates from '../../src/domain/forms/action-updates.js';
import { caseFindingSubmissionSchema } from '../../src/domain/forms/case-finding.js';
import { focusGroupSubmissionSchema } from '../../src/domain/forms/focus-group.js';
import { noticeReplySubmissionSchema } from '../../src/domain/forms/notice-reply.js';
import { observedVisitSubmissionSchema } from '../../src/domain/forms/observed-visit.js';
import { planChallengeDaySubmissionSchema } from '../../src/domain/forms/plan-challenge-day.js';
import { reportDraftActionSubmissionSchema } from '../../src/domain/forms/report-draft-action.js';
import { approveReportSubmissionSchema, returnReportSubmissionSchema } from '../../src/domain/forms/report-review.js';
import { formFieldNames } from '../../src/domain/forms/strict-form.js';
import { NOTICE_REPLY_KINDS } from '../../src/domain/notice/reply-kinds.js';
import type { Person } from '../../src/domain/people/person.js';
import { anAction } from '../support/fixtures.js';
import { textsOf } from '../support/teams-activities.js';
import { useTestDatabase } from '../support/test-database.js';
import {
  problemWithModalErrors,
  problemWithRefusedRequest,
  problemWithSlackMessage,
  problemWithTeamsAnswer,
} from './support/answer-checks.js';
import { NOW, people, records, seedCounty } from './support/county.js';
import { DeepNesting, hostileValue, isoDate, submissionOf, writtenText } from './support/hostile-input.js';
import { postSlackButton, postSlackModal, postTeamsCardAction, type SlackInput } from './support/hostile-requests.js';
import { useSecuredBot } from './support/secured-bot.js';
import { postedTo } from './support/speak-to-bot.js';
import { problemsInStoredRecords } from './support/stored-records.js';
import { driver } from '../../src/store/driver-collection.js';

/*
 * Every form's submissions, generated: as a person fills them in, and as a hostile or broken client sends
 * them. Half go to Teams, half to Slack, many at once, through the real endpoints. Whatever comes in, the
 * bot answers without a fault, explains every refusal, stores only what its schemas accept, and keeps
 * running.
 */

/**
 * Generated submissions per form, as the issue asks. All forms together take about 20 minutes on a 2-core
 * machine; FUZZ_SUBMISSIONS_PER_FORM=500 gives a quicker run while working on a form.
 */
const SUBMISSIONS_PER_FORM = Number(process.env.FUZZ_SUBMISSIONS_PER_FORM ?? 10_000);
/** Sent at once: half through Teams, half through Slack. */
const AT_ONCE = 10;

const database = useTestDatabase();
const { priya, owen, dan, sue, bill } = people;

const fuzzAction = (id: string, over: Parameters<typeof anAction>[0] = {}) =>
  anAction({ _id: `action-fuzz-${id}`, challengeDayId: records.dayChesterfield._id, ownerId: owen._id, ...over });
const at = new Date('2026-11-20T10:00:00Z');
const actions = {
  acknowledge: fuzzAction('acknowledge'),
  requestDate: fuzzAction('request-date'),
  complete: fuzzAction('complete', { status: 'acknowledged', acknowledgedAt: at }),
  decline: fuzzAction('decline', {
    dateChangeRequest: {
      requestedDate: new Date('2026-12-31T00:00:00Z'),
      reason: 'Short of staff.',
      byId: owen._id,
      at,
    },
  }),
  /** Already holding as many progress notes as an action keeps. */
  fullOfProgress: fuzzAction('full-of-progress', {
    status: 'in_progress',
    acknowledgedAt: at,
    progress: Array.from({ length: MAX_PROGRESS_NOTES }, (_, index) => ({
      note: `Progress ${index + 1}.`,
      byId: owen._id,
      at,
    })),
  }),
  reopen: fuzzAction('reopen', {
    status: 'completed',
    acknowledgedAt: at,
    completion: { evidence: 'Done.', byId: owen._id, at },
  }),
};

/** Accepted progress notes pile up on their action: ten actions share them. */
const progressActions = Array.from({ length: 10 }, (_, index) =>
  fuzzAction(`progress-${index + 1}`, { status: 'acknowledged', acknowledgedAt: at }),
);

const bot = useSecuredBot(database, {
  now: NOW,
  seed: async () => {
    await seedCounty(database.stores);
    for (const action of [...Object.values(actions), ...progressActions]) await database.stores.actions.create(action);
  },
});

const personIds = Object.values(people).map((person) => person._id);
const joined = (values: readonly string[], maxLength?: number) =>
  fc.subarray([...values], { maxLength: maxLength ?? values.length }).map((chosen) => chosen.join(','));
const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hour, minute]) => `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`);
const caseReference = fc.oneof(
  fc.integer({ min: 100000, max: 999999 }).map((number) => `CR-${number}`),
  fc.constantFrom('MAT/2291', 'cr-104233', ' CR-104233 ', ''),
);
const grade = fc.constantFrom(...OFSTED_GRADES);
const priority = fc.constantFrom(...ACTION_PRIORITIES);
const toggle = fc.constantFrom('true', 'false');

interface FormUnderFuzz {
  readonly schema: z.ZodType;
  readonly verb: CardVerb;
  /** Someone allowed to use the form, so that what the schema accepts reaches the domain and is stored. */
  readonly person: Person;
  /**
   * The records the form may be about, as its button's data names them; each submission is about one. More
   * than one where accepted submissions pile up on the record, so that no one record grows without end.
   */
  readonly contexts: readonly Record<string, string>[];
  /** A plausible value for each input, as a person fills it in. */
  readonly inputs: Record<string, fc.Arbitrary<unknown>>;
}

const dayContext = { challengeDayId: records.dayChesterfield._id };
const comment = writtenText(2000);

const forms: Record<string, FormUnderFuzz> = {
  'plan a Challenge Day': {
    schema: planChallengeDaySubmissionSchema,
    verb: 'plan.submit',
    person: priya,
    contexts: [{}],
    inputs: {
      districtId: fc.constantFrom('chesterfield', 'erewash'),
      date: isoDate,
      startTime: clockTime,
      districtSite: writtenText(200),
      matSite: writtenText(200),
      focusAreas: joined(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
      intelligence: joined(INTELLIGENCE_SOURCES),
      intelligenceNotes: writtenText(4000),
      auditTeamIds: joined(personIds, 5),
      expectedAttendeeIds: joined(personIds),
    },
  },
  'reply to the 48-hour notice': {
    schema: noticeReplySubmissionSchema,
    verb: 'notice.reply',
    person: owen,
    contexts: [dayContext],
    inputs: { kind: fc.constantFrom(...NOTICE_REPLY_KINDS), caseReference, note: writtenText(1000) },
  },
  'case finding': {
    schema: caseFindingSubmissionSchema,
    verb: 'finding.submit',
    person: dan,
    contexts: [dayContext],
    inputs: {
      caseReference,
      overallGrade: grade,
      voice_of_child_grade: grade,
      voice_of_child_comment: comment,
      management_oversight_grade: grade,
      management_oversight_comment: comment,
      assessment_and_plan_grade: grade,
      assessment_and_plan_comment: comment,
      risk_and_safety_grade: grade,
      risk_and_safety_comment: comment,
      timeliness_grade: grade,
      timeliness_comment: comment,
      strengths: writtenText(4000),
      areasForImprovement: writtenText(4000),
      safeguardingConcern: toggle,
      safeguardingReason: comment,
      ...Object.fromEntries(
        [1, 2, 3].flatMap((slot) => [
          [`recommendation${slot}Text`, writtenText(1000)],
          [`recommendation${slot}Owner`, fc.constantFrom(...personIds, '')],
          [`recommendation${slot}DueDate`, fc.oneof(isoDate, fc.constant(''))],
          [`recommendation${slot}Priority`, priority],
        ]),
      ),
    },
  },
  'focus-group feedback': {
    schema: focusGroupSubmissionSchema,
    verb: 'focusGroup.submit',
    person: sue,
    contexts: [dayContext],
    inputs: {
      group: fc.constantFrom(...FOCUS_GROUP_KINDS),
      attendeeCount: fc.oneof(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 200 }).map(String)),
      working: writtenText(4000),
      worries: writtenText(4000),
      ideas: writtenText(4000),
      themes: joined(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']),
    },
  },
  'observed visit': {
    schema: observedVisitSubmissionSchema,
    verb: 'visit.submit',
    person: sue,
    contexts: [dayContext],
    inputs: {
      workerReference: fc.constantFrom('SW-0412', 'SW-1001', 'sw/22'),
      observed: writtenText(4000),
      feedbackGiven: writtenText(4000),
      learning: writtenText(4000),
    },
  },
  'acknowledge an action (no inputs)': {
    schema: actionUpdates.noInputSubmissionSchema,
    verb: 'action.acknowledge',
    person: owen,
    contexts: [{ actionId: actions.acknowledge._id }],
    inputs: {},
  },
  'ask for a new date': {
    schema: actionUpdates.requestDateChangeSubmissionSchema,
    verb: 'action.requestDateChange',
    person: owen,
    contexts: [{ actionId: actions.requestDate._id }],
    inputs: { requestedDate: isoDate, reason: writtenText(1000) },
  },
  'add progress': {
    schema: actionUpdates.addProgressSubmissionSchema,
    verb: 'action.addProgress',
    person: owen,
    contexts: progressActions.map((action) => ({ actionId: action._id })),
    inputs: { note: writtenText(2000) },
  },
  'mark an action complete': {
    schema: actionUpdates.completeActionSubmissionSchema,
    verb: 'action.complete',
    person: owen,
    contexts: [{ actionId: actions.complete._id }],
    inputs: { evidence: writtenText(2000) },
  },
  'decline a new date': {
    schema: actionUpdates.declineDateChangeSubmissionSchema,
    verb: 'action.declineDateChange',
    person: sue,
    contexts: [{ actionId: actions.decline._id }],
    inputs: { reason: writtenText(1000) },
  },
  'reopen an action': {
    schema: actionUpdates.reopenActionSubmissionSchema,
    verb: 'action.reopen',
    person: sue,
    contexts: [{ actionId: actions.reopen._id }],
    inputs: { reason: writtenText(1000) },
  },
  'change an action of the draft report': {
    schema: reportDraftActionSubmissionSchema,
    verb: 'report.editAction',
    person: priya,
    contexts: [{ reportId: records.draftReportChesterfield._id, actionKey: 'finding-chesterfield-dan:1' }],
    inputs: {
      what: writtenText(1000),
      ownerId: fc.constantFrom(...personIds),
      dueDate: isoDate,
      priority,
      leaveOut: fc.oneof(
        { weight: 50, arbitrary: fc.constant('false') },
        { weight: 1, arbitrary: fc.constant('true') },
      ),
    },
  },
  'verify a report': {
    schema: approveReportSubmissionSchema,
    verb: 'report.approve',
    person: sue,
    contexts: [{ reportId: records.submittedReportChesterfield._id }],
    inputs: { comments: writtenText(4000) },
  },
  'return a report': {
    schema: returnReportSubmissionSchema,
    verb: 'report.return',
    person: bill,
    contexts: [{ reportId: records.submittedReportErewash._id }],
    inputs: { comments: writtenText(4000) },
  },
};

/** One generated submission: its inputs (with any hostile extras), and how Slack reports each input. */
interface Submission {
  /** Which of the form's records it is about. */
  readonly context: Record<string, string>;
  readonly entries: [string, unknown][];
  readonly slackTypes: string[];
  /** Now and then the whole card data is something other than an object. */
  readonly notAnObject?: unknown;
}

const slackElementType = fc.oneof(
  { weight: 12, arbitrary: fc.constant('plain_text_input') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'static_select',
      'radio_buttons',
      'multi_static_select',
      'checkboxes',
      'datepicker',
      'timepicker',
      'number_input',
      'some_new_element',
    ),
  },
);

function submissions(form: FormUnderFuzz): fc.Arbitrary<Submission> {
  return fc.record(
    {
      context: fc.constantFrom(...form.contexts),
      entries: submissionOf(form.inputs),
      slackTypes: fc.array(slackElementType, { minLength: 40, maxLength: 40 }),
      notAnObject: hostileValue,
    },
    { requiredKeys: ['context', 'entries', 'slackTypes'] },
  );
}

/** Sends one submission through Teams; returns what is wrong with the answer, if anything. */
async function throughTeams(form: FormUnderFuzz, submission: Submission): Promise<string | null> {
  const data =
    'notAnObject' in submission
      ? submission.notAnObject
      : { ...submission.context, ...Object.fromEntries(submission.entries) };
  const response = await postTeamsCardAction(bot, form.person, form.verb, data);
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
  const hasInputs = Object.keys(form.inputs).length > 0;
  const response = hasInputs
    ? await postSlackModal(
        bot,
        form.person,
        form.verb,
        submission.context,
        [...new Set([...Object.keys(form.inputs), ...submission.entries.map(([key]) => key)])],
        submission.entries.map(([key, value], index): [string, SlackInput] => [
          key,
          { type: submission.slackTypes[index % submission.slackTypes.length] ?? 'plain_text_input', value },
        ]),
        channel,
      )
    : await postSlackButton(
        bot,
        form.person,
        form.verb,
        'notAnObject' in submission
          ? submission.notAnObject
          : { ...submission.context, ...Object.fromEntries(submission.entries) },
        channel,
      );
  const refusedRequest = problemWithRefusedRequest(response.status, response.body);
  if (refusedRequest !== undefined) return { problem: refusedRequest };
  if (response.body.response_action === 'errors') return { problem: problemWithModalErrors(response.body.errors) };
  return { problem: null, awaitedIn: channel };
}

const pollutionProbe = () => ({}) as Record<string, unknown>;

/** Problems grouped by what went wrong: how often, and the first submission it happened to. */
function byKind(problems: readonly string[]): Record<string, string> {
  const kinds: Record<string, { count: number; example: string }> = {};
  for (const problem of problems) {
    const [kind = problem, example = ''] = problem.split(' — for ');
    const seen = (kinds[kind] ??= { count: 0, example });
    seen.count += 1;
  }
  return Object.fromEntries(
    Object.entries(kinds).map(([kind, { count, example }]) => [kind, `${count}×, e.g. ${example.slice(0, 600)}`]),
  );
}

/** A submission in a line: each key with the kind and size of its value. */
function described(submission: Submission, modal: boolean): string {
  if ('notAnObject' in submission && !modal) return `card data ${shapeOf(submission.notAnObject)}`;
  return `{ ${submission.entries
    .map(([key, value], index) => {
      const element = modal ? `${submission.slackTypes[index % submission.slackTypes.length]} ` : '';
      return `${JSON.stringify(key)}: ${element}${shapeOf(value)}`;
    })
    .join(', ')} }`;
}

function shapeOf(value: unknown): string {
  if (value instanceof DeepNesting) return `nested ${value.depth} deep`;
  if (typeof value === 'string') return value.length > 60 ? `string of ${value.length}` : JSON.stringify(value);
  if (Array.isArray(value)) return `array of ${value.length}`;
  if (value && typeof value === 'object') return `object ${JSON.stringify(value).slice(0, 60)}`;
  return String(value);
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
    it(`${name}: ${SUBMISSIONS_PER_FORM.toLocaleString('en-GB')} submissions, never a fault, every refusal explained, nothing invalid stored`, async () => {
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
                `${answer.via}: ${problem} — for ${described(answer.submission, answer.via === 'Slack' && Object.keys(form.inputs).length > 0)}`,
              );
          }
          if (pollutionProbe().polluted !== undefined) problems.push('Object.prototype was polluted');
        }),
        { numRuns: SUBMISSIONS_PER_FORM / AT_ONCE },
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

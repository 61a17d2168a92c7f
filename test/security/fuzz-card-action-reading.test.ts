import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  readCardAction,
  type CardAction,
  type CardActionProblem,
} from '../../src/interactions/verbs/read-card-action.js';
import { modalSubmission } from '../../src/cards/slack/modal-submission.js';
import { CARD_VERBS } from '../../src/interactions/verbs/card-verbs.js';
import { formFieldNames } from '../../src/domain/forms/strict-form.js';
import {
  byKind,
  cardData,
  described,
  forms,
  hasInputs,
  pollutionProbe,
  slackModalInputs,
  submissions,
  type FormUnderFuzz,
  type Submission,
} from './support/forms-under-fuzz.js';
import { toJsonText } from './support/hostile-input.js';
import { slackButtonValue, slackModalView } from './support/hostile-requests.js';
import { unsafeKeysIn } from './support/stored-records.js';

/*
 * Every form's generated submissions, read and checked in process as both channels read them: the card data
 * Teams posts, a Slack button's value, or a Slack modal's state through modalSubmission, each then through
 * readCardAction and the verb's context and submission schemas. Whatever comes in, reading never throws,
 * every refusal says what to correct, and what is accepted is about the record the button named and carries
 * no key the form does not have.
 *
 * Counts: 10,000 submissions per form, each read as Teams and as Slack (about 70 seconds for all forms);
 * FUZZ_READ_SUBMISSIONS_PER_FORM sets how many. What only the endpoints can show (answers, what is stored,
 * staying up) is fuzzed with fewer submissions by fuzz-forms.test.ts.
 */

const SUBMISSIONS_PER_FORM = Number(process.env.FUZZ_READ_SUBMISSIONS_PER_FORM ?? 10_000);

type Reading = CardAction | CardActionProblem;

/** JSON text as a client sends it, parsed as the endpoint's body parser reads it. */
const asReceived = (value: unknown): unknown => JSON.parse(toJsonText(value));

/** The payload and its reading, as the Teams channel reads a card action's data. */
function readAsTeams(form: FormUnderFuzz, submission: Submission) {
  const payload = asReceived(cardData(submission));
  return { payload, reading: readCardAction(form.verb, payload) };
}

/** The payload and its reading, as the Slack channel reads a modal (a form with inputs) or a button. */
function readAsSlack(form: FormUnderFuzz, submission: Submission) {
  if (!hasInputs(form)) {
    const { verb, data } = JSON.parse(slackButtonValue(form.verb, cardData(submission))) as {
      verb: unknown;
      data: unknown;
    };
    return { payload: data, reading: readCardAction(verb, data) };
  }
  const { blockIds, inputs } = slackModalInputs(form, submission);
  const view = asReceived(slackModalView(form.verb, submission.context, blockIds, inputs, 'C-FUZZ')) as Parameters<
    typeof modalSubmission
  >[0];
  const { verb, payload } = modalSubmission(view);
  return { payload, reading: readCardAction(verb, payload) };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Whether the payload still names exactly the record the form's button named, untouched by any input. */
function contextIntact(form: FormUnderFuzz, submission: Submission, payload: unknown): boolean {
  if (!isPlainObject(payload)) return false;
  const contextKeys = Object.keys(CARD_VERBS[form.verb].context.shape);
  return contextKeys.every((key) => payload[key] === submission.context[key]);
}

/** What is wrong with one reading of a submission, or null when it is as it should be. */
function problemWithReading(form: FormUnderFuzz, submission: Submission, payload: unknown, reading: Reading) {
  const fields = new Set(formFieldNames(form.schema));
  const intact = contextIntact(form, submission, payload);
  if (!reading.ok) {
    if (reading.reason === 'unknown_verb') return 'the form’s own verb was not recognised';
    if (reading.reason === 'bad_context') return intact ? 'refused as out of date, with its context intact' : null;
    const messages = Object.entries(reading.errors);
    if (messages.length === 0) return 'refused without saying what to correct';
    if (messages.some(([, message]) => typeof message !== 'string' || !message.trim())) return 'an empty error';
    if (messages.some(([input]) => input !== 'form' && !fields.has(input))) return 'an error under no input';
    if (Object.keys(reading.values).some((key) => !fields.has(key))) return 'a key the form does not have echoed';
    return null;
  }
  if (!isPlainObject(payload)) return 'card data that is not an object accepted';
  const contextKeys = new Set(Object.keys(CARD_VERBS[form.verb].context.shape));
  const entered = Object.keys(payload).filter((key) => !contextKeys.has(key) && key !== 'verb');
  const unknown = entered.filter((key) => !fields.has(key));
  if (unknown.length > 0) return `accepted with keys the form does not have: ${JSON.stringify(unknown)}`;
  const unsafe = unsafeKeysIn({ context: reading.context, submission: reading.submission });
  if (unsafe.length > 0) return `accepted with unsafe keys: ${JSON.stringify(unsafe)}`;
  // Compared as the verb reads its button's own context (a year written "2027" is read as the number).
  const named = CARD_VERBS[form.verb].context.parse(submission.context);
  if (intact && JSON.stringify(reading.context) !== JSON.stringify(named))
    return 'accepted as about another record than its button named';
  return null;
}

/** Reads one submission as both channels; what is wrong, each with the channel and the submission. */
function problemsReading(form: FormUnderFuzz, submission: Submission): string[] {
  const problems: string[] = [];
  const channels = [
    ['Teams', () => readAsTeams(form, submission), false],
    ['Slack', () => readAsSlack(form, submission), hasInputs(form)],
  ] as const;
  for (const [via, read, modal] of channels) {
    let problem: string | null;
    try {
      const { payload, reading } = read();
      problem = problemWithReading(form, submission, payload, reading);
    } catch (error) {
      problem = `reading threw ${error instanceof Error ? error.message : String(error)}`;
    }
    if (problem) problems.push(`${via}: ${problem} — for ${described(submission, modal)}`);
  }
  if (pollutionProbe().polluted !== undefined) problems.push('Object.prototype was polluted');
  return problems;
}

describe('generated submissions of every form, read and checked in process as Teams and Slack read them', () => {
  it('start from a valid submission of every form, as the shared fixtures give it, which both channels accept', () => {
    for (const form of Object.values(forms)) {
      const [context = {}] = form.contexts;
      const valid: Submission = { context, entries: Object.entries(form.valid), slackTypes: ['plain_text_input'] };
      expect(readAsTeams(form, valid).reading, form.verb).toMatchObject({ ok: true });
      expect(readAsSlack(form, valid).reading, form.verb).toMatchObject({ ok: true });
    }
  });

  for (const [name, form] of Object.entries(forms)) {
    it(`${name}: ${SUBMISSIONS_PER_FORM.toLocaleString('en-GB')} submissions, never a throw, every refusal explained, nothing unknown accepted`, () => {
      const problems: string[] = [];
      fc.assert(
        fc.property(submissions(form), (submission) => {
          problems.push(...problemsReading(form, submission));
        }),
        { numRuns: SUBMISSIONS_PER_FORM },
      );
      expect(byKind(problems)).toEqual({});
    }, 600_000);
  }
});

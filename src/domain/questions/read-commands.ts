import { checkCaseReference } from '../case-finding/case-reference.js';
import { readDatePhrase } from './date-phrases.js';
import { leftoverWords, saidBack } from './leftover-words.js';
import { findDistrict } from './match-district.js';
import type { ParsedQuestion, PlanChallengeDayCommand, QuestionContext } from './query.js';
import { QuestionWords } from './question-words.js';
import type { ReadMessage } from './read-message.js';
import { severalDistricts, unclear } from './unclear.js';

/** One reader per kind of question: null when the message is not that kind. */
export type QuestionReader = (message: ReadMessage, context: QuestionContext) => ParsedQuestion | null;

const HELP =
  /^(?:help\b.*|h|\?|commands|menu|usage|start|hi|hello|hey|what can (?:you|i) (?:do|ask)|what do you do|how do(?:es)? (?:this|it|you) work)$/;
const POLITE = /\b(?:please|pls|plz|thanks|thank you|cheers)\b/g;

/** "help", "what can you do", or a message that is only the bot's mention. */
export const readHelp: QuestionReader = (message) => {
  const words = message.words.replace(POLITE, ' ').trim();
  if (words === '' && message.mentions.length === 0) return { kind: 'help' };
  return HELP.test(words) ? { kind: 'help' } : null;
};

const UNLINK = /\b(?:unlink|disconnect|detach|remove (?:the |this )?link|stop posting)\b/;

/** "unlink", "unlink this channel": the channel stops receiving district-wide posts. */
export const readUnlink: QuestionReader = (message) => (UNLINK.test(message.words) ? { kind: 'unlink_channel' } : null);

const LINK = /^(?:can you |could you |please )?(?:link|connect|attach)\b/;

/**
 * Whether a message links or unlinks the conversation it is written in: it means something only when typed
 * there, never when asked from a button (which does not say which channel it is).
 */
export function linksTheConversation(message: ReadMessage): boolean {
  return LINK.test(message.words) || UNLINK.test(message.words);
}
const LINK_WORDS = /\b(?:link|connect|attach|this|the|our|channel|chat|team|conversation|here|to|with|for|please)\b/g;
const MAT_WORDS = /\b(?:mat|multi-agency(?: team)?|early help)\b/;

/**
 * "link this channel to Chesterfield" or "... to Chesterfield MAT": the channel then gets that district's
 * notices and digests. Naming the MAT locality, or adding "MAT", links it for the MAT audience.
 */
export const readLink: QuestionReader = (message, context) => {
  if (!LINK.test(message.words)) return null;
  const words = new QuestionWords(message.words.replace(LINK_WORDS, ' ').replace(/\s+/g, ' ').trim());
  const forMat = words.take(MAT_WORDS) !== null;
  const district = findDistrict(words.text, context.districts);
  const example = context.districts[0]?.name ?? 'Chesterfield';
  if (district.kind === 'none') {
    return unclear('I understood “link this channel”, but not which district to link it to.', [
      `link this channel to ${example}`,
      `link this channel to ${context.districts[0]?.matLocality ?? `${example} MAT`}`,
    ]);
  }
  if (district.kind === 'ambiguous') {
    return unclear(
      severalDistricts('link this channel', district),
      district.candidates.map((candidate) => `link this channel to ${candidate.name}${forMat ? ' MAT' : ''}`),
    );
  }
  district.matched.forEach((phrase) => words.takeText(phrase));
  const unknown = leftoverWords(words.text);
  if (unknown.length > 0) {
    return unclear(`I understood “link this channel to ${district.district.name}”, but not ${saidBack(unknown)}.`, [
      `link this channel to ${district.district.name}`,
      `link this channel to ${district.district.matLocality}`,
    ]);
  }
  const audience = forMat || district.via === 'mat_locality' ? 'mat' : 'district';
  return { kind: 'link_channel', districtId: district.district._id, audience };
};

// "plan" on its own is the command the Teams app lists; anything longer must name a Challenge Day.
const PLAN =
  /^plan$|\b(?:plan|schedule|book|arrange|organi[sz]e|set up|create|new|start|add)\b(?:\s+(?:a|an|the|new|next|another))*\s+challenge\s*days?\b/;

/** "plan a challenge day", optionally "for Erewash on 3/12": opens the planning form, filled in. */
export const readPlan: QuestionReader = (message, context) => {
  const words = new QuestionWords(message.words.replace(POLITE, ' '));
  if (words.take(PLAN) === null) return null;
  const command: { -readonly [K in keyof PlanChallengeDayCommand]: PlanChallengeDayCommand[K] } = {
    kind: 'plan_challenge_day',
  };
  const dates = readDatePhrase(words.text, context.now);
  if (dates && dates.window.from.getTime() === dates.window.to.getTime()) {
    words.takeText(dates.matched);
    command.date = dates.window.from;
  }
  const district = findDistrict(words.text, context.districts);
  if (district.kind === 'ambiguous') {
    return unclear(
      severalDistricts('plan a challenge day', district),
      district.candidates.map((candidate) => `plan a challenge day for ${candidate.name}`),
    );
  }
  if (district.kind === 'found') {
    district.matched.forEach((phrase) => words.takeText(phrase));
    command.districtId = district.district._id;
  }
  const unknown = leftoverWords(words.text);
  if (unknown.length > 0) {
    return unclear(`I understood “plan a challenge day”, but not ${saidBack(unknown)}.`, [
      'plan a challenge day',
      `plan a challenge day for ${context.districts[0]?.name ?? 'Chesterfield'}`,
    ]);
  }
  return command;
};

const FAILED_DELIVERIES =
  /\b(?:fail(?:ed|ing|ures?)?\s+(?:to\s+)?(?:deliver\w*|messages?|posts?|notices?|sends?|sent)|undelivered|not delivered|delivery (?:failures?|problems?|errors?)|(?:deliveries|messages?) (?:that )?failed|bounced)\b/;

/** "show failed deliveries": for whoever looks after the bot. */
export const readFailedDeliveries: QuestionReader = (message) =>
  FAILED_DELIVERIES.test(message.words) ? { kind: 'failed_deliveries' } : null;

const AUDIT_TRAIL = /\b(?:audit\s*(?:trail|log|history)|history\s+(?:of|for)\s+case|case\s+history)\b/i;
const AFTER_CUE = /\b(?:audit\s*(?:trail|log|history)|history|case|for|of|on|ref(?:erence)?|number|no)\b\.?\s*/gi;
const SAMPLE_CASE = 'audit trail for case CR-104233';

/**
 * "audit trail for case CR-104233". The reference goes through checkCaseReference, so a name, date of
 * birth, NHS number or postcode typed in its place is refused — and never repeated back into the chat.
 */
export const readAuditTrail: QuestionReader = (message) => {
  if (!AUDIT_TRAIL.test(message.original)) return null;
  const reference = message.original
    .replace(AFTER_CUE, ' ')
    .replace(/[?!.,;:]+(?=\s|$)/g, ' ')
    .replace(/\b(?:please|pls|thanks|show|me|the|a|get|see|what's|what|is|give)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (reference === '') {
    return unclear('I understood “audit trail”, but not for which case.', [SAMPLE_CASE, 'help']);
  }
  const checked = checkCaseReference(reference);
  if (checked.ok) return { kind: 'case_audit_trail', caseReference: checked.reference };
  return unclear(`I understood “audit trail”, but not the case reference. ${checked.message}`, [SAMPLE_CASE, 'help']);
};

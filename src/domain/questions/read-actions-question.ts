import { readDatePhrase, type DatePhrase } from './date-phrases.js';
import { leftoverWords, mayIdentifySomeone, saidBack } from './leftover-words.js';
import { findDistrict } from './match-district.js';
import { matchPerson, type PersonMatch } from './match-person.js';
import type {
  ActionState,
  ActionsQuery,
  ChallengeDayRef,
  KnownPerson,
  OwnerFilter,
  ParsedQuestion,
  QuestionContext,
} from './query.js';
import { QuestionWords } from './question-words.js';
import type { ReadMessage } from './read-message.js';
import {
  closestQuestions,
  phraseActionsQuestion,
  someQuestions,
  type ActionsQuestionParts,
} from './suggest-questions.js';
import { severalDistricts, severalPeople, unclear } from './unclear.js';

/** Words that make a message a question about actions. */
const ABOUT_ACTIONS =
  /\b(?:date (?:change )?requests?|requests? for (?:a )?new (?:due )?dates?|actions?|tasks?|overdue|overdeu|outstanding|late|past due|due|completed?|done|finished|verif\w*|came out of|open|to-?do)\b/;

/** The first of these a question uses says which actions it means. */
const STATES: readonly { readonly state: ActionState; readonly pattern: RegExp }[] = [
  {
    state: 'date_requested',
    pattern:
      /\b(?:(?:new |due )?date (?:change )?requests?|requests? for (?:a )?new (?:due )?dates?|new dates? (?:asked for|to (?:approve|decide(?: on)?))|dates? to (?:approve|decide(?: on)?))\b/,
  },
  {
    state: 'awaiting_verification',
    pattern:
      /\b(?:(?:awaiting|waiting for|waiting on|pending|needing|needs?|to be|ready for|for)\s+verification|(?:waiting to be|to be|not yet|not)\s+verified|needs? verifying|needing verifying|unverified|to verify)\b/,
  },
  {
    state: 'overdue',
    pattern: /\b(?:overdue|over due|overdeu|late|past (?:their |the )?due(?: date)?|behind|missed)\b/,
  },
  { state: 'completed', pattern: /\b(?:completed|complete|done|finished|closed)\b/ },
  {
    state: 'outstanding',
    pattern:
      /\b(?:outstanding|still open|open|not done|incomplete|unfinished|pending|live|current|in progress|to-?do)\b/,
  },
  { state: 'any', pattern: /\b(?:all|every)\b/ },
];

/** "show me", "can I see": the asker, but not as an owner. */
const ASKING =
  /\b(?:(?:show|tell|give|send|get|let) me(?: see| know)?|(?:can|could|may) i (?:see|get|have)|i(?:'d| would)? like(?: to see)?|i want(?: to see)?)\b/g;
const ME = /\b(?:my|mine|me|myself|i've|ive|i'm|im|i)\b/;
/** "my team's actions": the people the asker manages, not the asker. */
const MY_TEAM = /\b(?:my|our) (?:team|staff|reports)(?:'s|s')?(?=\s|$)/;
const OWNER_CUE = /\b(?:owned by|assigned to|belonging to|owner is|with owner)\s+/g;
const FOR_CUE = /\b(?:for|of)\s+/g;
const POSSESSIVE = /\b([a-z][a-z-]*(?: [a-z][a-z-]*)?)'s\b/;
const LAST_DAY =
  /\b(?:(?:from|out of|at|of|after)\s+)?(?:the\s+)?(?:(?:last|latest|most recent|previous|recent)\s+)?challenge\s*days?(?:\s+(?:on|of|held on|dated)\s+)?/;
/** Words that end a name ("actions for Sam | due Friday"). */
const NAME_ENDS = new Set(
  'in due by before until this next from that which at on with and or overdue outstanding actions action open completed for of district please who what since last challenge the'.split(
    ' ',
  ),
);

/**
 * Reads a question about actions: which (overdue, outstanding, due in a window, completed, awaiting
 * verification), where (a district or MAT locality), whose (me, a name, a mention) and from which
 * Challenge Day. Returns null when the message is not about actions at all. With no status word the
 * question means `unstated` (outstanding actions) — or every action, when it asks for a Challenge Day's actions.
 */
export function readActionsQuestion(
  message: ReadMessage,
  context: QuestionContext,
  unstated: ActionState = 'outstanding',
): ParsedQuestion | null {
  const mentionOwner = ownerOfMention(message);
  if (!ABOUT_ACTIONS.test(message.words) && !mentionOwner) return null;
  const words = new QuestionWords(message.words.replace(ASKING, ' '));

  const challengeDay = readChallengeDay(words, context.now);
  const stated = STATES.find(({ pattern }) => words.take(pattern) !== null);
  const state: ActionState = stated?.state ?? (challengeDay ? 'any' : unstated);
  const parts: { -readonly [K in keyof ActionsQuestionParts]: ActionsQuestionParts[K] } = {
    state,
    lastChallengeDay: challengeDay?.which === 'last',
  };
  const query: { -readonly [K in keyof ActionsQuery]: ActionsQuery[K] } = { kind: 'actions', state };
  if (challengeDay) query.challengeDay = challengeDay;

  // Whose: a mention, "my", "owned by <name>", "<name>'s".
  if (mentionOwner) query.owner = mentionOwner;
  else if (words.take(MY_TEAM) !== null) {
    query.owner = { kind: 'team_of', personId: context.askerId };
    parts.owner = 'my team';
  } else if (words.take(ME) !== null) {
    query.owner = { kind: 'person', personId: context.askerId };
    parts.owner = 'me';
  } else {
    const named = readNamedOwner(words, context.people);
    if (named?.match.kind === 'ambiguous') return whichPerson(parts, named.said, named.match.candidates);
    if (named?.match.kind === 'none') {
      return unclear(
        mayIdentifySomeone(named.said)
          ? `I understood “${phraseActionsQuestion(parts)}”, but I don't know anyone by that name (not repeated here, as it may identify someone).`
          : `I understood “${phraseActionsQuestion(parts)}”, but I don't know anyone called “${named.said}”.`,
        [phraseActionsQuestion(parts), 'my actions'],
      );
    }
    if (named?.match.kind === 'found') {
      query.owner = { kind: 'person', personId: named.match.person.id };
      parts.owner = named.match.person;
    }
  }

  const dates = readDatePhrase(words.text, context.now);
  if (dates) {
    words.takeText(dates.matched);
    query.due = dates.window;
    parts.datePhrase = dates.matched;
  }

  if (!query.owner) {
    const owner = readOwnerAfterFor(words, context);
    if (owner?.match.kind === 'found') {
      query.owner = { kind: 'person', personId: owner.match.person.id };
      parts.owner = owner.match.person;
    } else if (owner?.match.kind === 'ambiguous') return whichPerson(parts, owner.said, owner.match.candidates);
  }

  const district = findDistrict(words.text, context.districts);
  if (district.kind === 'ambiguous') {
    return unclear(
      severalDistricts(phraseActionsQuestion(parts), district),
      district.candidates.map((candidate) => phraseActionsQuestion({ ...parts, districtName: candidate.name })),
    );
  }
  if (district.kind === 'found') {
    district.matched.forEach((phrase) => words.takeText(phrase));
    query.districtId = district.district._id;
    parts.districtName = district.district.name;
  }

  const unknown = leftoverWords(words.text);
  if (unknown.length > 0) {
    // Beside words that may identify a child, a date may be their date of birth: it is not said back either.
    const { datePhrase: _datePhrase, ...withoutDates } = parts;
    const said = mayIdentifySomeone(unknown.join(' ')) ? withoutDates : parts;
    return unclear(
      `I understood “${phraseActionsQuestion(said)}”, but not ${saidBack(unknown)}.`,
      someQuestions(
        [phraseActionsQuestion(said), ...closestQuestions(unknown.join(' '), parts.districtName, 2)],
        ['my actions', 'help'],
      ),
    );
  }
  if (state === 'overdue' && dates) return overdueWithDates(parts, dates);
  return query;
}

/** A name that fits several people: offer the question once for each of them. */
function whichPerson(parts: ActionsQuestionParts, said: string, candidates: readonly KnownPerson[]): ParsedQuestion {
  return unclear(
    severalPeople(phraseActionsQuestion(parts), said, candidates),
    candidates.map((person) => phraseActionsQuestion({ ...parts, owner: person })),
  );
}

function overdueWithDates(parts: ActionsQuestionParts, dates: DatePhrase): ParsedQuestion {
  const { datePhrase: _datePhrase, ...withoutDates } = parts;
  return unclear(
    `I understood “${phraseActionsQuestion(withoutDates)}”, but overdue actions are already past their due date, so “${dates.matched}” does not narrow them.`,
    [phraseActionsQuestion(withoutDates), phraseActionsQuestion({ ...parts, state: 'outstanding' })],
  );
}

/** The first person mentioned; one the channel could not resolve is kept, so the answer can say so. */
function ownerOfMention(message: ReadMessage): OwnerFilter | undefined {
  const [mention] = message.mentions;
  if (!mention) return undefined;
  if (mention.personId) return { kind: 'person', personId: mention.personId };
  return { kind: 'unknown_mention', ...(mention.displayName ? { displayName: mention.displayName } : {}) };
}

function readChallengeDay(words: QuestionWords, now: Date): ChallengeDayRef | undefined {
  const found = words.take(LAST_DAY);
  if (found === null) return undefined;
  if (!/(?:on|of|held on|dated)\s*$/.test(found)) return { which: 'last' };
  const dates = readDatePhrase(words.text.slice(words.lastIndex), now);
  if (!dates || dates.window.from.getTime() !== dates.window.to.getTime()) return { which: 'last' };
  words.takeText(dates.matched);
  return { which: 'on', date: dates.window.from };
}

interface NamedOwner {
  readonly said: string;
  readonly match: PersonMatch;
}

/** "owned by Sam Auditor", "assigned to sam", "Priya's actions". */
function readNamedOwner(words: QuestionWords, people: readonly KnownPerson[]): NamedOwner | null {
  for (const cue of words.text.matchAll(OWNER_CUE)) {
    const name = nameAfter(words.text, cue.index + cue[0].length);
    if (name.length === 0) continue;
    const owner = bestPerson(name, people);
    words.takeText(`${cue[0]}${owner.said}`);
    return owner;
  }
  const possessive = POSSESSIVE.exec(words.text);
  if (possessive?.[1]) {
    const owner = bestPerson(possessive[1].split(' '), people, true);
    if (owner.match.kind !== 'none') {
      words.takeText(`${owner.said}'s`);
      return owner;
    }
  }
  return null;
}

/** "actions for Priya": a name after "for" that is not a district. */
function readOwnerAfterFor(words: QuestionWords, context: QuestionContext): NamedOwner | null {
  for (const cue of words.text.matchAll(FOR_CUE)) {
    const name = nameAfter(words.text, cue.index + cue[0].length);
    if (name.length === 0 || findDistrict(name.join(' '), context.districts).kind !== 'none') continue;
    const owner = bestPerson(name, context.people);
    if (owner.match.kind === 'none') continue;
    words.takeText(owner.said);
    return owner;
  }
  return null;
}

/** The longest run of the name words that fits someone; from the end when reading "<name>'s". */
function bestPerson(name: readonly string[], people: readonly KnownPerson[], fromEnd = false): NamedOwner {
  for (let length = name.length; length > 0; length -= 1) {
    const said = (fromEnd ? name.slice(name.length - length) : name.slice(0, length)).join(' ');
    const match = matchPerson(said, people);
    if (match.kind !== 'none') return { said, match };
  }
  return { said: name.join(' '), match: { kind: 'none' } };
}

function nameAfter(text: string, at: number): string[] {
  const name: string[] = [];
  for (const word of text.slice(at).split(' ')) {
    if (!word) continue;
    if (NAME_ENDS.has(word) || name.length === 3) break;
    name.push(word);
  }
  return name;
}

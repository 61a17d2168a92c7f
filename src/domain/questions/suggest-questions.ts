import Fuse from 'fuse.js';
import type { ActionState, KnownPerson } from './query.js';
import { MOST_SUGGESTIONS } from './unclear.js';

/** The parts of an actions question that were understood, for writing it back as a question. */
export interface ActionsQuestionParts {
  readonly state: ActionState;
  readonly districtName?: string;
  readonly owner?: 'me' | 'my team' | KnownPerson;
  /** The date words as the person wrote them ("due this week"). */
  readonly datePhrase?: string;
  readonly lastChallengeDay?: boolean;
}

const STATE_WORDS: Record<ActionState, string> = {
  overdue: 'overdue actions',
  outstanding: 'outstanding actions',
  awaiting_verification: 'actions awaiting verification',
  completed: 'completed actions',
  any: 'all actions',
  date_requested: 'date requests',
};

/**
 * Writes an actions question back in the words the parser reads best, so a suggestion keeps everything
 * the person said that was understood ("overdue actions for South Derbyshire due this week").
 */
export function phraseActionsQuestion(parts: ActionsQuestionParts): string {
  if (parts.lastChallengeDay && parts.state === 'any' && parts.districtName && !parts.owner && !parts.datePhrase) {
    return `actions from the last Challenge Day in ${parts.districtName}`;
  }
  const state = STATE_WORDS[parts.state];
  const mine = parts.state === 'any' ? 'actions' : state;
  const words = [parts.owner === 'me' ? `my ${mine}` : parts.owner === 'my team' ? `my team's ${mine}` : state];
  if (typeof parts.owner === 'object') words.push(`owned by ${parts.owner.displayName}`);
  if (parts.districtName) words.push(`for ${parts.districtName}`);
  if (parts.lastChallengeDay) words.push('from the last Challenge Day');
  if (parts.datePhrase)
    words.push(/^(due|by|before|until|on)\b/.test(parts.datePhrase) ? parts.datePhrase : `due ${parts.datePhrase}`);
  return words.join(' ');
}

interface CatalogueEntry {
  readonly question: (districtName: string | undefined) => string;
  readonly keywords: readonly string[];
}

const forDistrict = (name: string | undefined, prefix = ' for ') => (name ? `${prefix}${name}` : '');

/** Every kind of question, in the order they are offered when nothing in the message points to one. */
const CATALOGUE: readonly CatalogueEntry[] = [
  {
    question: (d) => `overdue actions${forDistrict(d)}`,
    keywords: ['overdue', 'late', 'behind', 'missed', 'deadline'],
  },
  { question: () => 'my actions', keywords: ['my', 'mine', 'me', 'owner', 'own', 'assigned'] },
  { question: () => 'help', keywords: ['help', 'commands', 'how'] },
  {
    question: (d) => `outstanding actions${forDistrict(d)} due this week`,
    keywords: ['outstanding', 'open', 'due', 'week', 'soon', 'upcoming'],
  },
  {
    question: (d) => `who hasn't replied to the notice${forDistrict(d)}`,
    keywords: ['replied', 'reply', 'notice', 'answered', 'responded', 'attending', 'who'],
  },
  {
    question: (d) => `what came out of the last Challenge Day${forDistrict(d, ' in ')}`,
    keywords: ['challenge', 'last', 'came', 'outcome', 'recommendations', 'report'],
  },
  {
    question: (d) => `actions awaiting verification${forDistrict(d)}`,
    keywords: ['verify', 'verification', 'verified', 'completed', 'done', 'finished'],
  },
  { question: () => 'audit trail for case CR-104233', keywords: ['audit', 'trail', 'case', 'history', 'reference'] },
  {
    question: () => 'show failed deliveries',
    keywords: ['failed', 'delivery', 'deliveries', 'undelivered', 'messages', 'sent'],
  },
  { question: (d) => `link this channel to ${d ?? 'Chesterfield'}`, keywords: ['link', 'channel', 'connect'] },
  { question: () => 'plan a challenge day', keywords: ['plan', 'schedule', 'book', 'arrange', 'new'] },
  { question: () => "my team's actions", keywords: ['team', 'staff', 'reports', 'manage'] },
  { question: () => 'date requests', keywords: ['date', 'dates', 'request', 'requests', 'extension'] },
  {
    question: (d) => `when is the next Challenge Day${forDistrict(d, ' in ')}`,
    keywords: ['when', 'upcoming', 'auditors'],
  },
  {
    question: () => 'what is waiting for my approval',
    keywords: ['approval', 'approve', 'waiting', 'decision', 'sign'],
  },
  {
    question: (d) => `how many overdue actions${forDistrict(d, ' in ')}`,
    keywords: ['many', 'count', 'number', 'total'],
  },
  { question: () => 'who owns the most overdue actions', keywords: ['most', 'worst', 'top'] },
];

/**
 * The questions closest to what the person wrote, for an answer to a question the parser could not read:
 * each word of the message is matched (fuse.js, so misspellings count) against the words each kind of
 * question is asked with, and the kinds with most matches come first. Always 2 or 3 questions.
 */
export function closestQuestions(words: string, districtName: string | undefined, count = 3): string[] {
  const index = CATALOGUE.flatMap((entry, position) => entry.keywords.map((keyword) => ({ keyword, position })));
  const fuse = new Fuse(index, {
    keys: ['keyword'],
    includeScore: true,
    threshold: 0.25,
    ignoreLocation: true,
    ignoreFieldNorm: true,
  });
  const hits = new Map<number, number>();
  for (const word of new Set(words.split(' ').filter((word) => word.length >= 2))) {
    const positions = new Set(
      fuse
        .search(word)
        .filter(
          (result) =>
            word.length / result.item.keyword.length >= 0.75 && word.length / result.item.keyword.length <= 1.34,
        )
        .map((result) => result.item.position),
    );
    for (const position of positions) hits.set(position, (hits.get(position) ?? 0) + 1);
  }
  const ranked = CATALOGUE.map((entry, position) => ({ entry, position, hits: hits.get(position) ?? 0 })).sort(
    (a, b) => b.hits - a.hits || a.position - b.position,
  );
  return ranked
    .slice(0, Math.min(Math.max(count, 2), MOST_SUGGESTIONS))
    .map(({ entry }) => entry.question(districtName));
}

/** Up to three distinct questions, in order, topped up from `more` to at least two. */
export function someQuestions(first: readonly string[], more: readonly string[]): string[] {
  const distinct = [...new Set(first)].slice(0, MOST_SUGGESTIONS);
  for (const question of more) {
    if (distinct.length >= 2) break;
    if (!distinct.includes(question)) distinct.push(question);
  }
  return distinct;
}

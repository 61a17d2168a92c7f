import { DateTime } from 'luxon';
import { londonCalendarDate } from '../shared/london-time.js';
import { leftoverWords, saidBack } from './leftover-words.js';
import { findDistrict } from './match-district.js';
import type { ThemesQuery } from './query.js';
import type { QuestionReader } from './read-commands.js';
import { QuestionWords } from './question-words.js';
import { severalDistricts, unclear } from './unclear.js';

// "themes" alone is the vocabulary (a command); a question about themes says more: recurring, a place, a time.
const THEMES =
  /\b(?:(?:recurring|common|learning|top|main|repeated|emerging)\s+)*themes?\b(?:\s+(?:that\s+)?(?:recur(?:ring)?|come up|came up|keep coming up))?/;
const ONLY_THEMES = /^(?:(?:list|show|all|the|learning)\s+)*themes?(?:\s+list)?$/;

type Day = DateTime<true>;

/** Period phrases, each a window of calendar dates from a London "today". */
const PERIODS: readonly { pattern: RegExp; window: (today: Day, found: RegExpExecArray) => [Day, Day, string] }[] = [
  { pattern: /\bthis\s+year\b/, window: (t) => [t.startOf('year'), t.plus({ days: 1 }), `${t.year} so far`] },
  {
    pattern: /\blast\s+year\b/,
    window: (t) => [t.minus({ years: 1 }).startOf('year'), t.startOf('year'), String(t.year - 1)],
  },
  {
    pattern: /\bthis\s+quarter\b/,
    window: (t) => [
      t.startOf('quarter'),
      t.plus({ days: 1 }),
      `this quarter (from ${t.startOf('quarter').toFormat('d LLL')})`,
    ],
  },
  {
    pattern: /\blast\s+quarter\b/,
    window: (t) => {
      const from = t.minus({ quarters: 1 }).startOf('quarter');
      return [
        from,
        t.startOf('quarter'),
        `last quarter (${from.toFormat('LLL')} to ${from.plus({ months: 2 }).toFormat('LLL yyyy')})`,
      ];
    },
  },
  { pattern: /\bthis\s+month\b/, window: (t) => [t.startOf('month'), t.plus({ days: 1 }), t.toFormat('LLLL yyyy')] },
  {
    pattern: /\blast\s+month\b/,
    window: (t) => [
      t.minus({ months: 1 }).startOf('month'),
      t.startOf('month'),
      t.minus({ months: 1 }).toFormat('LLLL yyyy'),
    ],
  },
  {
    pattern: /\b(?:(?:over|in|for)\s+)?(?:the\s+)?(?:last|past)\s+(\d{1,2})\s+months?\b/,
    window: (t, found) => {
      const months = Math.max(1, Math.min(Number(found[1]), 60));
      return [t.minus({ months: months - 1 }).startOf('month'), t.plus({ days: 1 }), `the last ${months} months`];
    },
  },
  {
    pattern: /\b(?:in\s+)?(20\d{2})\b/,
    window: (t, found) => {
      const year = DateTime.fromObject({ year: Number(found[1]) }, { zone: 'utc' }) as Day;
      return [year, year.plus({ years: 1 }), found[1] ?? ''];
    },
  },
];

/**
 * "recurring themes in Erewash", "themes this year", "themes for High Peak this quarter": the learning
 * themes recorded on Challenge Days, by count and trend. Without a period it means the last 12 months;
 * without a district, every district the asker may see.
 */
export const readThemesQuestion: QuestionReader = (message, context) => {
  if (ONLY_THEMES.test(message.words) || !THEMES.test(message.words)) return null;
  const words = new QuestionWords(message.words);
  words.take(THEMES);
  const today = DateTime.fromJSDate(londonCalendarDate(context.now), { zone: 'utc' }) as Day;
  let window: [Day, Day, string] = [
    today.minus({ months: 11 }).startOf('month'),
    today.plus({ days: 1 }),
    'the last 12 months',
  ];
  for (const period of PERIODS) {
    const found = new RegExp(period.pattern.source).exec(words.text);
    if (!found) continue;
    words.takeText(found[0]);
    window = period.window(today, found);
    break;
  }
  const query: { -readonly [K in keyof ThemesQuery]: ThemesQuery[K] } = {
    kind: 'themes',
    period: { from: window[0].toJSDate(), until: window[1].toJSDate(), label: window[2] },
  };
  const district = findDistrict(words.text, context.districts);
  if (district.kind === 'ambiguous') {
    return unclear(
      severalDistricts('recurring themes', district),
      district.candidates.map((candidate) => `recurring themes in ${candidate.name}`),
    );
  }
  if (district.kind === 'found') {
    district.matched.forEach((phrase) => words.takeText(phrase));
    query.districtId = district.district._id;
  }
  const unknown = leftoverWords(
    words.text
      .replace(/\b(?:over|across|since|during|recur\w*|ones?)\b/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
  if (unknown.length > 0) {
    const example = context.districts[0]?.name ?? 'Chesterfield';
    return unclear(`I understood “recurring themes”, but not ${saidBack(unknown)}.`, [
      'themes this year',
      `recurring themes in ${example}`,
      `themes for ${example} this quarter`,
    ]);
  }
  return query;
};

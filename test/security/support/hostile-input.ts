import { randomUUID } from 'node:crypto';
import fc from 'fast-check';

/*
 * What a hostile or broken client puts in a form: wrong types, operator and path keys, prototype names,
 * huge strings, control characters and deep nesting. Values are JSON; deep nesting is written straight into
 * the request body (see toJsonText), as it is too deep for JSON.stringify itself.
 */

/** A value nested `depth` levels deep, arrays and objects in turn; serialised by toJsonText. */
export class DeepNesting {
  constructor(readonly depth: number) {}
}

const NESTING_TOKEN = `deep-nesting-${randomUUID()}`;

/** JSON text of a value, with every DeepNesting written out as `[{"a":[{"a":…}]}]` to its depth. */
export function toJsonText(value: unknown): string {
  const nestings: DeepNesting[] = [];
  const text = JSON.stringify(value, (_key, inner: unknown) => {
    if (!(inner instanceof DeepNesting)) return inner;
    nestings.push(inner);
    return `${NESTING_TOKEN}:${nestings.length - 1}`;
  });
  return text.replace(new RegExp(`"${NESTING_TOKEN}:(\\d+)"`, 'g'), (_match, index: string) =>
    nestedJson(nestings[Number(index)]?.depth ?? 1),
  );
}

function nestedJson(depth: number): string {
  const pairs = Math.floor(depth / 2);
  const odd = depth % 2 === 1;
  return `${'[{"a":'.repeat(pairs)}${odd ? '[' : ''}"bottom"${odd ? ']' : ''}${'}]'.repeat(pairs)}`;
}

const controlCharacters = fc.string({
  unit: fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
  minLength: 1,
  maxLength: 40,
});

/** Text that breaks naive code: any code point (lone surrogates too), control and direction characters, markup. */
const trickyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  controlCharacters,
  fc.constantFrom(
    '\u0000',
    '\u202e evil',
    '\ufeff',
    '\u2028\u2029',
    '${title}',
    "${if(true, 'x', 'y')}",
    '{{constructor.constructor}}',
    '<at>Challenge Day</at>',
    '<script>alert(1)</script>',
    '*bold* _it_ <!channel>',
    "'; db.dropDatabase(); '",
    '../../etc/passwd',
    ' '.repeat(50),
    'Jamie Smith 01/02/2015',
    'NHS 943 476 5919',
    'DE1 1AA',
  ),
);

/** Up to 60,000 characters: over every field's limit, yet inside the request size limit. */
const hugeText = fc
  .tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 2_000, max: 60_000 }))
  .map(([chunk, length]) => chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length));

const operatorObject = fc.constantFrom<unknown>(
  { $gt: '' },
  { $ne: null },
  { $where: 'sleep(1000)' },
  { $regex: '.*' },
  { $in: ['chesterfield', 'erewash'] },
  { $expr: { $eq: [1, 1] } },
);

const pollutingObject = fc.constantFrom<unknown>(
  JSON.parse('{"__proto__": {"polluted": "yes"}}'),
  JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  JSON.parse('{"prototype": {"polluted": "yes"}}'),
);

/** Mostly within the nesting the endpoints accept (64 levels with the request's own), sometimes far past it. */
const deepNesting = fc
  .oneof(
    { weight: 3, arbitrary: fc.integer({ min: 2, max: 50 }) },
    { weight: 1, arbitrary: fc.constantFrom(65, 1_000, 5_000, 20_000, 60_000) },
  )
  .map((depth) => new DeepNesting(depth));

const wrongType = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 10 }), { maxLength: 4 }),
  fc.object({ maxDepth: 2, maxKeys: 4 }),
  operatorObject,
);

/** Any value a hostile client may send for a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: trickyText },
  { weight: 3, arbitrary: wrongType },
  { weight: 1, arbitrary: hugeText },
  { weight: 1, arbitrary: pollutingObject },
  { weight: 1, arbitrary: deepNesting },
);

/** Keys that must never reach a query or a stored document. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '__proto__',
    'constructor',
    'prototype',
    '$where',
    '$set',
    '$gt',
    '$',
    'a.b',
    'domains.voice_of_child',
    '.',
    '',
    'toString',
    'hasOwnProperty',
    'verb',
    'challengeDayId',
    'actionId',
    'reportId',
    'auditorId',
    'personId',
    'actorId',
  ),
  fc.string({ maxLength: 20 }).map((text) => `$${text}`),
  fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 })).map(([a, b]) => `${a}.${b}`),
  fc.string({ unit: 'binary', maxLength: 30 }),
);

/** Plain text as a person writes it, within `max` characters. */
export const writtenText = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: Math.min(max, 400) }),
    fc.constantFrom('Seen the child alone.', 'Plan reviewed with the family.', '  padded  '),
  );

/** A calendar date as Input.Date sends it, in the coming year (or any nearby string). */
export const isoDate = fc
  .date({ min: new Date('2026-11-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

/** A submission: each of the form's fields left out, filled in as a person would, or filled with something hostile; plus hostile extra keys. */
export function submissionOf(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<[string, unknown][]> {
  const entries = Object.entries(fields).map(([key, valid]) =>
    fc
      .oneof(
        { weight: 2, arbitrary: fc.constant(undefined) },
        { weight: 6, arbitrary: valid },
        { weight: 2, arbitrary: hostileValue },
      )
      .map((value): [string, unknown][] => (value === undefined ? [] : [[key, value]])),
  );
  const extras = fc.array(fc.tuple(hostileKey, hostileValue), { maxLength: 3 });
  return fc
    .tuple(fc.tuple(...entries), fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 2, arbitrary: extras }))
    .map(([filled, extra]) => [...filled.flat(), ...extra]);
}

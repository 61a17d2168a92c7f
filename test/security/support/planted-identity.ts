import fc from 'fast-check';

/**
 * Identity data of invented children, as a worker might type it into a free-text field: a full name (with
 * the hyphens, apostrophes and "Mc" real names have), a date of birth, an NHS number, a postcode and a
 * street address — each in the different ways people write them.
 */
export interface PlantedIdentity {
  readonly name: string;
  readonly dateOfBirth: string;
  readonly nhsNumber: string;
  readonly postcode: string;
  readonly address: string;
}

const FIRST_NAMES = ['Kayden', 'Ellie-May', 'Oliver', 'Amelia', 'Tyler', 'Sophie', 'Jayden', 'Isla', 'Niamh', 'Zainab'];
const SURNAMES = [
  'Marsh',
  'O’Connor',
  'McDonald',
  'Smith-Hughes',
  'Whitworth',
  'Kowalski',
  'Hussain',
  'Beresford',
  'Young',
];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const ORDINAL = (day: number) =>
  day % 10 === 1 && day !== 11
    ? 'st'
    : day % 10 === 2 && day !== 12
      ? 'nd'
      : day % 10 === 3 && day !== 13
        ? 'rd'
        : 'th';
const STREETS = ['Elm', 'Chatsworth', 'Mill', 'Church', 'Victoria', 'Brookside'];
const STREET_KINDS = ['Road', 'Street', 'Grove', 'Close', 'Avenue', 'Lane', 'Drive', 'Crescent'];
const pad = (value: number, width = 2) => String(value).padStart(width, '0');

const dateOfBirth = fc
  .record({
    year: fc.integer({ min: 2008, max: 2024 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    style: fc.nat(4),
  })
  .map(({ year, month, day, style }) => {
    switch (style) {
      case 0:
        return `${pad(day)}/${pad(month)}/${year}`;
      case 1:
        return `${day}.${month}.${year}`;
      case 2:
        return `${year}-${pad(month)}-${pad(day)}`;
      case 3:
        return `${day} ${MONTHS[month - 1]} ${year}`;
      default:
        return `${day}${ORDINAL(day)} ${MONTHS[month - 1]?.slice(0, 3)} ${year}`;
    }
  });

const nhsNumber = fc
  .record({ digits: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 10, maxLength: 10 }), style: fc.nat(2) })
  .map(({ digits, style }) => {
    const [a, b, c] = [digits.slice(0, 3).join(''), digits.slice(3, 6).join(''), digits.slice(6).join('')];
    return style === 0 ? `${a} ${b} ${c}` : style === 1 ? `${a}-${b}-${c}` : `${a}${b}${c}`;
  });

const postcode = fc
  .record({
    area: fc.constantFrom('DE', 'S', 'SK', 'NG', 'DN'),
    district: fc.integer({ min: 1, max: 45 }),
    sector: fc.integer({ min: 0, max: 9 }),
    unit: fc.tuple(fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ'), fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ')),
    spaced: fc.boolean(),
  })
  .map(({ area, district, sector, unit, spaced }) => `${area}${district}${spaced ? ' ' : ''}${sector}${unit.join('')}`);

const address = fc
  .record({
    number: fc.integer({ min: 1, max: 240 }),
    street: fc.constantFrom(...STREETS),
    kind: fc.constantFrom(...STREET_KINDS),
  })
  .map(({ number, street, kind }) => `${number} ${street} ${kind}`);

export const plantedIdentity: fc.Arbitrary<PlantedIdentity> = fc.record({
  name: fc
    .tuple(fc.constantFrom(...FIRST_NAMES), fc.constantFrom(...SURNAMES))
    .map(([first, last]) => `${first} ${last}`),
  dateOfBirth,
  nhsNumber,
  postcode,
  address,
});

export function plantedValues(identity: PlantedIdentity): string[] {
  return [identity.name, identity.dateOfBirth, identity.nhsNumber, identity.postcode, identity.address];
}

/** Sentences that carry one planted value, the way it turns up in notes. */
const SENTENCES: ((value: string) => string)[] = [
  (value) => value,
  (value) => `Spoke with the family about ${value}.`,
  (value) => `Concern raised by school; ${value} mentioned twice`,
  (value) => `Home visit (${value}) went ahead as planned.`,
];

/** How a run plants its identity data: which value and which sentence for each field, in turn. */
export interface Planting {
  readonly identity: PlantedIdentity;
  readonly offset: number;
  readonly sentences: readonly number[];
}

export const planting: fc.Arbitrary<Planting> = fc.record({
  identity: plantedIdentity,
  offset: fc.nat(4),
  sentences: fc.array(fc.nat(SENTENCES.length - 1), { minLength: 8, maxLength: 8 }),
});

/** A free-text answer for the n-th field filled in a run, carrying one of the planted values. */
export function plantedText(plan: Planting, field: number): string {
  const values = plantedValues(plan.identity);
  const value = values[(plan.offset + field) % values.length] ?? plan.identity.name;
  const sentence = SENTENCES[plan.sentences[field % plan.sentences.length] ?? 0] ?? SENTENCES[0];
  return sentence ? sentence(value) : value;
}

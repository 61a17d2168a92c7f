import type { District } from '../domain/districts/district.js';

/**
 * A realistic county for trying the bot: Derbyshire's eight districts with their MAT localities, and
 * people in every role (in examples/demo-county-people.csv). The names are invented; the Teams accounts match
 * .m365agentsplayground.yml so that a person trying the bot in the Agents Playground is recognised (as the
 * QA manager, Priya Patel).
 */
export const DEMO_DISTRICTS: District[] = [
  { _id: 'amber-valley', name: 'Amber Valley', matLocality: 'Amber Valley MAT', aliases: ['Amber', 'AV'] },
  { _id: 'bolsover', name: 'Bolsover', matLocality: 'Bolsover MAT', aliases: ['Bolsover district'] },
  { _id: 'chesterfield', name: 'Chesterfield', matLocality: 'Chesterfield MAT', aliases: ['Chesterfield district'] },
  {
    _id: 'derbyshire-dales',
    name: 'Derbyshire Dales',
    matLocality: 'Derbyshire Dales MAT',
    aliases: ['Dales', 'The Dales', 'DD'],
  },
  { _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: ['Ilkeston', 'Long Eaton'] },
  { _id: 'high-peak', name: 'High Peak', matLocality: 'High Peak MAT', aliases: ['Peak', 'HP', 'Buxton', 'Glossop'] },
  {
    _id: 'north-east-derbyshire',
    name: 'North East Derbyshire',
    matLocality: 'North East Derbyshire MAT',
    aliases: ['NE Derbyshire', 'NED', 'North East', 'NE Derbys'],
  },
  {
    _id: 'south-derbyshire',
    name: 'South Derbyshire',
    matLocality: 'South Derbyshire MAT',
    aliases: ['S Derbyshire', 'South Derbys', 'Swadlincote'],
  },
];

/** Where the demo county's people are: the same file format a council imports (`npm run import:people`). */
export const DEMO_PEOPLE_FILE = new URL('../../examples/demo-county-people.csv', import.meta.url);

/** A demo person's record id, from their work email: `priya@derbyshire.example` is `person-priya`. */
export function demoPersonId(email: string): string {
  return `person-${email.slice(0, email.indexOf('@'))}`;
}

const teamsId = (n: number) => `00000000-0000-0000-0000-0000000000${String(20 + n).padStart(2, '0')}`;

/**
 * The chat accounts of the demo's people, as the platforms' directories would give them: Teams ids
 * 0020–0033 (those of .m365agentsplayground.yml among them) and Slack ids U0DEMO000–013, each with the work
 * email of the account. The demo links them to the imported records the way first contact does, by email.
 */
export const DEMO_ACCOUNTS = [
  'priya',
  'martin',
  'sarah',
  'helen',
  'gareth',
  'dan',
  'amira',
  'kate',
  'ruth',
  'jo',
  'liam',
  'mia',
  'tom',
  'ella',
].map((name, n) => ({
  email: `${name}@derbyshire.example`,
  teamsAadObjectId: teamsId(n),
  slackUserId: `U0DEMO${String(n).padStart(3, '0')}`,
}));

import type { District } from '../domain/districts/district.js';
import type { Person } from '../domain/people/person.js';

/**
 * A realistic county for trying the bot: Derbyshire's eight districts with their MAT localities, and
 * people in every role. The names are invented; the Teams identities match .m365agentsplayground.yml so
 * that a person trying the bot in the Agents Playground is recognised (as the QA manager, Priya Patel).
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

const teamsId = (n: number) => `00000000-0000-0000-0000-0000000000${String(20 + n).padStart(2, '0')}`;

/** People in every role. Teams ids 0020–0031 are the playground's users; Slack ids are U0DEMO…. */
export const DEMO_PEOPLE: Person[] = [
  person(0, 'person-priya', 'Priya Patel', ['qa_manager'], []),
  person(1, 'person-martin', 'Martin Cole', ['senior_manager'], ['chesterfield', 'high-peak', 'derbyshire-dales']),
  person(2, 'person-sarah', 'Sarah Okafor', ['senior_manager'], ['erewash', 'amber-valley', 'south-derbyshire']),
  person(3, 'person-helen', 'Helen Ward', ['district_manager'], ['chesterfield'], {
    teamName: 'Chesterfield management',
  }),
  person(4, 'person-gareth', 'Gareth Jones', ['district_manager'], ['high-peak'], { teamName: 'High Peak management' }),
  person(5, 'person-dan', 'Dan Reeves', ['auditor', 'staff'], ['erewash'], { teamName: 'Erewash Child Protection' }),
  person(6, 'person-amira', 'Amira Hassan', ['auditor', 'staff'], ['amber-valley'], {
    teamName: 'Amber Valley Children in Care',
  }),
  person(7, 'person-kate', 'DS Kate Lomas', ['auditor', 'partner_agency'], [], { agency: 'Derbyshire Constabulary' }),
  person(8, 'person-ruth', 'Ruth Evans', ['auditor', 'partner_agency'], [], { agency: 'Derbyshire Community Health' }),
  person(9, 'person-jo', 'Jo Bennett', ['staff'], ['chesterfield'], {
    teamName: 'Chesterfield Child Protection 1',
    managerId: 'person-helen',
  }),
  person(10, 'person-liam', 'Liam Foster', ['staff'], ['chesterfield'], {
    teamName: 'Chesterfield Child Protection 2',
    managerId: 'person-helen',
  }),
  person(11, 'person-mia', 'Mia Clarke', ['staff'], ['high-peak'], {
    teamName: 'High Peak Assessment',
    managerId: 'person-gareth',
  }),
  person(12, 'person-tom', 'Tom Fielding', ['district_manager'], ['derbyshire-dales'], {
    teamName: 'Derbyshire Dales management',
  }),
  person(13, 'person-ella', 'Ella Price', ['staff'], ['derbyshire-dales'], {
    teamName: 'Dales Children in Need',
    managerId: 'person-tom',
  }),
];

function person(
  n: number,
  id: string,
  displayName: string,
  roles: Person['roles'],
  districtIds: string[],
  extra: Partial<Person> = {},
): Person {
  return {
    _id: id,
    displayName,
    roles,
    districtIds,
    identities: { teamsAadObjectId: teamsId(n), slackUserId: `U0DEMO${String(n).padStart(3, '0')}` },
    ...extra,
  };
}

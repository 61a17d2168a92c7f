import type { District } from '../../../src/domain/districts/district.js';
import type { KnownPerson, QuestionContext } from '../../../src/domain/questions/query.js';

/** Derbyshire's eight social care districts, each with its MAT locality and the names people use. */
export const DERBYSHIRE_DISTRICTS: readonly District[] = [
  { _id: 'amber-valley', name: 'Amber Valley', matLocality: 'Ripley and Alfreton MAT', aliases: ['Amber', 'AV'] },
  { _id: 'bolsover', name: 'Bolsover', matLocality: 'Bolsover and Shirebrook MAT', aliases: ['Bolsover district'] },
  { _id: 'chesterfield', name: 'Chesterfield', matLocality: 'Chesterfield MAT', aliases: ['Chesterfield district'] },
  {
    _id: 'derbyshire-dales',
    name: 'Derbyshire Dales',
    matLocality: 'Matlock and Dales MAT',
    aliases: ['The Dales', 'Dales', 'Derbys Dales'],
  },
  { _id: 'erewash', name: 'Erewash', matLocality: 'Ilkeston and Long Eaton MAT', aliases: ['Erewash district'] },
  { _id: 'high-peak', name: 'High Peak', matLocality: 'Buxton and Glossop MAT', aliases: ['The Peak', 'Glossopdale'] },
  {
    _id: 'north-east-derbyshire',
    name: 'North East Derbyshire',
    matLocality: 'Dronfield and Clay Cross MAT',
    aliases: ['NE Derbyshire', 'NED', 'North East', 'NE Derbys'],
  },
  {
    _id: 'south-derbyshire',
    name: 'South Derbyshire',
    matLocality: 'Swadlincote MAT',
    aliases: ['South Derbys', 'S Derbys', 'Swad'],
  },
];

/** People who own actions; two share a first name, and one shares a name with a district alias. */
export const PEOPLE: readonly KnownPerson[] = [
  { id: 'person-dana', displayName: 'Dana Whitfield' },
  { id: 'person-sam-a', displayName: 'Sam Auditor' },
  { id: 'person-sam-o', displayName: 'Sam Okafor' },
  { id: 'person-priya', displayName: 'Priya Sharma' },
  { id: 'person-gareth', displayName: 'Gareth Lowe' },
  { id: 'person-amber', displayName: 'Amber Hughes' },
];

/** A Thursday in November (GMT): today is 26 November 2026, Sunday is the 29th. */
export const THURSDAY = new Date('2026-11-26T10:00:00Z');

/** Dana, the QA manager, asking at the given instant. */
export const contextAt = (now: Date = THURSDAY): QuestionContext => ({
  now,
  districts: DERBYSHIRE_DISTRICTS,
  people: PEOPLE,
  askerId: 'person-dana',
});

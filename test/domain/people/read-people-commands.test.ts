import { describe, expect, it } from 'vitest';
import {
  readAddPerson,
  readChangePerson,
  readPeopleIn,
  readPersonLeft,
} from '../../../src/domain/people/read-people-commands.js';
import { DERBYSHIRE_DISTRICTS } from '../questions/derbyshire.js';

const readers = (text: string) => [
  readAddPerson(text),
  readPeopleIn(text, DERBYSHIRE_DISTRICTS),
  readChangePerson(text),
  readPersonLeft(text),
];

describe('the people commands in words', () => {
  it.each(['add a person', 'Add a new person', 'please add someone', 'register a new member of staff', 'add person.'])(
    '“%s” opens the form to add someone',
    (text) => {
      expect(readAddPerson(text)).toBe(true);
    },
  );

  it.each([
    ['people in Chesterfield', 'chesterfield'],
    ['staff in NE Derbyshire', 'north-east-derbyshire'],
    ['show people in Erewsh?', 'erewash'],
  ])('“%s” lists the people of that district', (text, districtId) => {
    expect(readPeopleIn(text, DERBYSHIRE_DISTRICTS)).toEqual({ districtId });
  });

  it('“people in Narnia” says which district was not found', () => {
    expect(readPeopleIn('people in Narnia', DERBYSHIRE_DISTRICTS)).toEqual({ said: 'Narnia' });
  });

  it.each([
    ['change Helen Ward', 'Helen Ward'],
    ['Edit  helen   ward', 'helen ward'],
    ['please update Mary-Jane O’Neil', 'Mary-Jane O’Neil'],
  ])('“%s” is about the person named', (text, name) => {
    expect(readChangePerson(text)).toEqual({ name });
  });

  it.each([
    ['Helen Ward has left', 'Helen Ward'],
    ['helen ward has left the service.', 'helen ward'],
  ])('“%s” records that the person named has left', (text, name) => {
    expect(readPersonLeft(text)).toEqual({ name });
  });

  it.each([
    'change the Challenge Day for Erewash',
    'change the due date',
    'change the weekly digest for Chesterfield on Friday at 8:30',
    'change priorities',
    'update notice reply',
    'edit progress notes',
    'change',
    'what has left',
    'add',
  ])('“%s” is not a people command', (text) => {
    expect(readers(text).filter((read) => read !== null && !(typeof read === 'object' && 'said' in read))).toEqual([]);
  });

  // What people already ask must still reach the question parser, untouched by these commands.
  it.each([
    'show overdue actions for district Chesterfield',
    "what's overdue in Chesterfield",
    'overdue actions for NED please',
    'outstanding actions for Erewash due this week',
    'actions owned by Priya Sharma',
    'actions assigned to Gareth Low',
    'overdue actions for Gareth',
    'my actions',
    'what has been done in Chesterfield',
    'who has not responded to the 48 hour notice in erewash',
    'who do I need to chase for the notice in Amber Valley',
    'audit trail for case CR-104233',
    'link this channel to Chesterfield MAT',
    'Unlink this channel please',
    'plan a challenge day',
    'Plan a new Challenge Day for Erewash on 3/12',
    'record a finding for Chesterfield',
    'focus group feedback for High Peak',
    'show failed deliveries',
    'help',
    'what is the weather like',
  ])('“%s” is still read as a question, not a people command', (text) => {
    expect(readers(text)).toEqual([null, null, null, null]);
  });
});

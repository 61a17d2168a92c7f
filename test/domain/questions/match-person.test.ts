import { describe, expect, it } from 'vitest';
import { matchPerson } from '../../../src/domain/questions/match-person.js';
import { PEOPLE } from './derbyshire.js';

describe('the bot finds an action owner by name', () => {
  it.each([
    ['Priya Sharma', 'person-priya'],
    ['priya', 'person-priya'],
    ['sharma', 'person-priya'],
    ['Gareth Low', 'person-gareth'],
    ['Okafor', 'person-sam-o'],
    ['Okafur', 'person-sam-o'],
  ])('“%s” is %s', (phrase, id) => {
    expect(matchPerson(phrase, PEOPLE)).toMatchObject({ kind: 'found', person: { id } });
  });

  it('a first name two people share is ambiguous', () => {
    expect(matchPerson('sam', PEOPLE)).toEqual({
      kind: 'ambiguous',
      candidates: [
        { id: 'person-sam-a', displayName: 'Sam Auditor' },
        { id: 'person-sam-o', displayName: 'Sam Okafor' },
      ],
    });
  });

  it.each(['Zebedee', 'al', 'Chesterfield'])('“%s” is nobody', (phrase) => {
    expect(matchPerson(phrase, PEOPLE)).toEqual({ kind: 'none' });
  });
});

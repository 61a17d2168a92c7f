import { describe, expect, it } from 'vitest';
import { findDistrict } from '../../../src/domain/questions/match-district.js';
import { DERBYSHIRE_DISTRICTS } from './derbyshire.js';

const found = (words: string) => {
  const match = findDistrict(words, DERBYSHIRE_DISTRICTS);
  return match.kind === 'found' ? { id: match.district._id, via: match.via } : match.kind;
};

describe('the bot recognises a district however it is written', () => {
  it.each([
    ['chesterfield', 'chesterfield', 'name'],
    ['chesterfeild', 'chesterfield', 'name'],
    ['overdue in amber vally please', 'amber-valley', 'name'],
    ['ned', 'north-east-derbyshire', 'alias'],
    ['ne derbyshire', 'north-east-derbyshire', 'name'],
    ['n e derbyshire', 'north-east-derbyshire', 'name'],
    ['s derbys', 'south-derbyshire', 'name'],
    ['sd', 'south-derbyshire', 'alias'],
    ['dales', 'derbyshire-dales', 'alias'],
    ['the dales', 'derbyshire-dales', 'alias'],
    ['chesterfield mat', 'chesterfield', 'mat_locality'],
    ['swadlincote mat', 'south-derbyshire', 'mat_locality'],
    ['dronfield and clay cross mat', 'north-east-derbyshire', 'mat_locality'],
    ['glossop', 'high-peak', 'mat_locality'],
  ])('“%s” is %s (by its %s)', (words, id, via) => {
    expect(found(words)).toEqual({ id, via });
  });

  it('a word that is part of several names is ambiguous, never guessed', () => {
    expect(findDistrict('actions in derbyshire', DERBYSHIRE_DISTRICTS)).toMatchObject({
      kind: 'ambiguous',
      said: 'derbyshire',
      candidates: [{ _id: 'derbyshire-dales' }, { _id: 'north-east-derbyshire' }, { _id: 'south-derbyshire' }],
    });
  });

  it('two districts named in one question are both reported', () => {
    expect(findDistrict('bolsover and erewash', DERBYSHIRE_DISTRICTS)).toMatchObject({
      kind: 'ambiguous',
      matched: ['bolsover', 'erewash'],
    });
  });

  it.each(['new actions', 'my actions due next week', 'high priority', 'derby', 'north'])(
    '“%s” names no district',
    (words) => {
      expect(findDistrict(words, DERBYSHIRE_DISTRICTS)).toEqual({ kind: 'none' });
    },
  );
});

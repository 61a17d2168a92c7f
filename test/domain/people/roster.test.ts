import { describe, expect, it } from 'vitest';
import { MEMBERS_PER_CARD, rosterOf } from '../../../src/domain/people/roster.js';

describe('the roster offered to add', () => {
  it('offers members with a work email by name, in lower case, once each, and sets apart those without one', () => {
    const roster = rosterOf([
      { platformUserId: 'u1', displayName: 'Ben Okafor', email: 'Ben.Okafor@Derbyshire.gov.uk' },
      { platformUserId: 'u2', displayName: 'Amy Clarke', email: 'amy.clarke@derbyshire.gov.uk' },
      { platformUserId: 'u3', displayName: 'Amy Clarke (second account)', email: 'AMY.CLARKE@derbyshire.gov.uk' },
      { platformUserId: 'u4', displayName: 'Guest', email: 'not an email' },
      { platformUserId: 'u5', displayName: 'Bot' },
    ]);
    expect(roster).toEqual({
      candidates: [
        { displayName: 'Amy Clarke', email: 'amy.clarke@derbyshire.gov.uk' },
        { displayName: 'Ben Okafor', email: 'ben.okafor@derbyshire.gov.uk' },
      ],
      moreCount: 0,
      withoutEmail: ['Bot', 'Guest'],
    });
  });

  it('offers one card’s worth and counts the rest, with those not looked up yet', () => {
    const members = Array.from({ length: MEMBERS_PER_CARD + 3 }, (_, index) => ({
      platformUserId: `u${index}`,
      displayName: `Member ${String(index).padStart(2, '0')}`,
      email: `member${index}@derbyshire.gov.uk`,
    }));
    const roster = rosterOf(members, 10);
    expect(roster.candidates).toHaveLength(MEMBERS_PER_CARD);
    expect(roster.candidates[0]?.displayName).toBe('Member 00');
    expect(roster.moreCount).toBe(13);
  });
});

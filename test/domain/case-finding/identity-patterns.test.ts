import { describe, expect, it } from 'vitest';
import { findIdentityData, maskIdentityData } from '../../../src/domain/case-finding/identity-patterns.js';

describe('identity data in free text shown in a chat', () => {
  it.each([
    ['Worker knows Jamie Smith well.', 'Worker knows [hidden] well.'],
    ['Born 12/03/2015, seen at home.', 'Born [hidden], seen at home.'],
    ['NHS 943 476 5919 on file.', 'NHS [hidden] on file.'],
    ['Lives near S40 1LP.', 'Lives near [hidden].'],
    ['Jamie Smith and Alex Jones, both born 2015-03-12.', '[hidden] and [hidden], both born [hidden].'],
  ])('"%s" is shown as "%s"', (written, shown) => {
    expect(maskIdentityData(written)).toBe(shown);
    expect(findIdentityData(maskIdentityData(written))).toBeNull();
  });

  it('leaves text without identity data as it was', () => {
    const text = 'The plan is clear and the child was seen alone at every visit.';
    expect(maskIdentityData(text)).toBe(text);
  });
});

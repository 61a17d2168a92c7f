import { describe, expect, it } from 'vitest';
import { checkCaseReference } from '../../../src/domain/case-finding/case-reference.js';

describe('a case reference', () => {
  it.each(['CR-104233', 'cr-104233', ' MAT/2291 ', 'SW-0412', '104233'])(
    'accepts the reference %j, stored upper-cased',
    (input) => {
      const checked = checkCaseReference(input);
      expect(checked).toEqual({ ok: true, reference: input.trim().toUpperCase() });
    },
  );

  it.each([
    ['Jamie Smith', /looks like a person’s name/],
    ['Jamie Smith 12/03/2015', /looks like a date of birth/],
    ['3 March 2015', /looks like a date of birth/],
    ['485 777 3456', /looks like an NHS number/],
    ['4857773456', /looks like an NHS number/],
    ['DE4 3AG', /looks like a postcode/],
    ['S40 1LP', /looks like a postcode/],
    ['abc', /Enter the case reference from the case record/],
    ['CR 104233; drop', /Enter the case reference/],
  ])('refuses %j with a message that says why', (input, message) => {
    const checked = checkCaseReference(input);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(message);
  });
});

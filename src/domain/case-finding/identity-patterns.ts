/**
 * Patterns of data that identify a child. Chat messages carry case references only (DESIGN.md §5), so
 * anything that looks like one of these in a reference field is refused before it is stored or posted.
 */
export type IdentityDataKind = 'nhs_number' | 'postcode' | 'date_of_birth' | 'name';

const NHS_NUMBER = /\b\d{3}[\s-]?\d{3}[\s-]?\d{4}\b/;
// The UK postcode shape (outward code, optional space, inward code), e.g. "DE4 3AG", "S40 1LP".
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/i;
const DATE_OF_BIRTH =
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}\b/i;
// Two or more capitalised words in a row ("Jamie Smith") — how a name usually arrives in a short field.
const PERSONAL_NAME = /\b[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)+\b/;

/** Finds the first kind of identity data in a text, or null when it shows none. */
export function findIdentityData(text: string): IdentityDataKind | null {
  if (DATE_OF_BIRTH.test(text)) return 'date_of_birth';
  if (NHS_NUMBER.test(text)) return 'nhs_number';
  if (POSTCODE.test(text)) return 'postcode';
  if (PERSONAL_NAME.test(text)) return 'name';
  return null;
}

export const IDENTITY_DATA_MESSAGES: Record<IdentityDataKind, string> = {
  nhs_number:
    'This looks like an NHS number. Use the case reference from the case record instead — never a child’s NHS number.',
  postcode: 'This looks like a postcode. Use the case reference only — never an address.',
  date_of_birth: 'This looks like a date of birth. Use the case reference only — never a child’s date of birth.',
  name: 'This looks like a person’s name. Use the case reference only — never a child’s or family member’s name.',
};

const MASKED = '[hidden]';
const EVERY_PATTERN = [DATE_OF_BIRTH, NHS_NUMBER, POSTCODE, PERSONAL_NAME].map(
  (pattern) => new RegExp(pattern.source, `${pattern.flags}g`),
);

/**
 * Free text as it may appear in a chat: anything that looks like identity data is replaced by "[hidden]".
 * It errs towards hiding (two capitalised words in a row may be a job title); the full text is only in
 * the role-checked detail view.
 */
export function maskIdentityData(text: string): string {
  return EVERY_PATTERN.reduce((masked, pattern) => masked.replace(pattern, MASKED), text);
}

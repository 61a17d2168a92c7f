import type { z } from 'zod/v4';
import { findIdentityData, findIdentityDataInPlace, type IdentityDataKind } from '../case-finding/identity-patterns.js';
import { optionalText, requiredText } from './form-fields.js';

/*
 * Free text that others will read in a chat — a recommendation that becomes an action, a progress note, a
 * reason, a report's comments, a day's sites — is refused when it looks like identity data, so no child is
 * ever named where it is shown. (A finding's own notes are kept whole and shown in full only in its
 * role-checked detail view; elsewhere they are masked.)
 */

const IN_TEXT: Record<IdentityDataKind, string> = {
  name: 'This looks like a person’s name. Never name a child or a family member here: the case reference says which case. If it is a team or a service, write it in lower case.',
  date_of_birth:
    'This looks like a date of birth. Leave dates of birth out; write any other date in words, e.g. “12 January”.',
  nhs_number: 'This looks like an NHS number. Leave it out: the case reference says which case.',
  postcode: 'This looks like a postcode. Leave addresses out: the case reference says which case.',
  address: 'This looks like a street address. Leave addresses out: the case reference says which case.',
};

const IN_SITE: Record<IdentityDataKind, string> = {
  name: 'This looks like a person’s name. Give the building or office, e.g. “Chesterfield Town Hall, Room 4”.',
  date_of_birth:
    'This looks like a date of birth. Give the building or office only, e.g. “Chesterfield Town Hall, Room 4”.',
  nhs_number: 'This looks like an NHS number. Give the building or office only, e.g. “Chesterfield Town Hall, Room 4”.',
  postcode: 'Give the building or office by its name, e.g. “Chesterfield Town Hall, Room 4”, without a postcode.',
  address: 'Give the building or office by its name, e.g. “Chesterfield Town Hall, Room 4”, without a street address.',
};

const refuseIdentity =
  (messages: Record<IdentityDataKind, string>, find: (text: string) => IdentityDataKind | null) =>
  (text: string | undefined, ctx: z.RefinementCtx) => {
    const kind = text === undefined ? null : find(text);
    if (kind) ctx.addIssue({ code: 'custom', message: messages[kind] });
  };

/** Text the person must write, refused when it looks like a name, date of birth, NHS number or address. */
export const requiredTextWithoutIdentity = (max: number, what: string) =>
  requiredText(max, what).superRefine(refuseIdentity(IN_TEXT, findIdentityData));

/** Text the person may leave empty, refused when it looks like identity data. */
export const optionalTextWithoutIdentity = (max: number, what: string) =>
  optionalText(max, what).superRefine(refuseIdentity(IN_TEXT, findIdentityData));

/** Where a Challenge Day is held: a building or office, shown on the notice in every linked channel. */
export const siteText = (max: number, what: string) =>
  requiredText(max, what).superRefine(refuseIdentity(IN_SITE, findIdentityDataInPlace));

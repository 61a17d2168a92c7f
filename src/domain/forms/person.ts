import { z } from 'zod/v4';
import type { PersonDetails } from '../people/person-details.js';
import { ROLES } from '../people/roles.js';
import { emailKey, workEmail } from '../people/work-email.js';
import { entityId } from '../shared/fields.js';
import { commaSeparated, idList, optionalText, requiredText } from './form-fields.js';
import { strictForm } from './strict-form.js';

const EMAIL_EXAMPLE = 'Write their work email address, e.g. helen.ward@derbyshire.gov.uk.';

/**
 * A person as a manager adds or changes them on the person form: their details as the domain takes them
 * (personDetailsSchema). Whether the districts and line manager exist, and whether this manager may give
 * them, is decided when the form is handled.
 */
export const personFormSchema = strictForm({
  displayName: requiredText(120, 'their name'),
  email: requiredText(254, 'their work email')
    .refine((text) => workEmail.safeParse(text).success, { error: EMAIL_EXAMPLE })
    .transform(emailKey),
  roles: commaSeparated(z.enum(ROLES, { error: 'Choose roles from the list.' }), ROLES.length, 'roles').refine(
    (roles) => roles.length > 0,
    { error: 'Choose at least one role.' },
  ),
  districtIds: idList(20, 'districts'),
  teamName: optionalText(80, 'the team'),
  agency: optionalText(80, 'the agency'),
  managerId: z
    .string()
    .max(128, { error: 'Choose the line manager from the list.' })
    .optional()
    .transform((text) => text?.trim() || undefined)
    .pipe(entityId.optional()),
}).transform(({ teamName, agency, managerId, ...required }): PersonDetails => ({
  ...required,
  ...(teamName ? { teamName } : {}),
  ...(agency ? { agency } : {}),
  ...(managerId ? { managerId } : {}),
}));
export type PersonFormSubmission = z.output<typeof personFormSchema>;

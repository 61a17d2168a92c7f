import { z } from 'zod/v4';
import { MEMBERS_PER_CARD } from '../people/roster.js';
import { ROLES } from '../people/roles.js';
import { strictForm } from './strict-form.js';

const role = z.enum(ROLES, { error: 'Choose one of the roles offered.' }).optional();

/**
 * The roles chosen on a roster card, one input per member by their place on it (`role_0` … `role_24`); a
 * member whose input is missing is added as staff.
 */
export const rosterRolesSchema = strictForm(
  Object.fromEntries(Array.from({ length: MEMBERS_PER_CARD }, (_, index) => [`role_${index}`, role])) as Record<
    `role_${number}`,
    typeof role
  >,
);
export type RosterRoles = z.infer<typeof rosterRolesSchema>;

import { z } from 'zod/v4';
import { boundedText, entityId } from '../shared/fields.js';
import { ROLES } from './roles.js';
import { workEmail } from './work-email.js';

/**
 * What a manager says about someone when adding them or changing their record, by chat, on a card or in an
 * import file: everything on the record except its id, its platform identities (which only the platform
 * gives, when the person first writes) and whether they have left (which has its own step).
 */
export const personDetailsSchema = z.strictObject({
  displayName: boundedText(120),
  email: workEmail,
  roles: z.array(z.enum(ROLES)).min(1, 'needs at least one role').max(ROLES.length),
  districtIds: z.array(entityId).max(20, 'can be in at most 20 districts'),
  teamName: boundedText(80).optional(),
  agency: boundedText(80).optional(),
  managerId: entityId.optional(),
});
export type PersonDetails = z.infer<typeof personDetailsSchema>;

import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { AUDIT_SITES } from '../challenge-day/challenge-day.js';
import { oneOf, requiredText } from './form-fields.js';
import { strictForm } from './strict-form.js';

const CHOOSE_MANAGER = 'Choose the team’s manager.';

/** A case-holding team on its form, to add it to a district or to change it: its name, manager and site. */
export const teamSubmissionSchema = strictForm({
  name: requiredText(80, 'the team’s name'),
  managerId: z
    .string({ error: CHOOSE_MANAGER })
    .refine((id) => entityId.safeParse(id).success, { error: CHOOSE_MANAGER }),
  /** Absent on a form sent before teams had a site: a new team is the district's, a changed one keeps its own. */
  site: oneOf(AUDIT_SITES, 'where the team works from: the district or the MAT locality').optional(),
});

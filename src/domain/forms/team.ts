import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { requiredText } from './form-fields.js';
import { strictForm } from './strict-form.js';

const CHOOSE_MANAGER = 'Choose the team’s manager.';

/** A case-holding team on its form, to add it to a district or to change it: its name and its manager. */
export const teamSubmissionSchema = strictForm({
  name: requiredText(80, 'the team’s name'),
  managerId: z
    .string({ error: CHOOSE_MANAGER })
    .refine((id) => entityId.safeParse(id).success, { error: CHOOSE_MANAGER }),
});

import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { strictForm } from './strict-form.js';

/** Whom a leaver's open actions all go to, chosen on their leaving card. */
export const handOnActionsSchema = strictForm({
  newOwnerId: z.string({ error: 'Choose who takes on the actions.' }).pipe(entityId),
});

import { z } from 'zod/v4';
import { entityId } from '../shared/fields.js';
import { requiredTextWithoutIdentity } from './identity-free-text.js';
import { strictForm } from './strict-form.js';

/**
 * Giving an action to someone else, from its Reassign form or the written command: whom, and why. The
 * reason shows on the action's card and in the note to its previous owner, so it must not name a child.
 */
export const reassignActionSubmissionSchema = strictForm({
  newOwnerId: z.string({ error: 'Choose who takes on the action.' }).pipe(entityId),
  reason: requiredTextWithoutIdentity(1000, 'why the action goes to someone else'),
});

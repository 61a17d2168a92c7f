import { z } from 'zod/v4';
import { boundedText, entityId } from '../shared/fields.js';
import { ROLES } from './roles.js';
import { workEmail } from './work-email.js';

/**
 * Someone who works with the bot. They are recognised by their platform identities — the Teams AAD
 * object id or the Slack user id — which always come from the authenticated request, never from a card.
 * A person registered with only their work email is linked to their platform identity the first time they
 * write, by the email the platform's directory gives for them.
 */
export const personSchema = z.strictObject({
  _id: entityId,
  displayName: boundedText(120),
  /** Their work email, in lower case; optional because people registered before it was kept have none. */
  email: workEmail.optional(),
  roles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
  /** The districts whose case findings and actions this person may see. */
  districtIds: z.array(entityId).max(20),
  /** The team they work in, so that sampling never gives an auditor a case from their own team. */
  teamName: boundedText(80).optional(),
  /** Police, health and other partner agencies: they submit findings but do not read others'. */
  agency: boundedText(80).optional(),
  managerId: entityId.optional(),
  /**
   * When they left the county's service. A leaver's record stays, so their findings, actions and audit
   * trail still name them, but they are refused from their next message and never offered in a picker.
   */
  leftAt: z.date().optional(),
  identities: z.strictObject({
    teamsAadObjectId: entityId.optional(),
    slackUserId: entityId.optional(),
  }),
});
export type Person = z.infer<typeof personSchema>;

import { z } from 'zod/v4';
import { boundedText, entityId } from '../shared/fields.js';

/**
 * One of a district's case-holding teams, with its manager. People still name their team in their own
 * record (Person.teamName, which the case sample reads), so renaming a team here does not rewrite people's
 * records or open samples: they keep the name they were given until they are changed themselves.
 */
export const teamSchema = z.strictObject({
  _id: entityId,
  name: boundedText(80),
  districtId: entityId,
  managerId: entityId,
  /** Whether the team works from the social care district or the MAT locality; absent means the district. */
  site: z.enum(['district', 'mat']).optional(),
  /** When it stopped holding cases; a retired team is kept, listed apart and never offered again. */
  retiredAt: z.date().optional(),
});
export type Team = z.infer<typeof teamSchema>;

import { z } from 'zod/v4';
import { requiredText } from './form-fields.js';
import { strictForm } from './strict-form.js';

const ALIASES_MAX = 20;
const NAME_MAX = 80;

/** "NE Derbyshire, North East Derbys" → ["NE Derbyshire", "North East Derbys"]; blanks are dropped. */
const aliasList = z
  .string()
  .max(ALIASES_MAX * (NAME_MAX + 2), { error: 'Keep the other names shorter.' })
  .optional()
  .transform((text) =>
    (text ?? '')
      .split(',')
      .map((alias) => alias.trim().replace(/\s+/g, ' '))
      .filter((alias) => alias.length > 0),
  )
  .pipe(
    z
      .array(z.string().max(NAME_MAX, { error: `Keep each other name to ${NAME_MAX} characters or fewer.` }))
      .max(ALIASES_MAX, { error: `Give no more than ${ALIASES_MAX} other names.` }),
  );

/** A district on its form, to add it or to change it: name, MAT locality, other names separated by commas. */
export const districtSubmissionSchema = strictForm({
  name: requiredText(NAME_MAX, 'the district’s name'),
  matLocality: requiredText(NAME_MAX, 'the MAT locality’s name'),
  aliases: aliasList,
});

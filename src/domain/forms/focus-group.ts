import { FOCUS_GROUP_KINDS } from '../capture/focus-groups.js';
import { MAX_THEMES_PER_RECORD } from '../themes/chosen-themes.js';
import { commaSeparated, idList, listPosition, oneOf, optionalText, wholeNumber } from './form-fields.js';
import { strictForm } from './strict-form.js';

/** The most service priorities a county configures; themes and focus areas are positions in that list. */
export const MAX_SERVICE_PRIORITIES = 10;

/**
 * What a senior manager heard in one focus group. Themes are chosen from the service priorities and sent as
 * their positions in the list ("1,4"), because the priorities' own wording contains commas.
 */
export const focusGroupSubmissionSchema = strictForm({
  group: oneOf(FOCUS_GROUP_KINDS, 'who the group was with'),
  attendeeCount: wholeNumber(1, 200, 'how many attended'),
  working: optionalText(4000, 'what is working'),
  worries: optionalText(4000, 'the worries'),
  ideas: optionalText(4000, 'the ideas'),
  themes: commaSeparated(listPosition(MAX_SERVICE_PRIORITIES), MAX_SERVICE_PRIORITIES, 'themes'),
  learningThemes: idList(MAX_THEMES_PER_RECORD, 'learning themes'),
}).transform(({ group, attendeeCount, working, worries, ideas, themes, learningThemes }) => ({
  group,
  attendeeCount,
  ...(working ? { working } : {}),
  ...(worries ? { worries } : {}),
  ...(ideas ? { ideas } : {}),
  /** Positions (1-based) in the service priorities; the handler turns them into the priorities' text. */
  themePositions: themes,
  /** Learning-theme ids as sent; the handler checks them against the live vocabulary before storing. */
  ...(learningThemes.length > 0 ? { learningThemeIds: learningThemes } : {}),
}));
export type FocusGroupSubmission = typeof focusGroupSubmissionSchema._zod.output;

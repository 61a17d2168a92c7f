import type { Fact } from '../../cards/card-data.js';
import type { Reply } from '../reply.js';
import { answer } from './message-cards.js';

/**
 * The steps of setting up a county, each done in chat: districts and their teams, then people (one at a time
 * or from a file), then each district's channel.
 */
const STEPS: readonly Fact[] = [
  {
    title: '1. Districts',
    value:
      'Write “add a district” (in Slack “/challenge add a district”) and fill in its name, its MAT locality and any other names people use for it. “districts” lists them, with buttons to change or retire each; “teams in <district>” lists its case-holding teams, where you add each team with its manager.',
  },
  {
    title: '2. People',
    value:
      'Once a district is in, write “add a person” for each, with their work email and roles (“people in <district>” lists them), or send me your staff as a CSV file here in our chat: I show what it would change, then you Apply it. The first time someone writes to me in Teams or Slack, I link their account to their record by that email.',
  },
  {
    title: '3. Channels',
    value:
      'Once a district is in, write “link this channel to <district>” in its channel: in Teams @mention me first; in Slack write “/challenge link <district>”.',
  },
];

const UNTIL =
  'I answer QA managers with these steps until the county has a district in use; then “help” lists everything.';

/** What a QA manager is answered while the county has no district in use: the set-up, step by step. */
export function setUpGuide(): Reply {
  const title = 'Set up the Challenge Day bot: add districts, then people, then link channels';
  return {
    ...answer(title, STEPS, UNTIL),
    text: [title, ...STEPS.map((step) => `${step.title}: ${step.value}`), UNTIL].join('\n'),
    audience: 'person',
  };
}

import { describe, expect, it } from 'vitest';
import { whoCanAddYou } from '../../../src/domain/challenge-day/day-refusal.js';

const priya = { _id: 'person-priya', displayName: 'Priya Shah' };
const quinn = { _id: 'person-quinn', displayName: 'Quinn Taylor' };
const ann = { _id: 'person-ann', displayName: 'Ann Lee' };

describe('who a refused person is told can add them to a Challenge Day', () => {
  it.each([
    [
      { planner: priya, qaManagers: [priya, quinn] },
      'Ask Priya Shah, who planned it, or another QA manager, Quinn Taylor, to add you to its audit team.',
    ],
    [{ planner: priya, qaManagers: [priya] }, 'Ask Priya Shah, who planned it, to add you to its audit team.'],
    [
      { planner: null, qaManagers: [ann, quinn] },
      'Ask a QA manager, Ann Lee or Quinn Taylor, to add you to its audit team.',
    ],
    [{ planner: null, qaManagers: [quinn] }, 'Ask your QA manager, Quinn Taylor, to add you to its audit team.'],
    [{ planner: null, qaManagers: [] }, 'Ask whoever runs the bot for your county to add you to its audit team.'],
  ])('%o: %s', (helpers, says) => {
    expect(whoCanAddYou(helpers)).toBe(says);
  });
});

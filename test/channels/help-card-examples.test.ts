import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { aDistrict } from '../support/fixtures.js';
import { personalChat, teamsScene, teamsUser } from '../support/scene.js';
import { cardIn, registered, textsOf } from '../support/teams-activities.js';

/*
 * The help card claims only what works: every example it gives, typed as it stands (the district filled in as
 * the card fills it), is understood by the bot — it answers it, and never with "I understood …, but not".
 */

const priya = teamsUser('priya', 'Priya Patel');
const teams = teamsScene({
  now: new Date('2026-12-03T11:00:00Z'),
  districts: [aDistrict()],
  people: [registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] })],
});
const chat = personalChat(priya);

/** The examples the help card lists under "What you can ask me", as a person reads them. */
function helpExamples(): string[] {
  const card = JSON.parse(readFileSync(new URL('../../cards/help.json', import.meta.url), 'utf8')) as {
    body: { type: string; facts?: { title: string }[] }[];
  };
  const facts = card.body.find((element) => element.type === 'FactSet')?.facts ?? [];
  return facts.map((fact) => fact.title.replaceAll('${exampleDistrict}', 'Chesterfield'));
}

/** Examples that are not typed as they stand: a file sent to the bot, and a sentence the person ends. */
const NOT_TYPED_AS_SHOWN: Record<string, string | null> = {
  'a people file (CSV)': null,
  'reassign A-12 to Dan Reeves because …': 'reassign A-12 to Dan Reeves because Jo is on leave',
};

const typed = helpExamples().flatMap((example) => {
  const asTyped = example in NOT_TYPED_AS_SHOWN ? NOT_TYPED_AS_SHOWN[example] : example;
  return asTyped ? [asTyped] : [];
});

describe('the help card’s examples', () => {
  it('are the card’s own, a dozen or more', () => {
    expect(typed.length).toBeGreaterThanOrEqual(12);
    expect(typed).toContain('when is the next Challenge Day in Chesterfield?');
  });

  it.each(typed)('“%s” is understood and answered', async (text) => {
    expect((await teams.say(priya, chat, text)).status).toBe(200);
    const answer = teams.lastIn(chat)?.activity;
    const shown = [answer?.text ?? '', ...textsOf(cardIn(answer))].join(' ');
    expect(shown.trim()).not.toBe('');
    expect(shown).not.toMatch(/I understood|I didn’t recognise/);
  });
});

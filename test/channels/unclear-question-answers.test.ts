import { describe, expect, it } from 'vitest';
import { anAction, aDistrict } from '../support/fixtures.js';
import { buttonsOf } from '../support/card-buttons.js';
import { personalChat, teamsAndSlackScene, teamsUser } from '../support/scene.js';
import { buttonValue } from '../support/slack-button-value.js';
import { buttonPressed, slashCommand } from '../support/slack-requests.js';
import { cardIn, registered, textsOf } from '../support/teams-activities.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';

/*
 * A question the bot cannot answer gets one short message saying what it understood and at most three
 * questions to ask instead, each a button that asks it — never the whole help card again (issue 23).
 */

const priya = teamsUser('priya', 'Priya Patel');
const scene = teamsAndSlackScene({
  now: new Date('2026-12-03T11:00:00Z'),
  districts: [
    aDistrict(),
    aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'High Peak MAT', aliases: [] }),
  ],
  people: [
    registered(priya, {
      _id: 'person-priya',
      roles: ['qa_manager'],
      districtIds: [],
      identities: { teamsAadObjectId: priya.aadObjectId, slackUserId: 'U-PRIYA' },
    }),
  ],
  seed: () =>
    scene.database.stores.actions.create(
      anAction({
        what: 'Review the plans of every child on a protection plan',
        ownerId: 'person-priya',
        dueDate: calendarDateFromIso('2026-11-20'),
      }),
    ),
});
const chat = personalChat(priya);
const api = () => scene.slack;

/** The lines that only the help card has: none of them may appear in an unclear answer. */
const HELP_CARD_LINES = ['What you can ask me', 'Show this card.', 'Plan a Challenge Day (QA managers).'];

/** Questions the bot does not answer (those issue 23 named, such as "who owns the most overdue actions?", it now does). */
const FAILING = [
  'how is morale in Chesterfield?',
  'which social worker is best?',
  'who is on leave next week',
  'can you book me a meeting room',
  'what is the weather like',
];

async function askInTeams(text: string) {
  const asked = await scene.say(priya, chat, text);
  expect(asked.status).toBe(200);
  return cardIn(scene.lastIn(chat)?.activity);
}

async function askInSlack(text: string, name: string) {
  await scene.post(slashCommand('U-PRIYA', 'D-PRIYA', text, api().responseUrl(name)));
  await expect.poll(() => api().responses.some((response) => response.path.endsWith(`/${name}`))).toBe(true);
  return api().responses.find((response) => response.path.endsWith(`/${name}`))?.body ?? {};
}

describe('a question the bot cannot answer', () => {
  it.each(FAILING)(
    'Teams: “%s” gets what was understood and at most three buttons, not the help card',
    async (text) => {
      const card = await askInTeams(text);

      const shown = textsOf(card).join(' ');
      expect(shown).toMatch(/^I (understood|didn’t recognise)/);
      for (const line of HELP_CARD_LINES) expect(JSON.stringify(card)).not.toContain(line);
      const buttons = [...buttonsOf(card).values()];
      expect(buttons.length).toBeGreaterThan(0);
      expect(buttons.length).toBeLessThanOrEqual(3);
      expect(buttons.every((button) => button.verb === 'question.ask')).toBe(true);
    },
  );

  it.each(FAILING)(
    'Slack: “%s” gets what was understood and at most three buttons, not the help card',
    async (text) => {
      const answer = await askInSlack(text, `ask-${FAILING.indexOf(text)}`);

      const blocks = JSON.stringify(answer.blocks);
      expect(String(answer.text)).toMatch(/^I (understood|didn’t recognise)/);
      for (const line of HELP_CARD_LINES) expect(blocks).not.toContain(line);
      const asks = blocks.match(/question\.ask\.\d+\.\d+/g) ?? [];
      expect(asks.length).toBeGreaterThan(0);
      expect(asks.length).toBeLessThanOrEqual(3);
    },
  );

  it('a name typed into the question is not said back, neither in the message nor on a button', async () => {
    const card = await askInTeams('overdue actions for Kayden Marsh born 12/03/2015');

    expect(JSON.stringify(card)).not.toMatch(/kayden|marsh|12\/03\/2015/i);
    expect(textsOf(card).join(' ')).toContain('not repeated here, as it may identify someone');
  });
});

describe('pressing a suggested question', () => {
  it('Teams: asks it, and the answer is the answer to that question', async () => {
    const card = await askInTeams('how is morale in Chesterfield?');
    const suggestion = buttonsOf(card).get('overdue actions for Chesterfield');
    expect(suggestion).toBeDefined();

    const answered = await scene.press(priya, chat, 'unclear-1', 'question.ask', suggestion?.data ?? {});

    expect(answered.status).toBe(200);
    expect(JSON.stringify(answered.body)).toContain('Review the plans of every child on a protection plan');
  });

  it('Slack: asks it, and the answer is shown to the person who pressed it', async () => {
    const answer = await askInSlack('how is morale in Chesterfield?', 'press-1');
    const value = buttonValue(answer.blocks, 'overdue actions for Chesterfield');
    const before = api().callsOf('chat.postEphemeral').length;

    await scene.post(buttonPressed('U-PRIYA', 'D-PRIYA', '1700000000.000100', value));

    await expect.poll(() => api().callsOf('chat.postEphemeral').length).toBe(before + 1);
    const shown = api().callsOf('chat.postEphemeral').at(-1)?.args;
    expect(shown?.user).toBe('U-PRIYA');
    expect(JSON.stringify(shown?.blocks)).toContain('Review the plans of every child on a protection plan');
  });

  it('a button whose question was changed is refused, and the changed question is not asked', async () => {
    const card = await askInTeams('what is the weather like');
    const [first] = [...buttonsOf(card).values()];
    const people = await scene.database.stores.people.allByName(100);

    const answered = await scene.press(priya, chat, 'unclear-2', 'question.ask', {
      question: 'person left Priya Patel',
      seal: first?.data.seal ?? '',
    });

    expect(textsOf(answered.body.value).join(' ')).toContain('That button was changed after the bot sent it');
    expect(await scene.database.stores.people.allByName(100)).toEqual(people);
  });

  it('a suggestion to link “this channel” is not run from a button, which cannot say which channel', async () => {
    const card = await askInTeams('link this thing');
    const link = buttonsOf(card).get('link this channel to Chesterfield');
    expect(link).toBeDefined();
    const links = await scene.database.stores.conversationLinks.personalChatsOf('person-priya');

    const answered = await scene.press(priya, chat, 'unclear-3', 'question.ask', link?.data ?? {});

    expect(textsOf(answered.body.value).join(' ')).toContain(
      'Type “link this channel to Chesterfield” in the channel you mean',
    );
    expect(await scene.database.stores.conversationLinks.personalChatsOf('person-priya')).toEqual(links);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aChallengeDay } from '../../support/fixtures.js';
import { caseFindingSubmission } from '../../support/form-submissions.js';
import { teamsScene } from '../../support/scene.js';
import { cardIn, postActivity, cardAction, registered, textsOf } from '../../support/teams-activities.js';
import type { TeamsConversation } from '../../support/teams-activities.js';
import { startTestBot, type RunningTestBot } from '../../support/test-bot.js';
import type { SentCommand } from '../../support/test-database.js';

const danChat: TeamsConversation = { id: 'a:personal-chat-dan', type: 'personal', tenantId: 'tenant-derbyshire' };
const dan = { aadObjectId: 'aad-dan', name: 'Dan Reeves' };
const qaChat: TeamsConversation = { id: 'a:personal-chat-quinn', type: 'personal', tenantId: 'tenant-derbyshire' };
const quinn = { aadObjectId: 'aad-quinn', name: 'Quinn Adams' };
let dayId = '';

const teams = teamsScene({
  now: new Date('2026-12-03T11:00:00Z'),
  people: [
    registered(dan, { _id: 'person-dan', roles: ['auditor'] }),
    // A QA manager may submit findings on any day, without being on its audit team.
    registered(quinn, { _id: 'person-quinn', roles: ['qa_manager'] }),
  ],
  seed: async () => {
    dayId = (
      await teams.database.stores.challengeDays.create(
        aChallengeDay({ status: 'in_progress', auditTeamIds: ['person-dan'] }),
      )
    )._id;
  },
});
const { database, connector } = teams;

/**
 * A second instance of the bot on the same database, as a county running two: what one changes, the other
 * must see. Its own stores, caches and outbox.
 */
let other: RunningTestBot | undefined;
beforeAll(async () => {
  other = await startTestBot(database, {}, new Date('2026-12-03T11:00:00Z'));
});
afterAll(async () => {
  await other?.close();
});
const otherInstance = () => {
  if (!other) throw new Error('the second instance is not running');
  return other.bot.stores;
};

let cards = 0;
/** A new case finding submitted from a card of its own, on the first instance. */
async function submitFinding(who: typeof dan, where: TeamsConversation, caseReference: string) {
  cards += 1;
  return teams.press(who, where, `finding-card-${cards}`, 'finding.submit', {
    challengeDayId: dayId,
    ...caseFindingSubmission({ caseReference }),
  });
}

/** The commands the first instance sent while `work` ran and until its outbox was idle again. */
async function commandsOf(work: () => Promise<unknown>): Promise<{ answering: SentCommand[]; after: SentCommand[] }> {
  await teams.settle();
  database.takeCommands();
  await work();
  const answering = database.takeCommands();
  await teams.settle();
  return { answering, after: database.takeCommands() };
}

const named = (commands: readonly SentCommand[]) => commands.map((command) => `${command.name} ${command.collection}`);

describe('a case finding submitted in Teams, as the database sees it', () => {
  it('costs five reads and two writes once the bot knows the person: nothing queued, so no outbox work', async () => {
    await submitFinding(dan, danChat, 'CR-700001');

    const { answering, after } = await commandsOf(() => submitFinding(dan, danChat, 'CR-700002'));

    expect(named(answering).sort()).toEqual([
      'find case_samples', // the day's sample, read beside the day: the case's site (district or MAT)
      'find challenge_days', // the day: who may submit, whether it is open (read beside the themes)
      'find conversation_links', // the chat's link, kept fresh (read beside the person)
      'find people', // the person, read fresh every time: roles, districts, whether they have left
      // The district's teams are read only when the sample holds the case without saying its site.
      'find themes', // the learning themes the form may choose
      'insert audit_events',
      'insert case_findings',
    ]);
    // Nothing was queued: no outbox run looks for messages, and the card replaced after the answer writes nothing.
    expect(after).toEqual([]);
  });

  it('the card is replaced for everyone after the answer, which already shows the receipt to whoever pressed', async () => {
    const response = await submitFinding(dan, danChat, 'CR-700003');
    const card = `finding-card-${cards}`;
    expect(textsOf(response.body.value).join(' ')).toContain('Case finding saved: CR-700003');

    await teams.settle();
    const replaced = connector.callsTo(danChat.id).filter((call) => call.method === 'PUT' && call.activityId === card);
    expect(replaced).toHaveLength(1);
    expect(textsOf(cardIn(replaced[0]?.activity)).join(' ')).toContain('Case finding saved: CR-700003');
  });

  it('when Teams fails the replacement, the outbox tries it again and the card is replaced once Teams answers', async () => {
    connector.failNext({ status: 503, conversationId: danChat.id });
    const response = await submitFinding(dan, danChat, 'CR-700004');
    const card = `finding-card-${cards}`;
    expect(textsOf(response.body.value).join(' ')).toContain('Case finding saved: CR-700004');
    await teams.settle();
    const replacedOk = () =>
      connector.callsTo(danChat.id).filter((call) => call.method === 'PUT' && call.activityId === card);
    expect(replacedOk()).toHaveLength(0);
    expect(connector.requests.filter((request) => request.method === 'PUT').at(-1)?.status).toBe(503);

    await teams.later(5 * 60_000);

    expect(replacedOk()).toHaveLength(1);
    expect(textsOf(cardIn(replacedOk()[0]?.activity)).join(' ')).toContain('Case finding saved: CR-700004');
    // Kept in the outbox until Teams took it, and sent once.
    const kept = await database.db.collection('outbox').find({ sentMessageId: card }).toArray();
    expect(kept).toMatchObject([{ status: 'sent', notification: { kind: 'card_replaced' } }]);
  });
});

describe('a change made on another instance of the bot', () => {
  it('a QA manager whose role is removed there is refused here at once, though this instance knew them', async () => {
    const before = await submitFinding(quinn, qaChat, 'CR-710001');
    expect(textsOf(before.body.value).join(' ')).toContain('Case finding saved: CR-710001');

    const person = await otherInstance().people.findById('person-quinn');
    if (!person) throw new Error('Quinn is not registered');
    await otherInstance().people.save({ ...person, roles: ['auditor'] });
    const after = await submitFinding(quinn, qaChat, 'CR-710002');

    expect(textsOf(after.body.value).join(' ')).not.toContain('Case finding saved');
    const stored = await database.stores.caseFindings.forChallengeDay(dayId);
    expect(stored.map((finding) => finding.caseReference)).not.toContain('CR-710002');
  });

  it('someone recorded there as having left is refused here at once', async () => {
    await submitFinding(dan, danChat, 'CR-720001');
    const person = await otherInstance().people.findById('person-dan');
    if (!person) throw new Error('Dan is not registered');
    await otherInstance().people.save({ ...person, leftAt: new Date('2026-12-03T10:00:00Z') });

    const after = await submitFinding(dan, danChat, 'CR-720002');

    expect(JSON.stringify(after.body)).toContain('left the service');
    const stored = await database.stores.caseFindings.forChallengeDay(dayId);
    expect(stored.map((finding) => finding.caseReference)).not.toContain('CR-720002');
    await otherInstance().people.save(person);
  });

  it('a Teams identity given there to someone else is recognised here as theirs at once', async () => {
    await submitFinding(dan, danChat, 'CR-730001');
    const person = await otherInstance().people.findById('person-dan');
    if (!person) throw new Error('Dan is not registered');
    await otherInstance().people.save({ ...person, identities: {} });
    await otherInstance().people.save(
      registered(dan, { _id: 'person-dan-new', roles: ['auditor'], displayName: 'Dan Reeves (new record)' }),
    );

    const after = await submitFinding(dan, danChat, 'CR-730002');

    // The new record is not on the day's audit team: refused, and nothing is stored under the old record.
    expect(textsOf(after.body.value).join(' ')).not.toContain('Case finding saved');
    const stored = await database.stores.caseFindings.forChallengeDay(dayId);
    expect(stored.find((finding) => finding.caseReference === 'CR-730002')).toBeUndefined();
  });

  it('a chat marked broken there is seen working again here on the next card pressed in it', async () => {
    await submitFinding(quinn, qaChat, 'CR-740001');
    const link = await otherInstance().conversationLinks.findByConversation('teams', qaChat.id);
    if (!link) throw new Error('no link for the chat');
    await otherInstance().conversationLinks.markBroken(link._id, 'the bot was removed', new Date());

    await postActivity(
      teams.running.baseUrl,
      cardAction(connector.serviceUrl, qaChat, quinn, 'finding-card-broken', 'finding.submit', {
        challengeDayId: dayId,
        ...caseFindingSubmission({ caseReference: 'CR-740002' }),
      }),
    );

    expect(await database.stores.conversationLinks.findByConversation('teams', qaChat.id)).toMatchObject({
      status: 'active',
    });
  });
});

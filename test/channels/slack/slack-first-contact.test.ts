import { describe, expect, it } from 'vitest';
import { anAction, aPersonByEmail } from '../../support/fixtures.js';
import { personalChat, teamsAndSlackScene, teamsUser } from '../../support/scene.js';
import { buttonPressed, slashCommand, TEAM_ID } from '../../support/slack-requests.js';

/*
 * A county starting from nothing in Slack: an empty database (no district, no person) and one QA manager
 * named in BOOTSTRAP_ADMIN_EMAILS. Everyone is recognised by the email users.info gives for them (the
 * fake's workspace); the same bot also answers Teams, where the QA manager is then the same person.
 */
const start = new Date('2026-12-01T09:00:00Z');

const scene = teamsAndSlackScene({
  now: start,
  districts: [],
  env: { BOOTSTRAP_ADMIN_EMAILS: 'nobody.yet@derbyshire.gov.uk, Priya.Patel@derbyshire.gov.uk' },
});
const { database, slack, connector } = scene;

let commands = 0;
/** `/challenge <text>` from a user in their direct message with the bot; the answer posted to its response_url. */
const answerTo = async (userId: string, text: string) => {
  commands += 1;
  const name = `command-${commands}`;
  const posted = await scene.post(slashCommand(userId, `D-${userId}`, text, slack.responseUrl(name)));
  expect(posted.status).toBe(200);
  await expect.poll(() => slack.responses.some((response) => response.path.endsWith(`/${name}`))).toBe(true);
  return String(slack.responses.find((response) => response.path.endsWith(`/${name}`))?.body.text ?? '');
};

const people = () => database.stores.people.allByName(100);
const usersInfoCalls = () => slack.callsOf('users.info');

describe('Slack: a county starting from nothing', () => {
  it('someone writing before any QA manager exists is told nobody can add them yet, and nothing is stored', async () => {
    slack.addUser({ id: 'U-STAN', name: 'stan', realName: 'Stan Ranger', email: 'stan.ranger@derbyshire.gov.uk' });

    expect(await answerTo('U-STAN', 'my actions')).toBe(
      'You are not registered with the Challenge Day bot yet, and no QA manager is registered to add you: ask whoever runs the bot for your county.',
    );
    expect(await people()).toEqual([]);
  });

  it('the person named in BOOTSTRAP_ADMIN_EMAILS becomes a QA manager on first contact, matched by email whatever its case, and is walked through the set-up', async () => {
    slack.addUser({ id: 'U-PRIYA', name: 'priya', realName: 'Priya Patel', email: 'PRIYA.PATEL@derbyshire.gov.uk' });

    const answer = await answerTo('U-PRIYA', '');

    expect(usersInfoCalls().at(-1)?.args).toMatchObject({ user: 'U-PRIYA' });
    const [record] = await people();
    expect(record).toMatchObject({
      displayName: 'Priya Patel',
      email: 'priya.patel@derbyshire.gov.uk',
      roles: ['qa_manager'],
      identities: { slackUserId: 'U-PRIYA' },
    });
    expect(answer).toContain('Set up the Challenge Day bot: add districts, then people, then link channels');
    expect(answer).toContain('/challenge link <district>');
    const trail = await database.stores.auditEvents.trailFor('person', record?._id ?? '');
    expect(trail).toEqual([
      expect.objectContaining({ transition: 'register', actorId: 'system', before: 'none', after: 'registered' }),
    ]);
    expect(trail[0]?.note).toContain('identities.slackUserId: (none) → U-PRIYA');
  });

  it('the same QA manager writing in Teams is linked to the same record by email, not registered twice', async () => {
    const priyaInTeams = teamsUser('priya', 'Priya Patel');
    connector.addMember({
      id: `29:${priyaInTeams.aadObjectId}`,
      aadObjectId: priyaInTeams.aadObjectId,
      name: 'Priya Patel',
      email: 'priya.patel@DERBYSHIRE.gov.uk',
    });

    scene.setNow(new Date(start.getTime() + 60_000));
    await scene.say(priyaInTeams, personalChat(priyaInTeams), 'hello');

    const [record, ...others] = await people();
    expect(others).toEqual([]);
    expect(record?.identities).toEqual({ slackUserId: 'U-PRIYA', teamsAadObjectId: priyaInTeams.aadObjectId });
    const trail = await database.stores.auditEvents.trailFor('person', record?._id ?? '');
    expect(trail.map((event) => event.transition)).toEqual(['register', 'link_identity']);
    expect(String(scene.lastIn(personalChat(priyaInTeams))?.activity.text)).toContain('Set up the Challenge Day bot');
  });

  it('a stranger is told who can add them: the QA managers, by name', async () => {
    expect(await answerTo('U-STAN', 'my actions')).toBe(
      'You are not registered with the Challenge Day bot yet, so it cannot act for you: ask your QA manager, Priya Patel, to add you.',
    );
  });

  it('someone Slack gives no email for, or does not know, is told the same', async () => {
    slack.addUser({ id: 'U-GUEST', name: 'guest', realName: 'A Guest' });

    for (const userId of ['U-GUEST', 'U-UNKNOWN']) {
      expect(await answerTo(userId, 'my actions')).toContain('ask your QA manager, Priya Patel, to add you');
    }
    expect(await people()).toHaveLength(1);
  });

  it('a registered person (email on record, no Slack id) writing for the first time is linked and answered', async () => {
    await database.stores.people.save(aPersonByEmail('Amy Owen'));
    slack.addUser({ id: 'U-AMY', name: 'amy', realName: 'Amy Owen', email: 'Amy.Owen@Derbyshire.gov.uk' });

    const answer = await answerTo('U-AMY', 'my actions');

    expect(answer).not.toContain('not registered');
    expect(await database.stores.people.findBySlackId('U-AMY')).toMatchObject({ _id: 'person-amy' });
    expect(await database.stores.auditEvents.trailFor('person', 'person-amy')).toEqual([
      expect.objectContaining({
        transition: 'link_identity',
        actorId: 'system',
        note: 'identities.slackUserId: (none) → U-AMY',
      }),
    ]);
    const lookups = usersInfoCalls().length;
    await answerTo('U-AMY', 'my actions');
    expect(usersInfoCalls()).toHaveLength(lookups);
  });

  it('a record already linked to another Slack account is not linked again: the writer is refused and nothing changes', async () => {
    const record = aPersonByEmail('Olive Grant', { slackUserId: 'U-OLIVE-FIRST' });
    await database.stores.people.save(record);
    slack.addUser({
      id: 'U-OLIVE-SECOND',
      name: 'olive',
      realName: 'Olive Grant',
      email: 'olive.grant@derbyshire.gov.uk',
    });

    expect(await answerTo('U-OLIVE-SECOND', 'my actions')).toBe(
      'The record with your work email is already linked to another chat account, so the bot cannot act for you: ask a QA manager to check your record.',
    );
    expect(await database.stores.people.findById('person-olive')).toEqual(record);
    expect(await database.stores.auditEvents.trailFor('person', 'person-olive')).toEqual([]);
  });

  /** Slack's event when someone opens the bot's App Home tab. */
  const homeOpened = (userId: string) =>
    scene.post({
      body: JSON.stringify({
        token: 'deprecated',
        team_id: TEAM_ID,
        api_app_id: 'A-CHALLENGE',
        type: 'event_callback',
        event_id: `Ev-HOME-${userId}`,
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_home_opened', user: userId, channel: `D-${userId}`, tab: 'home' },
      }),
      contentType: 'application/json',
    });
  const homeOf = (userId: string) =>
    JSON.stringify(slack.callsOf('views.publish').findLast((call) => call.args.user_id === userId)?.args ?? {});

  it('someone registered by email who opens App Home before writing is linked, and sees their own actions', async () => {
    await database.stores.people.save(aPersonByEmail('Hana Moss'));
    await database.stores.actions.create(
      anAction({ ownerId: 'person-hana', what: 'Chronologies reviewed at every supervision' }),
    );
    slack.addUser({ id: 'U-HANA', name: 'hana', realName: 'Hana Moss', email: 'hana.moss@derbyshire.gov.uk' });

    expect((await homeOpened('U-HANA')).status).toBe(200);

    await expect.poll(() => homeOf('U-HANA')).toContain('Chronologies reviewed at every supervision');
    expect(await database.stores.people.findBySlackId('U-HANA')).toMatchObject({ _id: 'person-hana' });
  });

  it('a stranger opening App Home reads who can add them there', async () => {
    await homeOpened('U-STAN');

    await expect
      .poll(() => homeOf('U-STAN'))
      .toContain(
        'You are not registered with the Challenge Day bot yet, so it cannot act for you: ask your QA manager, Priya Patel, to add you.',
      );
  });

  it('a stranger pressing a button is told, only to them, who can add them', async () => {
    await scene.post(
      buttonPressed('U-STAN', 'C-CHESTERFIELD', '1700000000.000100', JSON.stringify({ verb: 'query.page', page: 1 })),
    );

    await expect
      .poll(() => slack.callsOf('chat.postEphemeral').find((call) => call.args.user === 'U-STAN')?.args.text)
      .toBe(
        'You are not registered with the Challenge Day bot yet, so it cannot act for you: ask your QA manager, Priya Patel, to add you.',
      );
  });
});

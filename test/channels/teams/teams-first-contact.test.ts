import { describe, expect, it } from 'vitest';
import { aPersonByEmail } from '../../support/fixtures.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import type { TeamsUser } from '../../support/teams-activities.js';

/*
 * A county starting from nothing in Teams: an empty database (no district, no person) and one QA manager
 * named in BOOTSTRAP_ADMIN_EMAILS. Everyone is recognised by the email Teams' directory gives for them,
 * through the Bot Connector's conversation members API (the fake's roster).
 */
const start = new Date('2026-12-01T09:00:00Z');
const priya = teamsUser('priya', 'Priya Patel');
const sam = teamsUser('sam', 'Sam Auditor');
const olive = teamsUser('olive-new-account', 'Olive Grant');
const stranger = teamsUser('stranger', 'Stan Ranger');
const guest = teamsUser('guest', 'Guest Without Email');

const teams = teamsScene({
  now: start,
  districts: [],
  env: { BOOTSTRAP_ADMIN_EMAILS: 'priya.patel@derbyshire.gov.uk,martin.cole@derbyshire.gov.uk' },
});
const { database, connector } = teams;

/** Teams' directory knows them: the members API gives their email (and user principal name). */
const inDirectory = (user: TeamsUser, email?: string, userPrincipalName?: string) =>
  connector.addMember({
    id: `29:${user.aadObjectId}`,
    aadObjectId: user.aadObjectId,
    name: user.name,
    ...(email ? { email } : {}),
    ...(userPrincipalName ? { userPrincipalName } : {}),
  });

const answerTo = async (user: TeamsUser, text: string) => {
  const answered = await teams.say(user, personalChat(user), text);
  expect(answered.status).toBe(200);
  return teams.lastCardTextIn(personalChat(user)) + String(teams.lastIn(personalChat(user))?.activity.text ?? '');
};

const people = () => database.stores.people.allByName(100);

describe('Teams: a county starting from nothing', () => {
  it('someone writing before any QA manager exists is told nobody can add them yet, and nothing is stored', async () => {
    inDirectory(stranger, 'stan.ranger@derbyshire.gov.uk');

    const answer = await answerTo(stranger, 'my actions');

    expect(answer).toBe(
      'You are not registered with the Challenge Day bot yet, and no QA manager is registered to add you: ask whoever runs the bot for your county.',
    );
    expect(await people()).toEqual([]);
  });

  it('the person named in BOOTSTRAP_ADMIN_EMAILS becomes a QA manager on first contact, matched by email whatever its case, and is walked through the set-up', async () => {
    inDirectory(priya, 'Priya.Patel@Derbyshire.gov.uk');

    const answer = await answerTo(priya, 'hello');

    const [record] = await people();
    expect(record).toMatchObject({
      displayName: 'Priya Patel',
      email: 'priya.patel@derbyshire.gov.uk',
      roles: ['qa_manager'],
      districtIds: [],
      identities: { teamsAadObjectId: priya.aadObjectId },
    });
    expect(connector.memberLookups.at(-1)).toMatchObject({ memberId: `29:${priya.aadObjectId}`, status: 200 });
    expect(answer).toContain('Set up the Challenge Day bot: add districts, then people, then link channels');
    expect(answer).toContain('Write “add a district”');
    expect(answer).toContain('link this channel to <district>');

    const trail = await database.stores.auditEvents.trailFor('person', record?._id ?? '');
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ transition: 'register', actorId: 'system', before: 'none', after: 'registered' });
    expect(trail[0]?.note).toContain('email: (none) → priya.patel@derbyshire.gov.uk');
    expect(trail[0]?.note).toContain('roles: (none) → qa_manager');
    expect(trail[0]?.note).toContain(`identities.teamsAadObjectId: (none) → ${priya.aadObjectId}`);
  });

  it('the QA manager is known by their Teams identity from then on: Teams is not asked again', async () => {
    const lookups = connector.memberLookups.length;

    const answer = await answerTo(priya, 'help');

    expect(connector.memberLookups).toHaveLength(lookups);
    expect(answer).toContain('Set up the Challenge Day bot');
    expect(await people()).toHaveLength(1);
  });

  it('a QA manager’s first two messages at once make one record, and both are answered', async () => {
    const martin = teamsUser('martin', 'Martin Cole');
    inDirectory(martin, 'martin.cole@derbyshire.gov.uk');

    const chat = personalChat(martin);
    await Promise.all([teams.say(martin, chat, 'hello'), teams.say(martin, chat, 'help')]);

    const answers = connector.callsTo(chat.id).map((call) => String(call.activity.text));
    expect(answers).toHaveLength(2);
    for (const answer of answers) expect(answer).toContain('Set up the Challenge Day bot');
    const records = (await people()).filter((person) => person.email === 'martin.cole@derbyshire.gov.uk');
    expect(records).toEqual([expect.objectContaining({ identities: { teamsAadObjectId: martin.aadObjectId } })]);
  });

  it('a stranger is told who can add them: the QA managers, by name', async () => {
    expect(await answerTo(stranger, 'my actions')).toBe(
      'You are not registered with the Challenge Day bot yet, so it cannot act for you: ask a QA manager, Martin Cole or Priya Patel, to add you.',
    );
  });

  it('someone Teams gives no email for, or who is not in the conversation, is told the same', async () => {
    inDirectory(guest);
    const nobody = teamsUser('not-a-member', 'Not A Member');

    for (const user of [guest, nobody]) {
      expect(await answerTo(user, 'my actions')).toContain('ask a QA manager, Martin Cole or Priya Patel, to add you');
    }
    expect(connector.memberLookups.at(-1)).toMatchObject({ memberId: `29:${nobody.aadObjectId}`, status: 404 });
    expect(await people()).toHaveLength(2);
  });

  it('a registered person (email on record, no Teams identity) writing for the first time is linked and answered', async () => {
    await database.stores.people.save(aPersonByEmail('Sam Auditor'));
    // The directory gives the user principal name only, in another case than the record's.
    inDirectory(sam, undefined, 'SAM.Auditor@derbyshire.gov.uk');

    const answer = await answerTo(sam, 'my actions');

    expect(answer).not.toContain('not registered');
    expect(answer).not.toContain('Set up the Challenge Day bot');
    expect(await database.stores.people.findById('person-sam')).toMatchObject({
      identities: { teamsAadObjectId: sam.aadObjectId },
      roles: ['auditor'],
    });
    expect(await database.stores.people.findByTeamsId(sam.aadObjectId)).toMatchObject({ _id: 'person-sam' });
    const trail = await database.stores.auditEvents.trailFor('person', 'person-sam');
    expect(trail).toEqual([
      expect.objectContaining({
        transition: 'link_identity',
        actorId: 'system',
        before: 'registered',
        after: 'registered',
        note: `identities.teamsAadObjectId: (none) → ${sam.aadObjectId}`,
      }),
    ]);
  });

  it('a record already linked to another Teams account is not linked again: the writer is refused and nothing changes', async () => {
    const oliveRecord = aPersonByEmail('Olive Grant', { teamsAadObjectId: 'aad-olive-first-account' });
    await database.stores.people.save(oliveRecord);
    inDirectory(olive, 'olive.grant@derbyshire.gov.uk');

    const answer = await answerTo(olive, 'my actions');

    expect(answer).toBe(
      'The record with your work email is already linked to another chat account, so the bot cannot act for you: ask a QA manager to check your record.',
    );
    expect(await database.stores.people.findById('person-olive')).toEqual(oliveRecord);
    expect(await database.stores.auditEvents.trailFor('person', 'person-olive')).toEqual([]);
  });

  it('a registered person whose first contact is a button on a card is linked by email as well', async () => {
    const ann = teamsUser('ann', 'Ann Lee');
    await database.stores.people.save(aPersonByEmail('Ann Lee'));
    inDirectory(ann, 'ann.lee@derbyshire.gov.uk');

    const pressed = await teams.press(ann, personalChat(ann), 'card-1', 'query.page', { page: 1 });

    expect(pressed.status).toBe(200);
    expect(JSON.stringify(pressed.body)).not.toContain('not registered');
    expect(await database.stores.people.findByTeamsId(ann.aadObjectId)).toMatchObject({ _id: 'person-ann' });
  });

  it('a stranger pressing a button is told, on the card, who can add them', async () => {
    const pressed = await teams.press(stranger, personalChat(stranger), 'card-1', 'query.page', { page: 1 });

    expect(pressed.body).toMatchObject({
      statusCode: 200,
      value:
        'You are not registered with the Challenge Day bot yet, so it cannot act for you: ask a QA manager, Martin Cole or Priya Patel, to add you.',
    });
  });
});

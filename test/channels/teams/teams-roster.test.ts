import { describe, expect, it } from 'vitest';
import type { TeamsMember } from '../../fakes/bot-connector.js';
import { aPerson } from '../../support/fixtures.js';
import { personalChat, teamsChannel, teamsScene, teamsUser } from '../../support/scene.js';
import {
  cardIn,
  factsOf,
  message,
  postActivity,
  registered,
  textsOf,
  type TeamsConversation,
} from '../../support/teams-activities.js';

const priya = teamsUser('priya', 'Priya Patel');
const jo = teamsUser('jo', 'Jo Bennett');
const channel = teamsChannel('chesterfield-general');
const unlinked = teamsChannel('social');
const priyasChat = personalChat(priya);
const TEAM_ID = '19:chesterfield-team@thread.tacv2';

const member = (key: string, name: string, over: Partial<TeamsMember> = {}): TeamsMember => ({
  id: `29:${key}`,
  aadObjectId: `aad-${key}`,
  name,
  ...over,
});
const members: TeamsMember[] = [
  member('priya', 'Priya Patel', { email: 'priya.patel@derbyshire.gov.uk' }),
  // Registered by email only, not yet linked to her Teams account: not offered.
  member('jo', 'Jo Bennett', { email: 'Jo.Bennett@derbyshire.gov.uk' }),
  member('amy', 'Amy Clarke', { email: 'amy.clarke@derbyshire.gov.uk' }),
  member('ben', 'Ben Okafor', { userPrincipalName: 'ben.okafor@derbyshire.gov.uk' }),
  member('guest', 'Sam (Health guest)'),
];

const teams = teamsScene({
  now: new Date('2026-12-01T09:00:00Z'),
  people: [
    registered(priya, {
      _id: 'person-priya',
      roles: ['qa_manager'],
      districtIds: [],
      email: 'priya.patel@derbyshire.gov.uk',
    }),
    aPerson({
      _id: 'person-jo',
      displayName: 'Jo Bennett',
      roles: ['staff'],
      email: 'jo.bennett@derbyshire.gov.uk',
      identities: {},
    }),
  ],
});
const { database, connector } = teams;

/** A message in a team channel, as Teams sends it: the team named in the channel data. */
function inTeam(who: typeof priya, where: TeamsConversation, text: string) {
  const activity = message(connector.serviceUrl, where, who, text);
  return postActivity(teams.running.baseUrl, {
    ...activity,
    channelData: { ...activity.channelData, team: { id: TEAM_ID }, channel: { id: where.id } },
  });
}

function lastCard(where: TeamsConversation) {
  const call = teams.lastIn(where);
  return { id: call?.id ?? '', card: cardIn(call?.activity) };
}

function inputsOf(card: unknown): { id: string; label: string; value: string }[] {
  const body = ((card as { body?: unknown[] } | undefined)?.body ?? []) as Record<string, unknown>[];
  return body
    .filter((element) => element.type === 'Input.ChoiceSet')
    .map((element) => ({ id: String(element.id), label: String(element.label), value: String(element.value) }));
}

describe('who here is not registered? (Teams)', () => {
  it('offers the team’s members whom the bot does not know, with roles, and says who cannot be added and why', async () => {
    connector.setTeamMembers(TEAM_ID, members, { pageSize: 2 });
    await inTeam(priya, channel, 'link this channel to Chesterfield');
    await inTeam(priya, channel, 'who here is not registered?');

    const { card } = lastCard(channel);
    const text = textsOf(card).join(' ');
    expect(text).toContain('3 people here are not registered with the bot (this channel is linked to Chesterfield)');
    expect(inputsOf(card)).toEqual([
      { id: 'role_0', label: 'Amy Clarke · amy.clarke@derbyshire.gov.uk', value: 'staff' },
      { id: 'role_1', label: 'Ben Okafor · ben.okafor@derbyshire.gov.uk', value: 'staff' },
    ]);
    expect(text).toContain('Not addable — the platform gives no work email for them');
    expect(text).toContain('Sam (Health guest)');
    // Every page of the team was read, following the continuation token.
    const reads = connector.pagedMemberReads.filter((read) => read.teamId === TEAM_ID);
    expect(reads.length).toBe(3);
    expect(reads.slice(1).every((read) => read.continuationToken)).toBe(true);
  });

  it('adds them all to the district with the roles chosen, audited; pressed again it adds nobody twice', async () => {
    const { id, card } = lastCard(channel);
    const button = (card?.actions as { verb: string; data: { offerId: string } }[])[0]!;
    expect(button.verb).toBe('roster.add');

    await teams.press(priya, channel, id, 'roster.add', { ...button.data, role_0: 'staff', role_1: 'auditor' });

    const amy = await database.stores.people.findByEmail('amy.clarke@derbyshire.gov.uk');
    const ben = await database.stores.people.findByEmail('ben.okafor@derbyshire.gov.uk');
    expect(amy).toMatchObject({ displayName: 'Amy Clarke', roles: ['staff'], districtIds: ['chesterfield'] });
    expect(ben).toMatchObject({ displayName: 'Ben Okafor', roles: ['auditor'], districtIds: ['chesterfield'] });
    const trail = await database.stores.auditEvents.trailFor('person', amy!._id);
    expect(trail).toEqual([expect.objectContaining({ transition: 'add', actorId: 'person-priya' })]);
    const receipt = cardIn(connector.message(id));
    expect(textsOf(receipt).join(' ')).toContain('2 people added');
    expect(factsOf(receipt)).toContain('Added to Chesterfield: Amy Clarke, Ben Okafor');

    const peopleBefore = await database.stores.people.allByName(100);
    const answer = await teams.press(priya, channel, id, 'roster.add', { ...button.data, role_0: 'staff' });
    expect(textsOf(answer.body).join(' ')).toContain('These members were added already');
    expect(await database.stores.people.allByName(100)).toEqual(peopleBefore);
    expect(await database.stores.auditEvents.trailFor('person', amy!._id)).toHaveLength(1);
  });

  it('leaves alone a member registered after the card was made', async () => {
    connector.setTeamMembers(TEAM_ID, [...members, member('cal', 'Cal Reed', { email: 'cal.reed@derbyshire.gov.uk' })]);
    await inTeam(priya, channel, 'who here is not registered?');
    const { id, card } = lastCard(channel);
    expect(inputsOf(card).map((input) => input.label)).toEqual(['Cal Reed · cal.reed@derbyshire.gov.uk']);
    await database.stores.people.save(
      aPerson({
        _id: 'person-cal',
        displayName: 'Cal Reed',
        roles: ['senior_manager'],
        email: 'cal.reed@derbyshire.gov.uk',
      }),
    );

    const data = (card?.actions as { data: Record<string, string> }[])[0]!.data;
    await teams.press(priya, channel, id, 'roster.add', { ...data, role_0: 'staff' });

    expect(await database.stores.people.findByEmail('cal.reed@derbyshire.gov.uk')).toMatchObject({
      _id: 'person-cal',
      roles: ['senior_manager'],
    });
    expect(factsOf(cardIn(connector.message(id)))).toContain('Registered already, left as they are: Cal Reed');
  });

  it('says everyone is registered when nobody is left to add', async () => {
    connector.setTeamMembers(TEAM_ID, members.slice(0, 4));
    await inTeam(priya, channel, 'who here is not registered?');
    const { card } = lastCard(channel);
    expect(textsOf(card).join(' ')).toContain('Everyone here is registered with the bot');
    expect(card?.actions ?? []).toEqual([]);
  });

  it('refuses anyone but a QA manager, naming who can', async () => {
    await database.stores.people.save(
      registered(jo, { _id: 'person-jo-linked', roles: ['district_manager'], email: 'jo.b@derbyshire.gov.uk' }),
    );
    await inTeam(jo, channel, 'who here is not registered?');
    expect(textsOf(lastCard(channel).card).join(' ')).toContain('Only a QA manager can add a channel’s members');
  });

  it('explains that it works only in a channel linked to a district', async () => {
    await inTeam(priya, unlinked, 'who here is not registered?');
    expect(textsOf(lastCard(unlinked).card).join(' ')).toContain('Ask this in a team channel');
    await teams.say(priya, priyasChat, 'who here is not registered?');
    expect(teams.lastCardTextIn(priyasChat)).toContain('Ask this in a team channel');
  });
});

import { describe, expect, it } from 'vitest';
import { isoWeekOf } from '../../../src/domain/scheduling/periods.js';
import { digestWorkId } from '../../../src/domain/scheduling/plan-posts.js';
import { driver } from '../../../src/store/driver-collection.js';
import { aChallengeDay } from '../../support/fixtures.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import { cardIn, registered, textsOf, type TeamsUser } from '../../support/teams-activities.js';

/*
 * A QA manager sets up the county's districts and teams in Teams, from an empty database: bootstrapped by
 * email, they add a district on its form, rename it, give it a team, and retire it. Everyone else may read
 * the lists and is refused the rest.
 */
const start = new Date('2026-12-01T09:00:00Z');
const priya = teamsUser('priya', 'Priya Patel');
const jo = teamsUser('jo', 'Jo Bennett');

const teams = teamsScene({
  now: start,
  districts: [],
  env: { BOOTSTRAP_ADMIN_EMAILS: 'priya.patel@derbyshire.gov.uk' },
});
const { database, connector } = teams;

/** Every Action.Execute button on a card, in reading order. */
function buttonsOn(card: unknown): { title: string; verb: string; data: Record<string, string> }[] {
  const found: { title: string; verb: string; data: Record<string, string> }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'Action.Execute') {
        found.push({
          title: String(element.title),
          verb: String(element.verb),
          data: (element.data ?? {}) as Record<string, string>,
        });
      }
      Object.values(element).forEach(walk);
    }
  };
  walk(card);
  return found;
}

let cards = 0;
/** Presses a button as Teams sends it, on a card of its own; the card or answer that comes back. */
async function press(who: TeamsUser, verb: string, data: Record<string, unknown>) {
  cards += 1;
  const answered = await teams.press(who, personalChat(who), `card-${cards}`, verb, data);
  expect(answered.status).toBe(200);
  return answered.body.value as Record<string, unknown>;
}

/** What the bot answered in the person's chat to a message: the card it sent. */
async function say(who: TeamsUser, text: string) {
  const answered = await teams.say(who, personalChat(who), text);
  expect(answered.status).toBe(200);
  return cardIn(teams.lastIn(personalChat(who))?.activity);
}

const text = (card: unknown) => textsOf(card).join(' ');
const districts = () => database.stores.districts.all();
const districtTrail = async (id: string) =>
  (await database.stores.auditEvents.trailFor('district', id)).map((event) => event.transition);

describe('Teams: districts and teams set up in chat by a QA manager', () => {
  it('a bootstrap QA manager on an empty database is told to write “add a district”, and it opens the form', async () => {
    connector.addMember({
      id: `29:${priya.aadObjectId}`,
      aadObjectId: priya.aadObjectId,
      name: priya.name,
      email: 'priya.patel@derbyshire.gov.uk',
    });

    await say(priya, 'hello');
    expect(String(teams.lastIn(personalChat(priya))?.activity.text)).toContain('Write “add a district”');
    const form = await say(priya, 'add a district');

    expect(text(form)).toContain('Add a district');
    expect(buttonsOn(form).map((button) => button.verb)).toEqual(['district.add']);
  });

  it('the form adds the district, with its MAT locality and other names, and audits it', async () => {
    const receipt = await press(priya, 'district.add', {
      name: 'Erewash',
      matLocality: 'Erewash MAT',
      aliases: 'Ilkeston, Long Eaton',
    });

    expect(text(receipt)).toContain('District added: Erewash');
    const [erewash, ...others] = await districts();
    expect(others).toEqual([]);
    expect(erewash).toMatchObject({ name: 'Erewash', matLocality: 'Erewash MAT', aliases: ['Ilkeston', 'Long Eaton'] });
    const [added] = await database.stores.auditEvents.trailFor('district', erewash?._id ?? '');
    expect(added).toMatchObject({
      transition: 'add',
      actorId: (await database.stores.people.findByTeamsId(priya.aadObjectId))?._id,
    });
    expect(text(await say(priya, 'hello'))).not.toContain('Set up the Challenge Day bot');
  });

  it('a name another district has, ignoring case, or one of its other names, is refused beside the input, and nothing is written', async () => {
    const before = await database.stores.auditEvents.collection[driver].countDocuments();

    const sameName = await press(priya, 'district.add', { name: 'EREWASH', matLocality: 'Somewhere MAT', aliases: '' });
    const anAlias = await press(priya, 'district.add', { name: 'ilkeston', matLocality: 'Somewhere MAT', aliases: '' });

    expect(text(sameName)).toContain(
      'There is already a district called Erewash: district names and aliases must differ, ignoring case.',
    );
    expect(text(anAlias)).toContain('“ilkeston” is already an alias of Erewash');
    expect(JSON.stringify(sameName)).toContain('Somewhere MAT');
    expect(await districts()).toHaveLength(1);
    expect(await database.stores.auditEvents.collection[driver].countDocuments()).toBe(before);
  });

  it('the same submission delivered twice adds the district once', async () => {
    const submission = { name: 'Amber Valley', matLocality: 'Amber Valley MAT', aliases: '' };
    await teams.press(priya, personalChat(priya), 'card-twice', 'district.add', submission);
    const again = await teams.press(priya, personalChat(priya), 'card-twice', 'district.add', submission);

    expect(textsOf(again.body.value).join(' ')).toContain('District added: Amber Valley');
    const amber = (await districts()).filter((district) => district.name === 'Amber Valley');
    expect(amber).toHaveLength(1);
    expect(await districtTrail(amber[0]?._id ?? '')).toEqual(['add']);
  });

  it('two QA manager submissions of the same new name at once add it once; the other is told of the clash', async () => {
    const submission = { name: 'South Derbyshire', matLocality: 'South Derbyshire MAT', aliases: '' };

    const answers = await Promise.all([
      press(priya, 'district.add', submission),
      press(priya, 'district.add', submission),
    ]);

    const said = answers.map(text);
    expect(said.filter((answer) => answer.includes('District added: South Derbyshire'))).toHaveLength(1);
    expect(
      said.filter((answer) => answer.includes('There is already a district called South Derbyshire')),
    ).toHaveLength(1);
    const south = (await districts()).filter((district) => district.name === 'South Derbyshire');
    expect(south).toHaveLength(1);
    expect(await districtTrail(south[0]?._id ?? '')).toEqual(['add']);
    await database.stores.districts.remove(south[0]?._id ?? '');
  });

  it('“districts” lists them with their MAT localities; Change opens the form filled in, and renames it', async () => {
    const list = await say(priya, 'districts');
    expect(text(list)).toContain('2 districts in use');
    expect(text(list)).toContain('**Erewash** · MAT locality: Erewash MAT');
    expect(text(list)).toContain('Also: Ilkeston, Long Eaton');
    const erewashId = (await database.stores.districts.findByName('Erewash'))?._id ?? '';
    const change = buttonsOn(list).find((button) => button.title === 'Change' && button.data.districtId === erewashId);
    expect(change?.data).toEqual({ form: 'district.change', districtId: erewashId });

    const form = await press(priya, 'form.open', change?.data ?? {});
    expect(text(form)).toContain('Change Erewash');
    expect(JSON.stringify(form)).toContain('Ilkeston, Long Eaton');

    const receipt = await press(priya, 'district.change', {
      districtId: erewashId,
      name: 'Erewash Valley',
      matLocality: 'Erewash MAT',
      aliases: 'Ilkeston, Long Eaton',
    });
    expect(text(receipt)).toContain('District renamed: Erewash is now Erewash Valley');
    expect(await database.stores.districts.findById(erewashId)).toMatchObject({ name: 'Erewash Valley' });
    expect(await districtTrail(erewashId)).toEqual(['add', 'change']);
  });

  it('a team is added with a manager from the district’s people, and listed by “teams in …”', async () => {
    const erewashId = (await database.stores.districts.findByName('Erewash Valley'))?._id ?? '';
    await database.stores.people.save(registered(jo, { _id: 'person-jo', roles: ['staff'], districtIds: [erewashId] }));

    const form = await say(priya, 'add a team to Erewash Valley');
    expect(text(form)).toContain('Add a team to Erewash Valley');
    expect(JSON.stringify(form)).toContain('Jo Bennett');
    const receipt = await press(priya, 'team.add', {
      districtId: erewashId,
      name: 'Ilkeston CIN',
      managerId: 'person-jo',
    });
    expect(text(receipt)).toContain('Team added to Erewash Valley: Ilkeston CIN');
    const duplicate = await press(priya, 'team.add', {
      districtId: erewashId,
      name: 'ILKESTON cin',
      managerId: 'person-jo',
    });
    expect(text(duplicate)).toContain('Erewash Valley already has a team called Ilkeston CIN');

    const list = await say(priya, 'teams in Ilkeston');
    expect(text(list)).toContain('Teams in Erewash Valley');
    expect(text(list)).toContain('Manager: Jo Bennett');
    const [team] = await database.stores.teams.inDistrict(erewashId);
    expect(await database.stores.auditEvents.trailFor('team', team?._id ?? '')).toEqual([
      expect.objectContaining({ transition: 'add', after: 'active' }),
    ]);
  });

  it('a team moved to the MAT locality on its form is listed so, and the audit trail has its old and new site', async () => {
    const erewashId = (await database.stores.districts.findByName('Erewash Valley'))?._id ?? '';
    const [team] = await database.stores.teams.inDistrict(erewashId);
    expect(team?.site).toBe('district');
    const form = await press(priya, 'form.open', { form: 'team.change', teamId: team?._id });
    expect(JSON.stringify(form)).toContain('"id":"site","label":"Works from"');

    const moved = await press(priya, 'team.change', {
      teamId: team?._id,
      name: 'Ilkeston CIN',
      managerId: 'person-jo',
      site: 'mat',
    });

    expect(text(moved)).toContain('Team changed: Ilkeston CIN');
    expect(JSON.stringify(moved)).toContain('Erewash MAT (the MAT locality)');
    expect(text(await say(priya, 'teams in Erewash Valley'))).toContain(
      'Manager: Jo Bennett · works from Erewash MAT (the MAT locality)',
    );
    const trail = await database.stores.auditEvents.trailFor('team', team?._id ?? '');
    expect(trail.at(-1)).toMatchObject({ transition: 'change', note: 'site: district → mat' });
    // Back to the district, so the steps below find it as they did.
    await press(priya, 'team.change', {
      teamId: team?._id,
      name: 'Ilkeston CIN',
      managerId: 'person-jo',
      site: 'district',
    });
  });

  it('a team is renamed from its list, without rewriting people’s records, then retired and listed apart', async () => {
    const erewashId = (await database.stores.districts.findByName('Erewash Valley'))?._id ?? '';
    await database.stores.people.save(
      registered(teamsUser('kim', 'Kim Shaw'), {
        _id: 'person-kim',
        roles: ['staff'],
        districtIds: [erewashId],
        teamName: 'Ilkeston CIN',
      }),
    );
    const [team] = await database.stores.teams.inDistrict(erewashId);
    const list = await press(priya, 'district.teams', { districtId: erewashId });
    const change = buttonsOn(list).find((button) => button.title === 'Change');
    expect(change?.data).toEqual({ form: 'team.change', teamId: team?._id });
    expect(JSON.stringify(await press(priya, 'form.open', change?.data ?? {}))).toContain('Ilkeston CIN');

    const renamed = await press(priya, 'team.change', {
      teamId: team?._id,
      name: 'Ilkeston Duty',
      managerId: 'person-kim',
    });
    expect(text(renamed)).toContain('Team renamed: Ilkeston CIN is now Ilkeston Duty');
    expect(await database.stores.people.findById('person-kim')).toMatchObject({ teamName: 'Ilkeston CIN' });

    const confirm = await press(priya, 'form.open', { form: 'team.retire', teamId: team?._id });
    expect(text(confirm)).toContain('Retire Ilkeston Duty?');
    expect(text(await press(priya, 'team.retire', { teamId: team?._id }))).toContain('Team retired: Ilkeston Duty');
    const after = text(await say(priya, 'teams in Erewash Valley'));
    expect(after).toContain('No team in use, 1 retired');
    expect(after).toContain('Ilkeston Duty (manager Kim Shaw; retired Tue 1 Dec 2026)');
    expect(
      (await database.stores.auditEvents.trailFor('team', team?._id ?? '')).map((event) => event.transition),
    ).toEqual(['add', 'change', 'change', 'change', 'retire']);
    expect(
      text(await press(priya, 'team.change', { teamId: team?._id, name: 'Again', managerId: 'person-kim' })),
    ).toContain('Ilkeston Duty is retired, so it cannot be changed.');
  });

  it('someone who is not a QA manager may read the lists, without buttons, and is refused the rest by name of who can', async () => {
    const erewashId = (await database.stores.districts.findByName('Erewash Valley'))?._id ?? '';
    const before = await districts();

    const list = await say(jo, 'districts');
    expect(text(list)).toContain('Erewash Valley');
    expect(buttonsOn(list).map((button) => button.title)).toEqual(['Teams', 'Teams']);
    expect(text(await say(jo, 'add a district'))).toContain('Only a QA manager can add a district.');
    expect(text(await press(jo, 'district.add', { name: 'High Peak', matLocality: 'High Peak MAT' }))).toContain(
      'Only a QA manager can add a district.',
    );
    expect(text(await press(jo, 'district.retire', { districtId: erewashId }))).toContain(
      'Only a QA manager can retire a district.',
    );
    expect(await districts()).toEqual(before);
  });

  it('retiring a district with history keeps it, but it is no longer recognised, offered or sent digests; its day still reads', async () => {
    const erewashId = (await database.stores.districts.findByName('Erewash Valley'))?._id ?? '';
    const day = await database.stores.challengeDays.create(
      aChallengeDay({ districtId: erewashId, matLocality: 'Erewash MAT' }),
    );

    const confirm = await press(priya, 'form.open', { form: 'district.retire', districtId: erewashId });
    expect(text(confirm)).toContain('Retire Erewash Valley?');
    expect(text(confirm)).toContain('so it is retired, not deleted');
    const retire = buttonsOn(confirm).find((button) => button.verb === 'district.retire');
    expect(retire?.data).toEqual({ districtId: erewashId });
    const receipt = await press(priya, 'district.retire', retire?.data ?? {});

    expect(text(receipt)).toContain('District retired: Erewash Valley');
    expect(await database.stores.districts.findById(erewashId)).toMatchObject({ retiredAt: start });
    expect(await districtTrail(erewashId)).toEqual(['add', 'change', 'retire']);
    expect(await database.stores.challengeDays.findById(day._id)).toMatchObject({ districtId: erewashId });

    const list = text(await say(priya, 'districts'));
    expect(list).toContain('1 district in use, 1 retired');
    expect(list).toContain('Erewash Valley (retired Tue 1 Dec 2026)');
    expect(text(await say(priya, 'link this channel to Erewash Valley'))).toContain(
      'I understood “link this channel”, but not which district to link it to.',
    );
    expect(await database.stores.conversationLinks.anyForDistrict(erewashId)).toBe(false);
    await teams.running.bot.tick();
    const amberId = (await database.stores.districts.findByName('Amber Valley'))?._id ?? '';
    const digestOf = (districtId: string) =>
      database.stores.scheduledWork.findById(digestWorkId(districtId, isoWeekOf(start)));
    expect(await digestOf(amberId)).not.toBeNull();
    expect(await digestOf(erewashId)).toBeNull();
    expect(text(await say(priya, 'teams in Erewash Valley'))).toContain('I know no district in use called');
    expect(JSON.stringify(await say(priya, 'plan'))).not.toContain('Erewash Valley');
    expect(text(await press(priya, 'form.open', { form: 'district.change', districtId: erewashId }))).toContain(
      'Erewash Valley is retired, so it cannot be changed.',
    );
    const teamsBefore = await database.stores.teams.inDistrict(erewashId);
    expect(
      text(await press(priya, 'team.add', { districtId: erewashId, name: 'New Team', managerId: 'person-jo' })),
    ).toContain('Erewash Valley is retired, so its teams cannot be added or changed.');
    expect(text(await press(priya, 'district.retire', { districtId: erewashId }))).toContain(
      'Erewash Valley is retired already.',
    );
    expect(await database.stores.teams.inDistrict(erewashId)).toEqual(teamsBefore);
  });

  it('a district nothing refers to is removed, and a district id that does not exist gets a plain answer', async () => {
    const amber = await database.stores.districts.findByName('Amber Valley');

    const confirm = await press(priya, 'form.open', { form: 'district.retire', districtId: amber?._id });
    expect(text(confirm)).toContain('Nothing refers to Amber Valley yet');
    expect(text(await press(priya, 'district.retire', { districtId: amber?._id }))).toContain(
      'District removed: Amber Valley',
    );

    expect(await database.stores.districts.findById(amber?._id ?? '')).toBeNull();
    expect(await districtTrail(amber?._id ?? '')).toEqual(['add', 'remove']);
    const noSuchTeam = { teamId: 'no-such-team' };
    for (const [verb, data] of [
      ['team.retire', noSuchTeam],
      ['team.change', { ...noSuchTeam, name: 'X', managerId: 'person-jo' }],
    ] as const) {
      expect(text(await press(priya, verb, data))).toContain('That team was not found.');
    }
    for (const verb of ['district.retire', 'district.teams']) {
      expect(text(await press(priya, verb, { districtId: 'no-such-district' }))).toContain(
        'That district was not found.',
      );
    }
    expect(
      text(await press(priya, 'district.change', { districtId: 'no-such-district', name: 'X', matLocality: 'Y' })),
    ).toContain('That district was not found.');
  });
});

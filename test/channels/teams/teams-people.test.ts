import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { buttonsOf } from '../../support/card-buttons.js';
import { aDistrict, aPerson, anAction } from '../../support/fixtures.js';
import { personalChat, teamsScene, teamsUser } from '../../support/scene.js';
import { cardIn, factsOf, registered, textsOf, type TeamsUser } from '../../support/teams-activities.js';

/*
 * Managers keep the county's people current in Teams, one person at a time: add someone, page through a
 * district's people, change a record, record a leaver and give their open actions to one colleague. Each
 * person acts in their own chat, on the cards they were sent.
 */

const priya = teamsUser('priya', 'Priya Shah'); // QA manager
const dee = teamsUser('dee', 'Dee Watts'); // district manager of Chesterfield
const helen = teamsUser('helen', 'Helen Ward'); // Chesterfield staff, leaving
const jo = teamsUser('jo', 'Jo Bennett'); // Chesterfield staff, takes on Helen's actions
const owen = teamsUser('owen', 'Owen Hart'); // moves from Chesterfield to Erewash
const newcomer = teamsUser('nina', 'Nina Cole'); // added in chat, writes for the first time after

const chesterfieldStaff = Array.from({ length: 12 }, (_, index) =>
  aPerson({
    _id: `person-staff-${String(index).padStart(2, '0')}`,
    displayName: `Staff Member ${String(index).padStart(2, '0')}`,
    roles: ['staff'],
  }),
);

const teams = teamsScene({
  now: new Date('2026-12-07T10:00:00Z'),
  districts: [aDistrict(), aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] })],
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'] }),
    registered(dee, { _id: 'person-dee', roles: ['district_manager'] }),
    registered(helen, { _id: 'person-helen', roles: ['staff'], email: 'helen.ward@derbyshire.gov.uk' }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(owen, { _id: 'person-owen', roles: ['staff'] }),
    aPerson({ _id: 'person-sam-1', displayName: 'Sam Kerr', roles: ['staff'], teamName: 'Duty team' }),
    aPerson({ _id: 'person-sam-2', displayName: 'Sam Kerr', roles: ['auditor'], teamName: 'QA team' }),
    aPerson({ _id: 'person-gone', displayName: 'Gill Gone', roles: ['staff'], leftAt: new Date('2026-11-01') }),
    aPerson({ _id: 'person-eve', displayName: 'Eve Erewash', roles: ['staff'], districtIds: ['erewash'] }),
    ...chesterfieldStaff,
  ],
  seed: async () => {
    for (const user of [priya, dee, helen, jo, owen]) await teams.say(user, personalChat(user), 'hello');
  },
});
const { database, connector } = teams;

let cardNumber = 0;
const press = (who: TeamsUser, verb: string, data: Record<string, unknown>) =>
  teams.press(who, personalChat(who), `card-${(cardNumber += 1)}`, verb, data);
const say = async (who: TeamsUser, text: string) => {
  await teams.say(who, personalChat(who), text);
  return lastTo(who);
};
/** What the bot last sent into a person's chat: its summary, the card's text, facts, buttons and inputs. */
function lastTo(who: TeamsUser) {
  const activity = teams.lastIn(personalChat(who))?.activity;
  return answerOf(cardIn(activity), String(activity?.summary ?? activity?.text ?? ''));
}
function answerOf(card: Record<string, unknown> | undefined, summary = '') {
  return {
    card,
    summary,
    text: textsOf(card).join(' '),
    facts: factsOf(card),
    buttons: buttonsOf(card),
    json: JSON.stringify(card ?? {}),
  };
}
/** The card a button press answered with (an Action.Execute's invoke response). */
const answered = (response: { body: unknown }) =>
  answerOf((response.body as { value?: Record<string, unknown> }).value);
/** Every button titled so on a card, in order (a list has one "Change" per person). */
function everyButton(card: unknown, title: string): { verb: string; data: Record<string, string> }[] {
  const found: { verb: string; data: Record<string, string> }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'Action.Execute' && element.title === title) {
        found.push({ verb: String(element.verb), data: element.data as Record<string, string> });
      }
      Object.values(element).forEach(walk);
    }
  };
  walk(card);
  return found;
}
/** The choices of an input on a card, by its id. */
function choicesOf(card: unknown, inputId: string): string[] {
  const input = JSON.stringify(card).match(new RegExp(`"id":"${inputId}"[^\\]]*"choices":(\\[[^\\]]*\\])`));
  return input ? (JSON.parse(input[1] ?? '[]') as { title: string }[]).map((choice) => choice.title) : [];
}

/** Submits the add form for someone in Chesterfield, and checks the answer and that nobody was added. */
async function expectAddRefused(
  who: TeamsUser,
  name: string,
  email: string,
  roles: string,
  { says }: { says: string },
) {
  const refused = answered(
    await press(who, 'person.add', { displayName: name, email, roles, districtIds: 'chesterfield' }),
  );
  expect(refused.text).toContain(says);
  expect(await database.stores.people.named(name)).toEqual([]);
}

describe('people, one at a time, in Teams', () => {
  it('a QA manager adds someone on the form; they are linked by their email the first time they write', async () => {
    const form = await say(priya, 'add a person');
    expect(form.text).toContain('Add a person');
    expect(choicesOf(form.card, 'roles')).toContain('QA manager');
    expect(choicesOf(form.card, 'districtIds')).toEqual(['Chesterfield', 'Erewash']);

    const receipt = answered(
      await press(priya, 'person.add', {
        displayName: 'Nina Cole',
        email: 'Nina.Cole@derbyshire.gov.uk',
        roles: 'staff,auditor',
        districtIds: 'chesterfield',
        teamName: 'Chesterfield Child Protection Team 1',
        managerId: 'person-dee',
      }),
    );

    expect(receipt.text).toContain('Nina Cole added');
    expect(receipt.text).toContain('They will be linked to their Teams or Slack account the first time they write');
    expect(receipt.facts).toEqual(
      expect.arrayContaining(['Work email: nina.cole@derbyshire.gov.uk', 'Line manager: Dee Watts']),
    );
    const [nina] = await database.stores.people.named('nina cole');
    expect(nina).toMatchObject({ roles: ['staff', 'auditor'], districtIds: ['chesterfield'], identities: {} });
    expect(await database.stores.auditEvents.trailFor('person', nina?._id ?? '')).toMatchObject([
      { transition: 'add', actorId: 'person-priya' },
    ]);

    connector.addMember({
      id: `29:${newcomer.aadObjectId}`,
      aadObjectId: newcomer.aadObjectId,
      name: newcomer.name,
      email: 'nina.cole@derbyshire.gov.uk',
    });
    const first = await say(newcomer, 'my actions');
    expect(first.text).not.toContain('not registered');
    expect((await database.stores.people.findById(nina?._id ?? ''))?.identities).toEqual({
      teamsAadObjectId: newcomer.aadObjectId,
    });
  });

  it('a district manager is offered only their district and no county-wide role, and a changed card giving one is refused', async () => {
    const form = await say(dee, 'add a person');
    expect(choicesOf(form.card, 'roles')).not.toContain('QA manager');
    expect(choicesOf(form.card, 'roles')).not.toContain('Senior manager');
    expect(choicesOf(form.card, 'districtIds')).toEqual(['Chesterfield']);

    await expectAddRefused(dee, 'Quentin Quick', 'quentin.quick@derbyshire.gov.uk', 'qa_manager', {
      says: 'Only a QA manager can give or change the QA manager and senior manager roles.',
    });
  });

  it('the same email twice is refused with a clear answer, and nobody is added', async () => {
    await expectAddRefused(priya, 'Helen Ward Two', 'HELEN.WARD@derbyshire.gov.uk', 'staff', {
      says: 'Someone else is registered with helen.ward@derbyshire.gov.uk already.',
    });
  });

  it('“people in Chesterfield” lists its current people a page at a time, counting but not listing who has left', async () => {
    const first = await say(priya, 'people in Chesterfield');
    const total = (await database.stores.people.currentInDistrict('chesterfield', { skip: 0, limit: 100 })).total;

    expect(first.text).toContain(`People in Chesterfield ${total} people, and 1 who has left`);
    expect(first.text).toContain(`Page 1 of ${Math.ceil(total / 8)}`);
    expect(first.text).not.toContain('Gill Gone');
    expect(first.text).toContain('Linked in Teams');
    expect(everyButton(first.card, 'Change')).toHaveLength(8);
    expect(everyButton(first.card, 'Has left')).toHaveLength(8);

    const next = first.buttons.get('Next page');
    const second = answered(await press(priya, next?.verb ?? '', next?.data ?? {}));
    expect(second.text).toContain(`Page 2 of ${Math.ceil(total / 8)}`);
    expect(second.text).toContain('Staff Member');
    expect(second.buttons.has('Previous page')).toBe(true);
  });

  it('a district manager may not list another district’s people, and staff may not list any', async () => {
    expect((await say(dee, 'people in Erewash')).summary).toContain(
      'A district manager can see only the staff of their own districts; for anyone else, a QA manager can.',
    );
    expect((await say(jo, 'people in Chesterfield')).summary).toContain(
      'Only a QA manager, or a district manager for their own district’s staff, can change who is registered.',
    );
  });

  it('“change Jo Bennett” opens the form filled in; a change is saved with old and new values, and saving it again changes nothing', async () => {
    const form = await say(dee, 'change jo bennett');
    expect(form.text).toContain('Change Jo Bennett');
    expect(form.json).toContain('"value":"Jo Bennett"');
    const save = form.buttons.get('Save the changes');
    const inputs = {
      displayName: 'Jo Bennett',
      email: 'jo.bennett@derbyshire.gov.uk',
      roles: 'staff',
      districtIds: 'chesterfield',
      teamName: 'Duty and Assessment Team',
    };

    const changed = answered(await press(dee, save?.verb ?? '', { ...save?.data, ...inputs }));
    expect(changed.text).toContain('Jo Bennett changed');
    const trail = await database.stores.auditEvents.trailFor('person', 'person-jo');
    expect(trail.at(-1)).toMatchObject({ transition: 'change', actorId: 'person-dee' });
    expect(trail.at(-1)?.note).toContain('teamName: Chesterfield Child Protection Team 1 → Duty and Assessment Team');
    expect(trail.at(-1)?.note).toContain('email: (none) → jo.bennett@derbyshire.gov.uk');

    const again = answered(await press(dee, save?.verb ?? '', { ...save?.data, ...inputs }));
    expect(again.text).toContain('Nothing to change for Jo Bennett');
    expect(await database.stores.auditEvents.trailFor('person', 'person-jo')).toHaveLength(trail.length);
  });

  it('a name several people share lists them to choose from; a name nobody has gets a clear answer', async () => {
    const several = await say(priya, 'change Sam Kerr');
    expect(several.text).toContain('2 people are called Sam Kerr: choose one');
    expect(several.text).toContain('Duty team');
    expect(several.text).toContain('QA team');
    expect(everyButton(several.card, 'Change').map((button) => button.data.personId)).toEqual([
      'person-sam-1',
      'person-sam-2',
    ]);

    expect((await say(priya, 'change Zed Zebedee')).summary).toContain('Nobody called “Zed Zebedee” is registered.');
  });

  it('a leaver is recorded after a confirmation listing their open actions; all go to one colleague, who gets each card, and the leaver is refused at once', async () => {
    const first = await database.stores.actions.create(
      anAction({ ownerId: 'person-helen', what: 'Update the chronology on CR-104233', status: 'acknowledged' }),
    );
    const second = await database.stores.actions.create(
      anAction({ ownerId: 'person-helen', what: 'Brief the duty team on the threshold document' }),
    );
    const helensOldCard = await say(helen, 'my actions');
    expect(helensOldCard.text).toContain('Update the chronology');

    const confirm = await say(dee, 'Helen Ward has left');
    expect(confirm.text).toContain('Record that Helen Ward has left?');
    expect(confirm.text).toContain('2 open actions');
    expect(confirm.text).toContain('Update the chronology on CR-104233');
    expect(await database.stores.people.findById('person-helen')).not.toHaveProperty('leftAt');

    const recordIt = confirm.buttons.get('Record that Helen Ward has left');
    const left = answered(await press(dee, recordIt?.verb ?? '', recordIt?.data ?? {}));
    expect(left.text).toContain('Helen Ward left on Mon 7 Dec 2026');
    expect(choicesOf(left.card, 'newOwnerId')).toContain('Jo Bennett');
    expect(choicesOf(left.card, 'newOwnerId')).not.toContain('Helen Ward');
    expect(choicesOf(left.card, 'newOwnerId')).not.toContain('Gill Gone');
    expect(await database.stores.people.findById('person-helen')).toHaveProperty('leftAt');
    expect((await database.stores.auditEvents.trailFor('person', 'person-helen')).at(-1)).toMatchObject({
      transition: 'left',
      actorId: 'person-dee',
    });

    const handOn = left.buttons.get('Give them all the actions');
    const receipt = answered(await press(dee, handOn?.verb ?? '', { ...handOn?.data, newOwnerId: 'person-jo' }));
    expect(receipt.text).toContain('2 of Helen Ward’s actions given to Jo Bennett');
    expect(receipt.text).toContain('Action cards sent to: Jo Bennett.');
    await teams.settle();

    const toJo = teams.connector.callsTo(personalChat(jo).id).map((call) => String(call.activity.summary ?? ''));
    expect(toJo).toEqual(
      expect.arrayContaining([
        'New action for you: Update the chronology on CR-104233',
        'New action for you: Brief the duty team on the threshold document',
      ]),
    );
    for (const action of [first, second]) {
      const stored = await database.stores.actions.findById(action._id);
      expect(stored).toMatchObject({ ownerId: 'person-jo', status: 'open' });
      expect(stored?.history.at(-1)).toMatchObject({ transition: 'reassign', actorId: 'person-dee' });
    }

    // Jo acts on a card she was sent, as its new owner.
    const jobCard = teams.connector
      .callsTo(personalChat(jo).id)
      .map((call) => cardIn(call.activity))
      .find((card) => textsOf(card).join(' ').includes('Update the chronology on CR-104233'));
    const acknowledge = buttonsOf(jobCard).get('Acknowledge');
    await press(jo, acknowledge?.verb ?? '', acknowledge?.data ?? {});
    expect((await database.stores.actions.findById(first._id))?.status).toBe('acknowledged');

    const again = answered(await press(dee, handOn?.verb ?? '', { ...handOn?.data, newOwnerId: 'person-jo' }));
    expect(again.text).toContain('Helen Ward has no open actions to give on');

    const refused =
      'Your record says you left the service on Mon 7 Dec 2026, so the Challenge Day bot no longer acts for you: if that is wrong, ask your QA manager, Priya Shah, to change it.';
    expect((await say(helen, 'my actions')).summary).toBe(refused);
    const onOldCard = await press(helen, 'action.acknowledge', { actionId: second._id });
    expect(JSON.stringify(onOldCard.body)).toContain(refused);
    expect((await database.stores.actions.findById(second._id))?.status).toBe('open');
  });

  it('a changed card giving a leaver’s actions to someone who has left, to a made-up person or to another district’s person is refused, and nothing changes', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-helen', what: 'Check supervision notes for the duty team' }),
    );
    for (const [newOwnerId, says] of [
      ['person-gone', 'Gill Gone has left, so they cannot take on actions.'],
      ['person-made-up', 'That person was not found: choose the new owner from the list on the card.'],
      ['person-eve', 'Eve Erewash does not work in this action’s district, so it cannot be given to them.'],
      ['person-helen', 'Helen Ward has left, so they cannot take on actions.'],
    ] as const) {
      const refused = answered(await press(dee, 'person.handOn', { personId: 'person-helen', newOwnerId }));
      expect(refused.text).toContain(says);
    }
    expect(await database.stores.actions.findById(action._id)).toMatchObject({ ownerId: 'person-helen', version: 1 });
  });

  it('a mover sees their new district’s actions from their next message, and no longer their old one’s', async () => {
    await database.stores.actions.create(
      anAction({ ownerId: 'person-jo', what: 'Chesterfield overdue work', dueDate: calendarDateFromIso('2026-11-30') }),
    );
    await database.stores.actions.create(
      anAction({
        ownerId: 'person-priya',
        districtId: 'erewash',
        what: 'Erewash overdue work',
        dueDate: calendarDateFromIso('2026-11-30'),
      }),
    );
    expect((await say(owen, 'show overdue actions for Chesterfield')).text).toContain('Chesterfield overdue work');

    const form = await say(priya, 'change Owen Hart');
    const save = form.buttons.get('Save the changes');
    const moved = answered(
      await press(priya, save?.verb ?? '', {
        ...save?.data,
        displayName: 'Owen Hart',
        email: 'owen.hart@derbyshire.gov.uk',
        roles: 'staff',
        districtIds: 'erewash',
      }),
    );
    expect(moved.text).toContain('Owen Hart changed');

    expect((await say(owen, 'show overdue actions for Chesterfield')).summary).toContain(
      'You can see actions only for the districts you work in.',
    );
    expect((await say(owen, 'show overdue actions for Erewash')).text).toContain('Erewash overdue work');
  });
});

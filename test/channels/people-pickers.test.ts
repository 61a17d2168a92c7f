import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/people/person.js';
import { driver } from '../../src/store/driver-collection.js';
import { aChallengeDay, aDistrict, aPerson, anAction } from '../support/fixtures.js';
import { caseFindingSubmission, planSubmission } from '../support/form-submissions.js';
import { personalChat, teamsAndSlackScene, teamsUser } from '../support/scene.js';
import {
  buttonPressed,
  modalSubmitted,
  optionsRequested,
  slackSignature,
  slashCommand,
} from '../support/slack-requests.js';
import { postActivity, searchTyped, textsOf, type TeamsUser } from '../support/teams-activities.js';

/*
 * Every people picker searches the county's people by typed name, in a county of 800 and more: Teams asks
 * through the `application/search` invoke of the card's typeahead, Slack through the options request of the
 * modal's external select. The bot offers only current people, only whom the person could choose on that
 * form, and nobody to a stranger; what comes back on saving is checked against the records again.
 */

const NOW = new Date('2026-11-26T10:00:00Z');
const CHESTERFIELD = 'chesterfield';
const EREWASH = 'erewash';
const BOLSOVER = 'bolsover';

const FIRST = ['Amy', 'Ben', 'Chris', 'Dee', 'Ed', 'Fay', 'Gus', 'Ivy', 'Jon', 'Kim', 'Lee', 'Michelle', 'Nia', 'Raj'];
const LAST = ['Archer', 'Baker', 'Carter', 'Dixon', 'Evans', 'Foster', 'Green', 'Hughes', 'Irwin', 'Jones', 'Khan'];

/** 800 staff across two districts, none of whose names has a word starting "hel" (Michelle does not). */
const county: Person[] = Array.from({ length: 800 }, (_, n) =>
  aPerson({
    _id: `person-staff-${n}`,
    displayName: `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`,
    roles: n % 10 === 0 ? ['auditor', 'staff'] : ['staff'],
    districtIds: [n % 2 === 0 ? CHESTERFIELD : EREWASH],
    identities: {},
  }),
);

const priyaUser = teamsUser('priya', 'Priya Patel');
const danUser = teamsUser('dan', 'Dan Reeves');
const owenUser = teamsUser('owen', 'Owen Hart');
const helenaUser = teamsUser('helena', 'Helena Hale');
const strangerUser = teamsUser('stranger', 'Someone Else');

const person = (id: string, user: TeamsUser, over: Partial<Person>) =>
  aPerson({
    _id: `person-${id}`,
    displayName: user.name,
    identities: { teamsAadObjectId: user.aadObjectId, slackUserId: `U-${id.toUpperCase()}` },
    ...over,
  });

const people = {
  priya: person('priya', priyaUser, { roles: ['qa_manager'], districtIds: [] }),
  dan: person('dan', danUser, { roles: ['auditor'], districtIds: [CHESTERFIELD] }),
  owen: person('owen', owenUser, { roles: ['staff'], districtIds: [CHESTERFIELD] }),
  helen: aPerson({ _id: 'person-helen', displayName: 'Helen Ward', roles: ['staff'], districtIds: [CHESTERFIELD] }),
  helga: aPerson({ _id: 'person-helga', displayName: 'Helga Moss', roles: ['auditor'], districtIds: [EREWASH] }),
  sam: aPerson({ _id: 'person-sam', displayName: 'Sam Helmsley', roles: ['auditor'], districtIds: [CHESTERFIELD] }),
  /** Left the county's service last month: never offered, and searches nothing. */
  helena: person('helena', helenaUser, {
    roles: ['qa_manager'],
    districtIds: [CHESTERFIELD],
    leftAt: new Date('2026-10-31T17:00:00Z'),
  }),
  /** Works only in Bolsover, which is no longer a district of the county. */
  hellen: aPerson({ _id: 'person-hellen', displayName: 'Hellen Old', roles: ['staff'], districtIds: [BOLSOVER] }),
};

const day = aChallengeDay({
  _id: 'day-chesterfield-december',
  districtId: CHESTERFIELD,
  auditTeamIds: [people.dan._id],
  expectedAttendeeIds: [people.helen._id, 'person-staff-500'],
  status: 'planned',
});

const scene = teamsAndSlackScene({
  now: NOW,
  districts: [
    aDistrict(),
    aDistrict({ _id: EREWASH, name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] }),
    aDistrict({
      _id: BOLSOVER,
      name: 'Bolsover',
      matLocality: 'Bolsover MAT',
      aliases: [],
      retiredAt: new Date('2026-04-01T00:00:00Z'),
    }),
  ],
  people: Object.values(people),
  seed: async () => {
    const collection = scene.database.stores.people.collection;
    await collection[driver].insertMany(county.map((staff) => collection.validate(staff)));
    await scene.database.stores.challengeDays.create(day);
    // Helena left holding an action of Chesterfield's, to be handed on.
    await scene.database.stores.actions.create(anAction({ _id: 'action-helenas', ownerId: people.helena._id }));
  },
});

const chatOf = (user: TeamsUser) => personalChat(user);

/** The Teams card a form.open button brings back, for the person pressing it. */
async function teamsForm(user: TeamsUser, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const answer = await scene.press(user, chatOf(user), 'card-1', 'form.open', data);
  expect(answer.status).toBe(200);
  return answer.body.value as Record<string, unknown>;
}

/** A ChoiceSet of a card by its input id. */
function choiceSet(card: unknown, id: string): Record<string, unknown> {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'Input.ChoiceSet' && element.id === id) found.push(element);
      Object.values(element).forEach(visit);
    }
  };
  visit(card);
  if (!found[0]) throw new Error(`no ChoiceSet ${id}`);
  return found[0];
}

const datasetOf = (card: unknown, id: string) =>
  (choiceSet(card, id)['choices.data'] as { type: string; dataset: string }).dataset;

/** What Teams shows for a name typed into a picker: the titles of the search response's results. */
async function typedInTeams(user: TeamsUser, dataset: string, typed: string, skip = 0) {
  const response = await postActivity(
    scene.running.baseUrl,
    searchTyped(scene.serviceUrl, chatOf(user), user, dataset, typed, skip),
  );
  expect(response.status).toBe(200);
  const body = response.body as { type: string; value: { results: { title: string; value: string }[] } };
  expect(body.type).toBe('application/vnd.microsoft.search.searchResponse');
  return body.value.results;
}

const titles = (results: readonly { title: string }[]) => results.map((result) => result.title);

let modals = 0;
/** The plan form as Slack shows it to a person, opened with /challenge plan. */
async function slackPlanModal(userId: string) {
  modals += 1;
  const posted = await scene.post(
    slashCommand(userId, `D-${userId}`, 'plan', scene.slack.responseUrl(`plan-${modals}`)),
  );
  expect(posted.status).toBe(200);
  await expect.poll(() => scene.slack.callsOf('views.open').length, { timeout: 5_000 }).toBe(modals);
  return scene.slack.callsOf('views.open').at(-1)?.args.view as {
    private_metadata: string;
    blocks: { type: string; block_id?: string; element?: { type: string } & Record<string, unknown> }[];
  };
}

/** A form opened from a button in Slack, as a modal. */
async function slackModalFromButton(userId: string, verb: string, data: Record<string, unknown>) {
  modals += 1;
  const value = JSON.stringify({ verb, data, opensForm: true });
  const pressed = await scene.post(buttonPressed(userId, `D-${userId}`, '1700000000.000100', value));
  expect(pressed.status).toBe(200);
  await expect.poll(() => scene.slack.callsOf('views.open').length, { timeout: 5_000 }).toBe(modals);
  return scene.slack.callsOf('views.open').at(-1)?.args.view as Awaited<ReturnType<typeof slackPlanModal>>;
}

type SlackOptions = { options: { text: { type: string; text: string }; value: string }[] };

describe('Teams: people pickers search the county as a name is typed', () => {
  it('typing "hel" in the plan form’s attendees finds Helen Ward among at most 15 of 800 people, with no leaver and nobody only in a retired district', async () => {
    const form = await teamsForm(priyaUser, { form: 'plan.submit' });
    const attendees = choiceSet(form, 'expectedAttendeeIds');
    expect(attendees['choices.data']).toEqual({ type: 'Data.Query', dataset: 'people.attendees' });

    const results = await typedInTeams(priyaUser, datasetOf(form, 'expectedAttendeeIds'), 'hel');

    expect(results.length).toBeLessThanOrEqual(15);
    expect(results).toContainEqual({ title: 'Helen Ward', value: 'person-helen' });
    // A word of the name starts with it (Michelle does not match), first by name.
    expect(titles(results)).toEqual(['Helen Ward', 'Helga Moss', 'Sam Helmsley']);
  });

  it('a common first letter brings exactly 15 people, first by name, whatever the case typed', async () => {
    const lower = await typedInTeams(priyaUser, 'people.attendees', 'a');
    const upper = await typedInTeams(priyaUser, 'people.attendees', 'A');

    expect(lower).toHaveLength(15);
    expect(upper).toEqual(lower);
    expect(titles(lower)).toEqual([...titles(lower)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('asking for the next page gets none, rather than the same people again', async () => {
    expect(await typedInTeams(priyaUser, 'people.attendees', 'a', 15)).toEqual([]);
  });

  it('text that looks like a pattern is searched for as written', async () => {
    expect(await typedInTeams(priyaUser, 'people.attendees', '.*')).toEqual([]);
    expect(await typedInTeams(priyaUser, 'people.attendees', 'h(')).toEqual([]);
  });

  it('the audit team picker offers only people who can sit on an audit team', async () => {
    const form = await teamsForm(priyaUser, { form: 'plan.submit' });

    const results = await typedInTeams(priyaUser, datasetOf(form, 'auditTeamIds'), 'hel');

    expect(titles(results)).toEqual(['Helga Moss', 'Sam Helmsley']);
  });

  it('the case-finding form’s owners come from the day’s district only', async () => {
    const form = await teamsForm(danUser, { form: 'finding.submit', challengeDayId: day._id });
    const dataset = datasetOf(form, 'recommendation1Owner');

    expect(titles(await typedInTeams(danUser, dataset, 'hel'))).toEqual(['Helen Ward', 'Sam Helmsley']);
  });

  it('someone who could not fill the form in gets no names, whatever dataset their client sends', async () => {
    // Owen works in Chesterfield but is not on the day's audit team, and is not a QA manager.
    expect(await typedInTeams(owenUser, `people.day_owners.${day._id}`, 'hel')).toEqual([]);
    expect(await typedInTeams(owenUser, 'people.attendees', 'hel')).toEqual([]);
    // A day that does not exist, and a dataset that is not ours.
    expect(await typedInTeams(priyaUser, 'people.day_owners.day-0001', 'hel')).toEqual([]);
    expect(await typedInTeams(priyaUser, 'people.everyone', 'hel')).toEqual([]);
  });

  it('a stranger, and someone who has left, get no names', async () => {
    expect(await typedInTeams(strangerUser, 'people.attendees', 'hel')).toEqual([]);
    expect(await typedInTeams(helenaUser, 'people.attendees', 'hel')).toEqual([]);
  });

  it('a plan form opened again shows the people already chosen by name, and suggests others before any typing', async () => {
    const form = await teamsForm(priyaUser, { form: 'plan.update', challengeDayId: day._id });
    const attendees = choiceSet(form, 'expectedAttendeeIds');

    expect(attendees.value).toBe('person-helen,person-staff-500');
    const choices = attendees.choices as { title: string; value: string }[];
    expect(choices.slice(0, 2)).toEqual([
      { title: 'Helen Ward', value: 'person-helen' },
      { title: county[500]?.displayName, value: 'person-staff-500' },
    ]);
    expect(choices.length).toBeGreaterThan(2);
    expect(choices.map((choice) => choice.value)).not.toContain(people.helena._id);
  });

  it('a plan naming someone who has left comes back as the form, with why beside the picker, and nothing is planned', async () => {
    const before = await scene.database.stores.challengeDays.collection[driver].countDocuments();

    const answer = await scene.press(
      priyaUser,
      chatOf(priyaUser),
      'card-2',
      'plan.submit',
      planSubmission({ expectedAttendeeIds: `person-helen,${people.helena._id}`, auditTeamIds: 'person-nobody' }),
    );

    const shown = textsOf(answer.body.value).join(' ');
    expect(shown).toContain(
      'Choose expected attendees from the people working in the county’s service: Helena Hale has left.',
    );
    expect(shown).toContain('Choose the audit team from people who can sit on one');
    expect(shown).toContain('someone the bot does not know');
    expect(choiceSet(answer.body.value, 'expectedAttendeeIds').value).toBe(`person-helen,${people.helena._id}`);
    expect(await scene.database.stores.challengeDays.collection[driver].countDocuments()).toBe(before);
  });

  it('a case finding giving a recommendation to someone of another district is refused with their name, and nothing is saved', async () => {
    const answer = await scene.press(danUser, chatOf(danUser), 'card-3', 'finding.submit', {
      challengeDayId: day._id,
      ...caseFindingSubmission({
        caseReference: 'CR-100201',
        recommendation1Text: 'Record the child’s wishes at every visit',
        recommendation1DueDate: '2027-01-15',
        recommendation1Owner: people.helga._id,
      }),
    });

    expect(textsOf(answer.body.value).join(' ')).toContain(
      'Choose owners of the recommendations from the people who work in this district: Helga Moss does not work in this district.',
    );
    expect(await scene.database.stores.caseFindings.forChallengeDay(day._id)).toEqual([]);
  });
});

describe('Slack: people pickers are external selects answered by the bot’s options endpoint', () => {
  it('the plan modal’s people pickers are external selects; typing "hel" in a signed request finds Helen Ward among at most 15', async () => {
    const modal = await slackPlanModal('U-PRIYA');
    const attendees = modal.blocks.find((block) => block.block_id === 'expectedAttendeeIds');
    expect(attendees?.element).toMatchObject({ type: 'multi_external_select', min_query_length: 1 });
    expect(modal.blocks.find((block) => block.block_id === 'auditTeamIds')?.element?.type).toBe(
      'multi_external_select',
    );

    const answer = await scene.post(optionsRequested('U-PRIYA', modal, 'expectedAttendeeIds', 'hel'));

    expect(answer.status).toBe(200);
    const { options } = answer.body as SlackOptions;
    expect(options.length).toBeLessThanOrEqual(15);
    expect(options).toContainEqual({ text: { type: 'plain_text', text: 'Helen Ward' }, value: 'person-helen' });
    expect(options.map((option) => option.text.text)).toEqual(['Helen Ward', 'Helga Moss', 'Sam Helmsley']);
  });

  it('an options request that is unsigned or signed with another secret is refused, with no names', async () => {
    const modal = await slackPlanModal('U-PRIYA');
    const request = optionsRequested('U-PRIYA', modal, 'expectedAttendeeIds', 'hel');
    const timestamp = Math.floor(Date.now() / 1000);

    const forged = await scene.post({ ...request, timestamp, signature: slackSignature(request.body, timestamp, 'x') });
    const unsigned = await scene.post({ ...request, signature: '' });

    for (const answer of [forged, unsigned]) {
      expect(answer.status).toBe(401);
      expect(JSON.stringify(answer.body)).not.toContain('Helen');
    }
  });

  it('a signed options request from another workspace is refused, with no names', async () => {
    const modal = await slackPlanModal('U-PRIYA');

    const answer = await scene.post(optionsRequested('U-PRIYA', modal, 'expectedAttendeeIds', 'hel', 'T-ELSEWHERE'));

    expect(answer.status).toBe(403);
    expect(JSON.stringify(answer.body)).not.toContain('Helen');
  });

  it('a stranger, someone who has left, and someone who may not plan get no options', async () => {
    const modal = await slackPlanModal('U-PRIYA');
    for (const user of ['U-STRANGER', 'U-HELENA', 'U-OWEN']) {
      const answer = await scene.post(optionsRequested(user, modal, 'expectedAttendeeIds', 'hel'));
      expect(answer.status).toBe(200);
      expect(answer.body).toEqual({ options: [] });
    }
  });

  it('the case-finding modal searches the day’s district only', async () => {
    const modal = await slackModalFromButton('U-DAN', 'finding.submit', { challengeDayId: day._id });

    const answer = await scene.post(optionsRequested('U-DAN', modal, 'recommendation2Owner', 'hel'));

    expect((answer.body as SlackOptions).options.map((option) => option.text.text)).toEqual([
      'Helen Ward',
      'Sam Helmsley',
    ]);
  });

  it('a plan modal opened again shows the chosen people as its initial options', async () => {
    const modal = await slackModalFromButton('U-PRIYA', 'plan.update', { challengeDayId: day._id });

    const attendees = modal.blocks.find((block) => block.block_id === 'expectedAttendeeIds');
    expect(attendees?.element?.initial_options).toEqual([
      { text: { type: 'plain_text', text: 'Helen Ward' }, value: 'person-helen' },
      { text: { type: 'plain_text', text: county[500]?.displayName }, value: 'person-staff-500' },
    ]);
  });

  it('a plan modal naming someone who has left stays open with the reason under the picker, and nothing is planned', async () => {
    const modal = await slackPlanModal('U-PRIYA');
    const before = await scene.database.stores.challengeDays.collection[driver].countDocuments();

    const answer = await scene.post(
      modalSubmitted('U-PRIYA', modal, planSubmission({ expectedAttendeeIds: people.helena._id })),
    );

    expect(answer.body).toEqual({
      response_action: 'errors',
      errors: {
        expectedAttendeeIds:
          'Choose expected attendees from the people working in the county’s service: Helena Hale has left.',
      },
    });
    expect(await scene.database.stores.challengeDays.collection[driver].countDocuments()).toBe(before);
  });
});

describe('the line manager, a leaver’s new owner and a team’s manager are searched by name too', () => {
  const handOn = `people.hand_on.${people.helena._id}`;
  const erewashManagers = `people.team_managers.${EREWASH}`;

  it('in Teams, each form’s picker searches its own people: anyone current, the leaver’s district, the team’s district', async () => {
    const personForm = await teamsForm(priyaUser, { form: 'person.add' });
    const leaving = await teamsForm(priyaUser, { form: 'person.handOn', personId: people.helena._id });
    const teamForm = await teamsForm(priyaUser, { form: 'team.add', districtId: EREWASH });
    expect(datasetOf(personForm, 'managerId')).toBe('people.line_managers');
    expect(datasetOf(leaving, 'newOwnerId')).toBe(handOn);
    expect(datasetOf(teamForm, 'managerId')).toBe(erewashManagers);

    expect(titles(await typedInTeams(priyaUser, 'people.line_managers', 'hel'))).toEqual([
      'Helen Ward',
      'Helga Moss',
      'Sam Helmsley',
    ]);
    expect(titles(await typedInTeams(priyaUser, handOn, 'hel'))).toEqual(['Helen Ward', 'Sam Helmsley']);
    expect(titles(await typedInTeams(priyaUser, erewashManagers, 'hel'))).toEqual(['Helga Moss']);
  });

  it('in Teams, someone who may not manage people or teams, and someone who has left, get no names', async () => {
    for (const dataset of ['people.line_managers', handOn, erewashManagers]) {
      expect(await typedInTeams(owenUser, dataset, 'hel')).toEqual([]);
      expect(await typedInTeams(helenaUser, dataset, 'hel')).toEqual([]);
    }
    // An auditor manages neither; a district that does not exist, or a leaver who is not, offers nobody.
    expect(await typedInTeams(danUser, erewashManagers, 'hel')).toEqual([]);
    expect(await typedInTeams(priyaUser, 'people.team_managers.district-0001', 'hel')).toEqual([]);
    expect(await typedInTeams(priyaUser, `people.team_managers.${BOLSOVER}`, 'hel')).toEqual([]);
    expect(await typedInTeams(priyaUser, 'people.hand_on.person-nobody', 'hel')).toEqual([]);
  });

  it('in Teams, the Reassign form searches the action’s district, for its managers only', async () => {
    const action = await scene.database.stores.actions.create(
      anAction({ _id: 'action-picked-for', districtId: CHESTERFIELD, ownerId: people.owen._id }),
    );
    const reassignForm = await teamsForm(priyaUser, { form: 'action.reassign', actionId: action._id });
    const dataset = `people.action_owners.${action._id}`;
    expect(datasetOf(reassignForm, 'newOwnerId')).toBe(dataset);

    expect(titles(await typedInTeams(priyaUser, dataset, 'hel'))).toEqual(['Helen Ward', 'Sam Helmsley']);
    // Its owner, an auditor and a leaver may not reassign it; an action that does not exist offers nobody.
    for (const user of [owenUser, danUser, helenaUser]) expect(await typedInTeams(user, dataset, 'hel')).toEqual([]);
    expect(await typedInTeams(priyaUser, 'people.action_owners.action-nobody', 'hel')).toEqual([]);
  });

  it('in Slack, the three modals’ pickers are external selects whose signed options are the same people', async () => {
    const personModal = await slackModalFromButton('U-PRIYA', 'person.add', {});
    const leavingModal = await slackModalFromButton('U-PRIYA', 'person.handOn', { personId: people.helena._id });
    const teamModal = await slackModalFromButton('U-PRIYA', 'team.add', { districtId: EREWASH });
    const optionsFor = async (user: string, modal: typeof personModal, actionId: string) => {
      const answer = await scene.post(optionsRequested(user, modal, actionId, 'hel'));
      expect(answer.status).toBe(200);
      return (answer.body as SlackOptions).options.map((option) => option.text.text);
    };
    for (const [modal, actionId] of [
      [personModal, 'managerId'],
      [leavingModal, 'newOwnerId'],
      [teamModal, 'managerId'],
    ] as const) {
      expect(modal.blocks.find((block) => block.block_id === actionId)?.element?.type).toBe('external_select');
    }

    expect(await optionsFor('U-PRIYA', personModal, 'managerId')).toEqual(['Helen Ward', 'Helga Moss', 'Sam Helmsley']);
    expect(await optionsFor('U-PRIYA', leavingModal, 'newOwnerId')).toEqual(['Helen Ward', 'Sam Helmsley']);
    expect(await optionsFor('U-PRIYA', teamModal, 'managerId')).toEqual(['Helga Moss']);
    for (const user of ['U-OWEN', 'U-HELENA', 'U-STRANGER']) {
      expect(await optionsFor(user, personModal, 'managerId')).toEqual([]);
      expect(await optionsFor(user, leavingModal, 'newOwnerId')).toEqual([]);
      expect(await optionsFor(user, teamModal, 'managerId')).toEqual([]);
    }
  });

  it('a changed card naming someone who has left as a line manager is refused beside the picker, and nobody is added', async () => {
    const before = await scene.database.stores.people.collection[driver].countDocuments();

    const answer = await scene.press(priyaUser, chatOf(priyaUser), 'card-4', 'person.add', {
      displayName: 'Nina Cole',
      email: 'nina.cole@derbyshire.gov.uk',
      roles: 'staff',
      districtIds: CHESTERFIELD,
      managerId: people.helena._id,
    });

    expect(textsOf(answer.body.value).join(' ')).toContain(
      'That line manager was not found among the people registered now: choose from the list.',
    );
    expect(await scene.database.stores.people.collection[driver].countDocuments()).toBe(before);
  });

  it('a changed card giving a team a manager from another district, or one who has left, is refused, and no team is added', async () => {
    for (const managerId of [people.helen._id, people.helena._id]) {
      const answer = await scene.press(priyaUser, chatOf(priyaUser), 'card-5', 'team.add', {
        districtId: EREWASH,
        name: 'Ilkeston CIN',
        managerId,
      });

      expect(textsOf(answer.body.value).join(' ')).toContain(
        'Choose the team’s manager from the list: one of Erewash’s people.',
      );
    }
    expect(await scene.database.stores.teams.inDistrict(EREWASH)).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driver } from '../../src/store/driver-collection.js';
import { FakeFileHost } from '../fakes/file-host.js';
import { buttonsOf } from '../support/card-buttons.js';
import { fileAttachedInTeams, fileSharedInSlack, slackButtonValue } from '../support/chat-files.js';
import {
  BAD_LINES,
  CASE_FILE_DISTRICTS,
  CHESTERFIELD_TEAMS,
  GOOD_ROWS,
  IDENTIFYING_TEXT,
  chesterfieldCaseExport,
} from '../support/case-files.js';
import { aChallengeDay, aPerson } from '../support/fixtures.js';
import { personalChat, teamsAndSlackScene, teamsUser } from '../support/scene.js';
import { buttonPressed } from '../support/slack-requests.js';
import { cardIn, factsOf, textsOf } from '../support/teams-activities.js';

/*
 * A district's open-case list from the case system, sent to the bot as a file (issue 21, point 2): the same
 * 2,000-row export through a Slack file share and a Teams attachment gives the dry run by line with an Apply
 * button; Apply stores the good rows as the district's case list, replacing the one before; the sample is
 * then drawn from it, each case to its own site's audit team.
 */

const priya = teamsUser('priya', 'Priya Patel');
const owen = teamsUser('owen', 'Owen Staff');
const priyasChat = personalChat(priya);
const owensChat = personalChat(owen);
const PRIYAS_DM = 'D-PRIYA';
const EXPORT = chesterfieldCaseExport();
const FILE = 'chesterfield-open-cases.csv';

const auditor = (id: string, teamName?: string) =>
  aPerson({
    _id: id,
    displayName: id.replace('person-', 'Auditor '),
    roles: ['auditor'],
    ...(teamName ? { teamName } : { teamName: undefined }),
  });
const scene = teamsAndSlackScene({
  now: new Date('2026-12-01T09:00:00Z'),
  districts: CASE_FILE_DISTRICTS,
  people: [
    aPerson({
      _id: 'person-priya',
      displayName: 'Priya Patel',
      roles: ['qa_manager'],
      districtIds: [],
      identities: { teamsAadObjectId: priya.aadObjectId, slackUserId: 'U-PRIYA' },
    }),
    aPerson({
      _id: 'person-owen',
      displayName: 'Owen Staff',
      roles: ['district_manager'],
      identities: { teamsAadObjectId: owen.aadObjectId, slackUserId: 'U-OWEN' },
    }),
    auditor('person-cp', 'Chesterfield CP 1'),
    auditor('person-police'),
    auditor('person-mat', 'Chesterfield MAT North'),
    auditor('person-health'),
  ],
  seed: async () => {
    for (const team of CHESTERFIELD_TEAMS) await database.stores.teams.save(team);
    await database.stores.challengeDays.create(
      aChallengeDay({
        _id: 'day-chesterfield',
        auditTeamIds: ['person-cp', 'person-police'],
        matAuditTeamIds: ['person-mat', 'person-health'],
      }),
    );
  },
  env: { SLACK_FILE_HOSTS: '127.0.0.1', TEAMS_FILE_HOSTS: '127.0.0.1' },
});
const { database, connector, slack } = scene;
const oneDrive = new FakeFileHost();
beforeAll(() => oneDrive.start());
afterAll(() => oneDrive.stop());

const slackMessagesIn = (channel: string) =>
  slack.callsOf('chat.postMessage').filter((call) => call.args.channel === channel);
const shownInSlack = (call: { args: Record<string, unknown> } | undefined) => JSON.stringify(call?.args.blocks ?? []);
const storedLists = () => database.stores.caseLists.collection[driver].find({}).toArray();

describe('a district’s case list sent to the bot in a personal chat', () => {
  let slackDryRunTs = '';
  let slackApplyValue = '';
  let teamsCardId = '';
  let teamsListId = '';

  it('Slack: the QA manager shares the export and gets the dry run by line, with Apply; nothing is stored as the district’s list yet', async () => {
    await fileSharedInSlack(scene, 'U-PRIYA', PRIYAS_DM, slack.addFile(FILE, EXPORT));

    await expect.poll(() => slackMessagesIn(PRIYAS_DM).length, { timeout: 10_000 }).toBe(1);
    const posted = slackMessagesIn(PRIYAS_DM)[0]!;
    const shown = shownInSlack(posted);
    expect(shown).toContain(`Case list ${FILE} for Chesterfield: dry run`);
    expect(shown).toContain('Refused — nothing from these lines is imported (11)');
    expect(shown).toContain('Line 11: the case reference looks like a person’s name');
    expect(shown).toContain('Chesterfield MAT North (MAT)');
    for (const text of IDENTIFYING_TEXT) expect(shown).not.toContain(text);
    slackApplyValue = slackButtonValue(posted.args.blocks, 'caseList.apply');
    slackDryRunTs = String(slack.messagesIn(PRIYAS_DM)[0]?.ts ?? '');
    expect(await database.stores.caseLists.currentFor('chesterfield')).toBeNull();
  });

  it('Teams: the same file attached gives the same dry run: counts, cases by team and type, every refused line', async () => {
    await fileAttachedInTeams(scene, priya, priyasChat, FILE, oneDrive.addFile(FILE, EXPORT));

    const call = scene.lastIn(priyasChat);
    const card = cardIn(call?.activity);
    const text = textsOf(card).join('\n');
    expect(text).toContain(`Case list ${FILE} for Chesterfield: dry run`);
    expect(factsOf(card)).toEqual(
      expect.arrayContaining([
        'Rows: 2,000',
        `Cases to store: ${GOOD_ROWS.toLocaleString('en-GB')}`,
        'Refused lines: 11',
      ]),
    );
    expect(factsOf(card)).toEqual(
      expect.arrayContaining([
        'Chesterfield CIN 2: 498',
        'Chesterfield CLA: 496',
        'Chesterfield CP 1: 499',
        'Chesterfield MAT North (MAT): 496',
        'CIN: 499',
        'CP: 497',
        'CLA: 496',
        'care leaver: 497',
      ]),
    );
    // The card lists the first ten refused lines, in line order, each with its reason.
    const firstTen = [...BAD_LINES.keys()].sort((a, b) => a - b).slice(0, 10);
    for (const line of firstTen) expect(text).toContain(`Line ${line}: ${BAD_LINES.get(line)}`);
    expect(text).toContain('and 1 more');
    const apply = buttonsOf(card).get('Apply');
    expect(apply?.verb).toBe('caseList.apply');
    teamsCardId = call?.id ?? '';
    teamsListId = apply?.data.listId ?? '';
    // Only the rows that passed are kept, pending: nothing from a refused line.
    const pending = JSON.stringify(await storedLists());
    for (const text of IDENTIFYING_TEXT) expect(pending).not.toContain(text);
    expect(await database.stores.caseLists.currentFor('chesterfield')).toBeNull();
  });

  it('Apply in Slack stores the good rows as Chesterfield’s case list, audited, and replaces the dry run with what was done', async () => {
    await scene.post(buttonPressed('U-PRIYA', PRIYAS_DM, slackDryRunTs, slackApplyValue));

    await expect.poll(() => database.stores.caseLists.currentFor('chesterfield'), { timeout: 10_000 }).not.toBeNull();
    const current = await database.stores.caseLists.currentFor('chesterfield');
    expect(current?.cases).toHaveLength(GOOD_ROWS);
    expect(current?.cases.some((entry) => entry.caseReference === 'CR-100100')).toBe(false);
    expect(current).toMatchObject({ appliedBy: 'person-priya', districtId: 'chesterfield' });
    expect(await database.stores.auditEvents.trailFor('case_list', current!._id)).toEqual([
      expect.objectContaining({
        transition: 'apply',
        actorId: 'person-priya',
        before: 'none',
        after: 'current',
        note: expect.stringContaining(`${GOOD_ROWS} open cases from ${FILE} (2000 rows, 11 refused)`),
      }),
    ]);
    await expect
      .poll(() => shownInSlack({ args: slack.messagesIn(PRIYAS_DM)[0] ?? {} }), { timeout: 10_000 })
      .toContain(`Case list ${FILE} for Chesterfield: stored`);
  });

  it('Apply on the Teams dry run replaces that list with its own; pressed again it changes nothing and says so', async () => {
    const replaced = await database.stores.caseLists.currentFor('chesterfield');

    await scene.press(priya, priyasChat, teamsCardId, 'caseList.apply', { listId: teamsListId });
    await scene.settle(); // the dry run is replaced for everyone once the answer is sent
    const shown = cardIn(connector.message(teamsCardId));
    expect(textsOf(shown).join(' ')).toContain('This is now Chesterfield’s case list, replacing the list applied');
    expect(buttonsOf(shown).size).toBe(0);
    const current = await database.stores.caseLists.currentFor('chesterfield');
    expect(current?._id).toBe(teamsListId);
    expect(await database.stores.caseLists.findById(replaced!._id)).toBeNull();
    expect((await database.stores.auditEvents.trailFor('case_list', teamsListId))[0]?.before).toBe(replaced?._id);

    const again = await scene.press(priya, priyasChat, teamsCardId, 'caseList.apply', { listId: teamsListId });
    expect(textsOf(again.body).join(' ')).toContain(`${FILE} was applied already`);
    expect(await database.stores.auditEvents.trailFor('case_list', teamsListId)).toHaveLength(1);
  });

  it('the sample is then drawn from the stored list: 8 cases across teams and types, one per worker, each to its site’s audit team', async () => {
    await scene.say(priya, priyasChat, 'draw sample of 8 for Chesterfield seed dec-2026');
    expect(scene.lastCardTextIn(priyasChat)).toContain('Case sample drawn: 8 cases');

    const sample = await database.stores.caseSamples.forChallengeDay('day-chesterfield');
    expect(sample?.cases).toHaveLength(8);
    expect(sample?.casesSharingAWorker).toBe(0);
    const listed = new Map(
      (await database.stores.caseLists.currentFor('chesterfield'))!.cases.map((entry) => [entry.caseReference, entry]),
    );
    expect(new Set(sample?.cases.map((entry) => listed.get(entry.caseReference)?.workerReference)).size).toBe(8);
    for (const entry of sample?.cases ?? []) {
      const mat = entry.teamName === 'Chesterfield MAT North';
      expect(entry.site).toBe(mat ? 'mat' : 'district');
      expect(mat ? ['person-mat', 'person-health'] : ['person-cp', 'person-police']).toContain(entry.auditorId);
      expect(entry.auditorId === 'person-cp' && entry.teamName === 'Chesterfield CP 1').toBe(false);
      expect(entry.auditorId === 'person-mat' && mat).toBe(false);
    }
    const [drawn] = await database.stores.auditEvents.trailFor('case_sample', sample!._id);
    expect(drawn?.note).toContain('8 of 1989 cases from the district’s case list');
    expect(drawn?.note).toContain('stratified by team and case type');
  });

  it('refuses anyone but a QA manager, naming who can, without downloading or keeping the file', async () => {
    const downloads = oneDrive.downloads.length;
    const lists = (await storedLists()).length;
    await fileAttachedInTeams(scene, owen, owensChat, FILE, oneDrive.addFile(FILE, EXPORT));
    expect(scene.lastCardTextIn(owensChat)).toContain(
      'Only a QA manager can import a file (people, or a district’s case list). Ask a QA manager, Priya Patel.',
    );
    expect(oneDrive.downloads.length).toBe(downloads);

    await fileSharedInSlack(scene, 'U-OWEN', 'D-OWEN', slack.addFile(FILE, EXPORT));
    await expect
      .poll(() => shownInSlack(slackMessagesIn('D-OWEN')[0]))
      .toContain('Only a QA manager can import a file');
    expect((await storedLists()).length).toBe(lists);
  });

  it('a file without a column is refused as a whole, naming the column, and nothing is kept', async () => {
    const lists = (await storedLists()).length;
    const noDates = 'Case reference,Team,Worker reference,Case type\r\nCR-1,Chesterfield CP 1,W-1,CP\r\n';
    await fileAttachedInTeams(scene, priya, priyasChat, 'no-dates.csv', oneDrive.addFile('no-dates.csv', noDates));
    expect(scene.lastCardTextIn(priyasChat)).toContain('The file has no ‘date opened’ column.');
    expect((await storedLists()).length).toBe(lists);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { driver } from '../../src/store/driver-collection.js';
import { FakeFileHost } from '../fakes/file-host.js';
import { buttonsOf } from '../support/card-buttons.js';
import { fileAttachedInTeams, fileSharedInSlack, slackButtonValue } from '../support/chat-files.js';
import { aPerson } from '../support/fixtures.js';
import { personalChat, teamsAndSlackScene, teamsUser } from '../support/scene.js';
import { buttonPressed } from '../support/slack-requests.js';
import { cardIn, factsOf, textsOf } from '../support/teams-activities.js';

/*
 * The people file sent to the bot in a personal chat (issue 15, point 3): the same file through a Slack file
 * share and a Teams attachment gives the dry run with an Apply button; Apply imports; pressed again it changes
 * nothing. The files are served as each platform serves them (Slack with the bot token, Teams from a
 * pre-authorised OneDrive address), on loopback.
 */

const priya = teamsUser('priya', 'Priya Patel');
const owen = teamsUser('owen', 'Owen Staff');
const priyasChat = personalChat(priya);
const owensChat = personalChat(owen);
const PRIYAS_DM = 'D-PRIYA';

/** As Excel saves "CSV UTF-8": a byte order mark, CRLF, a quoted team name with a comma; line 4 is refused. */
const STAFF_CSV =
  '\uFEFFname,email,roles,districts,team,line_manager_email\r\n' +
  'Amy Clarke,amy.clarke@derbyshire.gov.uk,staff,Chesterfield,"Chesterfield, team 1",\r\n' +
  'Ben Okafor,Ben.Okafor@derbyshire.gov.uk,Auditor,chesterfield,,\r\n' +
  'Sam Hurst,sam.hurst@derbyshire.gov.uk,staff,Chesterfeld,,\r\n';

const scene = teamsAndSlackScene({
  now: new Date('2026-12-01T09:00:00Z'),
  people: [
    aPerson({
      _id: 'person-priya',
      displayName: 'Priya Patel',
      roles: ['qa_manager'],
      districtIds: [],
      email: 'priya.patel@derbyshire.gov.uk',
      identities: { teamsAadObjectId: priya.aadObjectId, slackUserId: 'U-PRIYA' },
    }),
    aPerson({
      _id: 'person-owen',
      displayName: 'Owen Staff',
      roles: ['district_manager'],
      email: 'owen.staff@derbyshire.gov.uk',
      identities: { teamsAadObjectId: owen.aadObjectId, slackUserId: 'U-OWEN' },
    }),
  ],
  env: { SLACK_FILE_HOSTS: '127.0.0.1', TEAMS_FILE_HOSTS: '127.0.0.1' },
});
const { database, connector, slack } = scene;
const oneDrive = new FakeFileHost();
beforeAll(() => oneDrive.start());
afterAll(() => oneDrive.stop());

const slackMessagesIn = (channel: string) =>
  slack.callsOf('chat.postMessage').filter((call) => call.args.channel === channel);
const textOfSlack = (call: { args: Record<string, unknown> } | undefined) => JSON.stringify(call?.args.blocks ?? []);
const peopleCount = async () => (await database.stores.people.allByName(1000)).length;

describe('a people file sent to the bot in a personal chat', () => {
  let slackDryRunTs = '';
  let slackApplyValue = '';
  let teamsCardId = '';
  let teamsImportId = '';

  it('Slack: a QA manager shares the file in the bot’s direct message and gets the dry run, with Apply; nothing is imported yet', async () => {
    const file = slack.addFile('staff.csv', STAFF_CSV);
    await fileSharedInSlack(scene, 'U-PRIYA', PRIYAS_DM, file);

    await expect.poll(() => slackMessagesIn(PRIYAS_DM).length).toBe(1);
    const posted = slackMessagesIn(PRIYAS_DM)[0]!;
    const shown = textOfSlack(posted);
    expect(shown).toContain('People file staff.csv: dry run');
    expect(shown).toContain('Line 4: Sam Hurst (sam.hurst@derbyshire.gov.uk)');
    expect(shown).toContain('Chesterfeld');
    expect(shown).toContain('To add (2)');
    expect(shown).toContain('Line 2: Amy Clarke (amy.clarke@derbyshire.gov.uk)');
    slackApplyValue = slackButtonValue(posted.args.blocks, 'peopleImport.apply');
    slackDryRunTs = String(slack.messagesIn(PRIYAS_DM)[0]?.ts ?? '');
    // Downloaded once, with the bot token, from the address in Slack's event.
    expect(slack.fileDownloads).toEqual([{ path: expect.stringContaining('/download/staff.csv'), authorized: true }]);
    expect(await peopleCount()).toBe(2);
  });

  it('Teams: the same file attached in the personal chat gives the same dry run, downloaded without the bot’s credentials', async () => {
    await fileAttachedInTeams(scene, priya, priyasChat, 'staff.csv', oneDrive.addFile('staff.csv', STAFF_CSV));

    const call = scene.lastIn(priyasChat);
    const card = cardIn(call?.activity);
    expect(textsOf(card).join(' ')).toContain('People file staff.csv: dry run');
    expect(factsOf(card)).toEqual(
      expect.arrayContaining([
        'Rows: 3',
        'To add: 2',
        'To change: 0',
        'Refused: 1',
        'Registered but not in the file: 2',
      ]),
    );
    expect(textsOf(card).join(' ')).toContain('Line 4: Sam Hurst');
    const apply = buttonsOf(card).get('Apply');
    expect(apply?.verb).toBe('peopleImport.apply');
    teamsCardId = call?.id ?? '';
    teamsImportId = apply?.data.importId ?? '';
    expect(oneDrive.downloads).toEqual([{ path: expect.stringContaining('staff.csv'), authorized: true }]);
    expect(await peopleCount()).toBe(2);
  });

  it('Apply in Slack imports the rows that are not refused, each audited, and replaces the dry run with what was done', async () => {
    await scene.post(buttonPressed('U-PRIYA', PRIYAS_DM, slackDryRunTs, slackApplyValue));

    await expect.poll(() => peopleCount()).toBe(4);
    const amy = await database.stores.people.findByEmail('amy.clarke@derbyshire.gov.uk');
    expect(amy).toMatchObject({
      displayName: 'Amy Clarke',
      roles: ['staff'],
      districtIds: ['chesterfield'],
      teamName: 'Chesterfield, team 1',
    });
    expect(await database.stores.people.findByEmail('ben.okafor@derbyshire.gov.uk')).toMatchObject({
      roles: ['auditor'],
    });
    expect(await database.stores.people.findByEmail('sam.hurst@derbyshire.gov.uk')).toBeNull();
    expect(await database.stores.auditEvents.trailFor('person', amy!._id)).toEqual([
      expect.objectContaining({ transition: 'add', actorId: 'person-priya' }),
    ]);
    await expect
      .poll(() => textOfSlack({ args: slack.messagesIn(PRIYAS_DM)[0] ?? {} }))
      .toContain('People file staff.csv: imported');
  });

  it('Apply on the Teams dry run plans again against the people as they are now: nothing left to add, nothing changed', async () => {
    const audited = (await database.stores.auditEvents.byActor('person-priya')).length;

    await scene.press(priya, priyasChat, teamsCardId, 'peopleImport.apply', { importId: teamsImportId });
    await scene.settle(); // the dry run is replaced for everyone once the answer is sent

    const replaced = cardIn(connector.message(teamsCardId));
    expect(textsOf(replaced).join(' ')).toContain('People file staff.csv: imported');
    expect(factsOf(replaced)).toEqual(expect.arrayContaining(['Added: 0', 'Changed: 0', 'Unchanged: 2', 'Refused: 1']));
    expect(buttonsOf(replaced).size).toBe(0);
    expect(await peopleCount()).toBe(4);
    expect((await database.stores.auditEvents.byActor('person-priya')).length).toBe(audited);
    // The file's text is not kept once applied.
    expect((await database.stores.peopleImports.findById(teamsImportId))?.text).toBeUndefined();
  });

  it('pressing Apply again changes nothing and says it was applied already', async () => {
    const people = await database.stores.people.allByName(1000);
    const answer = await scene.press(priya, priyasChat, teamsCardId, 'peopleImport.apply', { importId: teamsImportId });
    expect(textsOf(answer.body).join(' ')).toContain('staff.csv was applied already');
    expect(await database.stores.people.allByName(1000)).toEqual(people);
  });

  it('a forged import id is answered that the file was not found, and imports nothing', async () => {
    const answer = await scene.press(priya, priyasChat, teamsCardId, 'peopleImport.apply', {
      importId: 'import-forged',
    });
    expect(textsOf(answer.body).join(' ')).toContain('That people file was not found');
    expect(await peopleCount()).toBe(4);
  });

  it('refuses anyone but a QA manager, naming who can, without downloading or keeping the file', async () => {
    const downloads = oneDrive.downloads.length;
    await fileAttachedInTeams(scene, owen, owensChat, 'staff.csv', oneDrive.addFile('staff.csv', STAFF_CSV));
    expect(scene.lastCardTextIn(owensChat)).toContain(
      'Only a QA manager can import a file (people, or a district’s case list). Ask a QA manager, Priya Patel.',
    );
    expect(oneDrive.downloads.length).toBe(downloads);

    const file = slack.addFile('staff.csv', STAFF_CSV);
    await fileSharedInSlack(scene, 'U-OWEN', 'D-OWEN', file);
    await expect.poll(() => textOfSlack(slackMessagesIn('D-OWEN')[0])).toContain('Only a QA manager can import a file');
    expect(
      slack.fileDownloads.filter((download) => download.path === new URL(String(file.url_private_download)).pathname),
    ).toEqual([]);
    const kept = await database.stores.peopleImports.collection[driver].countDocuments({ uploadedBy: 'person-owen' });
    expect(kept).toBe(0);
  });

  it('a file that is not CSV is answered so, and not downloaded', async () => {
    const downloads = oneDrive.downloads.length;
    await fileAttachedInTeams(scene, priya, priyasChat, 'staff.xlsx', oneDrive.addFile('staff.xlsx', 'PK\u0003\u0004'));
    expect(scene.lastCardTextIn(priyasChat)).toContain('staff.xlsx is not a CSV file');
    expect(oneDrive.downloads.length).toBe(downloads);
  });

  it('a file bigger than 2 MB, one elsewhere than the platform, and one behind a redirect are refused with a reason', async () => {
    const big = { ...slack.addFile('big.csv', 'name,email\r\n'), size: 3_000_000 };
    await fileSharedInSlack(scene, 'U-PRIYA', PRIYAS_DM, big);
    await expect.poll(() => textOfSlack(slackMessagesIn(PRIYAS_DM).at(-1))).toContain('The file is too big');

    await fileAttachedInTeams(scene, priya, priyasChat, 'staff.csv', 'https://attacker.example.org/staff.csv');
    expect(scene.lastCardTextIn(priyasChat)).toContain('only from the chat platform itself');

    await fileAttachedInTeams(
      scene,
      priya,
      priyasChat,
      'staff.csv',
      oneDrive.addRedirect('https://attacker.example.org/x.csv'),
    );
    expect(scene.lastCardTextIn(priyasChat)).toContain('could not download the file');
  });

  it('a download that stops half-way is given up within its time, and a file that is not text is refused', async () => {
    await fileAttachedInTeams(scene, priya, priyasChat, 'staff.csv', oneDrive.addStalledFile());
    expect(scene.lastCardTextIn(priyasChat)).toContain('could not download the file');

    await fileAttachedInTeams(
      scene,
      priya,
      priyasChat,
      'staff.csv',
      oneDrive.addFile('staff.csv', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])),
    );
    expect(scene.lastCardTextIn(priyasChat)).toContain('The file is not plain text');
    expect(await peopleCount()).toBe(4);
  });

  it('a file shared in a Slack channel is left alone', async () => {
    const posts = slack.callsOf('chat.postMessage').length;
    const downloads = slack.fileDownloads.length;
    await fileSharedInSlack(scene, 'U-PRIYA', 'C-CHESTERFIELD', slack.addFile('staff.csv', STAFF_CSV), 'channel');
    // A later message in the direct message shows the event before it was handled and left alone.
    await fileSharedInSlack(scene, 'U-PRIYA', PRIYAS_DM, slack.addFile('notes.pdf', '%PDF-1.7'));
    await expect.poll(() => textOfSlack(slackMessagesIn(PRIYAS_DM).at(-1))).toContain('notes.pdf is not a CSV file');
    expect(slack.callsOf('chat.postMessage').length).toBe(posts + 1);
    expect(slack.fileDownloads.length).toBe(downloads);
  });
});

describe('a county’s whole file sent in chat', () => {
  it('is imported in as many presses as it takes, each answered within the platform’s wait: Continue until all are in, once each', async () => {
    const rows = Array.from(
      { length: 400 },
      (_, n) => `Person ${n},person.${n}@derbyshire.gov.uk,staff,Chesterfield,"Chesterfield, team ${n % 6}",`,
    );
    const csv = `\uFEFFname,email,roles,districts,team,line_manager_email\r\n${rows.join('\r\n')}\r\n`;
    await fileAttachedInTeams(scene, priya, priyasChat, 'county.csv', oneDrive.addFile('county.csv', csv));
    const call = scene.lastIn(priyasChat);
    const cardId = call?.id ?? '';
    let button = buttonsOf(cardIn(call?.activity)).get('Apply');
    let presses = 0;
    let shown = '';
    while (button && presses < 30) {
      presses += 1;
      const answer = await scene.press(priya, priyasChat, cardId, 'peopleImport.apply', button.data);
      shown = textsOf(answer.body).join(' ');
      button = buttonsOf(answer.body).get('Continue');
      if (button) expect(shown).toContain('People file county.csv: part imported');
    }

    expect(shown).toContain('People file county.csv: imported');
    const imported = (await database.stores.people.allByName(2000)).filter((person) =>
      person.email?.startsWith('person.'),
    );
    expect(imported).toHaveLength(400);
    const audited = await database.stores.auditEvents.byActor('person-priya');
    expect(audited.filter((event) => event.entityKind === 'person' && event.transition === 'add')).toHaveLength(402);
  }, 120_000);
});

import { describe, expect, it } from 'vitest';
import { aChallengeDay, aDistrict, aNoticeReply } from '../../support/fixtures.js';
import { teamsScene } from '../../support/scene.js';
import {
  cardIn,
  factsOf,
  postActivity,
  registered,
  searchTyped,
  textsOf,
  type TeamsConversation,
} from '../../support/teams-activities.js';
import { driver } from '../../../src/store/driver-collection.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { replyDetailsFor } from '../../../src/interactions/present/reply-details.js';

/*
 * Who came to a Challenge Day: the register, prefilled from the answers to its notice, kept by the QA manager
 * or a senior manager on the day's audit team; and what the answers said (case references and notes), shown to
 * the managers who run the day and offered to the focus group as topics.
 */

const erewash = aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] });
const chesterfield = aDistrict();
const user = (key: string, name: string) => ({ aadObjectId: `aad-${key}`, name });
const chatOf = (key: string): TeamsConversation => ({
  id: `a:personal-${key}`,
  type: 'personal',
  tenantId: 'tenant-derbyshire',
});

const priya = user('priya', 'Priya Patel');
const sue = user('sue', 'Sue Marsh');
const bill = user('bill', 'Bill Okafor');
const jo = user('jo', 'Jo Bennett');
const liam = user('liam', 'Liam Foster');
const kim = user('kim', 'Kim Shaw');
const pat = user('pat', 'Pat Dunne');
const sam = user('sam', 'Sam Kerr');
const nia = user('nia', 'Nia Evans');
const owen = user('owen', 'Owen Hart');

const day = aChallengeDay({
  _id: 'day-erewash',
  districtId: 'erewash',
  matLocality: 'Erewash MAT',
  sites: { district: 'Ilkeston Town Hall', mat: 'Long Eaton Centre' },
  status: 'in_progress',
  plannedById: 'person-priya',
  auditTeamIds: ['person-sue', 'person-pat'],
  expectedAttendeeIds: ['person-jo', 'person-liam', 'person-kim'],
});
const chesterfieldDay = aChallengeDay({ _id: 'day-chesterfield', status: 'in_progress', plannedById: 'person-priya' });

const teams = teamsScene({
  // On the day, in London: Thu 3 Dec 2026 at 11:00.
  now: new Date('2026-12-03T11:00:00Z'),
  districts: [erewash, chesterfield],
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(sue, { _id: 'person-sue', roles: ['senior_manager'], districtIds: ['erewash'] }),
    registered(bill, { _id: 'person-bill', roles: ['senior_manager'], districtIds: ['erewash'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'], districtIds: ['erewash'] }),
    registered(liam, { _id: 'person-liam', roles: ['staff'], districtIds: ['erewash'] }),
    registered(kim, { _id: 'person-kim', roles: ['district_manager'], districtIds: ['erewash'] }),
    registered(pat, {
      _id: 'person-pat',
      roles: ['partner_agency'],
      districtIds: ['erewash'],
      agency: 'Derbyshire Constabulary',
    }),
    registered(sam, { _id: 'person-sam', roles: ['staff'], districtIds: ['erewash'] }),
    registered(nia, {
      _id: 'person-nia',
      roles: ['partner_agency'],
      districtIds: ['erewash'],
      agency: 'Derbyshire Community Health',
    }),
    registered(owen, { _id: 'person-owen', roles: ['staff'], districtIds: ['chesterfield'] }),
  ],
  seed: async () => {
    const { stores } = teams.database;
    await stores.challengeDays.create(day);
    await stores.challengeDays.create(chesterfieldDay);
    const replied = (personId: string, minutes: number) => new Date(Date.UTC(2026, 11, 1, 10, minutes));
    await stores.noticeReplies.saveReply(
      aNoticeReply({
        challengeDayId: day._id,
        personId: 'person-jo',
        kind: 'attending',
        caseReference: 'CR-104233',
        note: 'Would like to talk about supervision',
        repliedAt: replied('jo', 1),
      }),
    );
    await stores.noticeReplies.saveReply(
      aNoticeReply({
        challengeDayId: day._id,
        personId: 'person-liam',
        kind: 'unavailable',
        repliedAt: replied('liam', 2),
      }),
    );
    await stores.noticeReplies.saveReply(
      aNoticeReply({
        challengeDayId: day._id,
        personId: 'person-pat',
        kind: 'focus_group',
        repliedAt: replied('pat', 3),
      }),
    );
    // Sam was not named on the day, but answered its notice.
    await stores.noticeReplies.saveReply(
      aNoticeReply({
        challengeDayId: day._id,
        personId: 'person-sam',
        kind: 'focus_group',
        note: 'Caseloads in the duty team',
        repliedAt: replied('sam', 4),
      }),
    );
  },
});
const { database } = teams;

/** What the bot last sent into someone's chat with it: its texts and facts, and the card itself. */
function lastCard(who: string) {
  const card = cardIn(teams.lastIn(chatOf(who))?.activity);
  return { card, shown: [...textsOf(card), ...factsOf(card)].join('\n') };
}

/** The register form's inputs: the people listed to tick, and who is ticked. */
function registerInputs(card: unknown) {
  const inputs = JSON.stringify(card);
  const form = JSON.parse(inputs) as {
    body: { id?: string; value?: string; choices?: { title: string; value: string }[] }[];
  };
  const attended = form.body.find((element) => element.id === 'attended');
  return {
    listed: (attended?.choices ?? []).map((choice) => choice.title),
    ticked: (attended?.value ?? '').split(',').filter(Boolean).sort(),
  };
}

const registers = () => database.stores.attendanceRegisters.collection[driver].find({}).toArray();
const registerEvents = () =>
  database.stores.auditEvents.collection[driver].find({ entityKind: 'attendance_register' }).sort({ _id: 1 }).toArray();

describe('the register of who came', () => {
  it('“register for Erewash” opens the register prefilled from the notice: those who said they would come ticked, everyone named or who answered listed with role, agency and answer', async () => {
    await teams.say(priya, chatOf('priya'), 'register for Erewash');

    const { card, shown } = lastCard('priya');
    expect(shown).toContain('Who came');
    expect(shown).toContain('Challenge Day in Erewash and Erewash MAT — Thu 3 Dec 2026');
    expect(shown).toContain('Ticked: the 3 whose answer to the notice said they would come.');
    const { listed, ticked } = registerInputs(card);
    expect(listed).toEqual([
      'Jo Bennett — District or MAT staff · expected · said: Attending',
      'Liam Foster — District or MAT staff · expected · said: Unavailable',
      'Kim Shaw — District manager · expected · no answer',
      'Sue Marsh — Senior manager · audit team · no answer',
      'Pat Dunne — Partner agency (police, health), Derbyshire Constabulary · audit team · said: Available for a focus group',
      'Sam Kerr — District or MAT staff · answered the notice · said: Available for a focus group',
    ]);
    expect(ticked).toEqual(['person-jo', 'person-pat', 'person-sam']);
  });

  it('“who came to the Erewash Challenge Day” opens the same register', async () => {
    await teams.say(priya, chatOf('priya'), 'who came to the Erewash Challenge Day?');

    expect(registerInputs(lastCard('priya').card).ticked).toEqual(['person-jo', 'person-pat', 'person-sam']);
  });

  it('submitted, it is stored once with who did not come and who came unannounced, and the receipt gives the counts', async () => {
    const response = await teams.press(priya, chatOf('priya'), 'register-1', 'register.submit', {
      challengeDayId: day._id,
      attended: 'person-jo,person-pat,person-kim',
      unannounced: 'person-nia',
    });

    const receipt = [...textsOf(response.body.value), ...factsOf(response.body.value)].join('\n');
    expect(receipt).toContain('Who came: register saved');
    expect(receipt).toContain('Came: 4');
    expect(receipt).toContain('Did not come: 3');
    expect(receipt).toContain('Came unannounced: 1');
    const stored = await registers();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      _id: day._id,
      attendedIds: ['person-jo', 'person-pat', 'person-kim', 'person-nia'],
      absentIds: ['person-liam', 'person-sue', 'person-sam'],
      unannouncedIds: ['person-nia'],
      recordedById: 'person-priya',
      version: 1,
    });
  });

  it('opened again, it shows the register as saved; saved again, it replaces it: still one register, a new version, each audited', async () => {
    await teams.say(priya, chatOf('priya'), 'register for Erewash');
    expect(registerInputs(lastCard('priya').card).ticked).toEqual(['person-jo', 'person-kim', 'person-pat']);

    const response = await teams.press(priya, chatOf('priya'), 'register-2', 'register.submit', {
      challengeDayId: day._id,
      attended: 'person-jo,person-pat,person-kim,person-sam',
      unannounced: 'person-nia',
    });

    expect(textsOf(response.body.value).join(' ')).toContain('Who came: register replaced');
    const stored = await registers();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ absentIds: ['person-liam', 'person-sue'], version: 2 });
    expect((await registerEvents()).map((event) => [event.transition, event.actorId, event.note])).toEqual([
      ['record', 'person-priya', '4 came (1 unannounced), 3 did not'],
      ['replace', 'person-priya', '5 came (1 unannounced), 2 did not'],
    ]);
  });

  it('the same submission delivered twice is stored once', async () => {
    const submission = {
      challengeDayId: day._id,
      attended: 'person-jo,person-pat,person-kim,person-sam,person-sue',
      unannounced: 'person-nia',
    };
    await teams.press(sue, chatOf('sue'), 'register-3', 'register.submit', submission);
    const first = await registers();
    await teams.press(sue, chatOf('sue'), 'register-3', 'register.submit', submission);

    expect(await registers()).toEqual(first);
    expect(first[0]).toMatchObject({ version: 3, recordedById: 'person-sue', absentIds: ['person-liam'] });
  });

  it('a ticked person the day does not list (tampered card data) is refused beside the list, the entry kept, and nothing stored changes', async () => {
    const before = await registers();

    const response = await teams.press(priya, chatOf('priya'), 'register-4', 'register.submit', {
      challengeDayId: day._id,
      attended: 'person-jo,person-owen',
      unannounced: '',
    });

    expect(textsOf(response.body.value)).toContain('Tick only the people listed here.');
    expect(registerInputs(response.body.value)).toMatchObject({ ticked: ['person-jo', 'person-owen'] });
    expect(await registers()).toEqual(before);
  });

  it('a forged day id is refused as not found, and nothing is stored for it', async () => {
    const response = await teams.press(priya, chatOf('priya'), 'register-5', 'register.submit', {
      challengeDayId: 'day-made-up',
      attended: 'person-jo',
      unannounced: '',
    });

    expect(JSON.stringify(response.body)).toContain('That Challenge Day was not found.');
    expect((await registers()).map((register) => register._id)).toEqual([day._id]);
  });

  it('someone who came unannounced must be someone on record: an id nobody has is refused beside the picker', async () => {
    const before = await registers();

    const response = await teams.press(priya, chatOf('priya'), 'register-6', 'register.submit', {
      challengeDayId: day._id,
      attended: 'person-jo',
      unannounced: 'person-nobody',
    });

    expect(JSON.stringify(response.body)).toContain('someone the bot does not know');
    expect(await registers()).toEqual(before);
  });

  it('the “also came” picker finds anyone current by name for the register’s keeper, and nobody for staff', async () => {
    const search = async (who: { aadObjectId: string; name: string }, key: string) => {
      const response = await postActivity(
        teams.running.baseUrl,
        searchTyped(teams.serviceUrl, chatOf(key), who, `people.day_register.${day._id}`, 'nia'),
      );
      expect(response.status).toBe(200);
      const body = response.body as { type: string; value: { results: { title: string }[] } };
      expect(body.type).toBe('application/vnd.microsoft.search.searchResponse');
      return body.value.results;
    };

    expect((await search(priya, 'priya')).map((result) => result.title)).toEqual(['Nia Evans']);
    expect(await search(jo, 'jo')).toEqual([]);
  });

  it('staff are refused, told who can record it, and nothing is stored', async () => {
    const before = await registers();

    await teams.say(jo, chatOf('jo'), 'register for Erewash');
    const pressed = await teams.press(jo, chatOf('jo'), 'register-7', 'register.submit', {
      challengeDayId: day._id,
      attended: 'person-jo',
      unannounced: '',
    });

    const refusal =
      'Only a QA manager, whoever planned the day, or a senior manager on its audit team can record who came. Ask Priya Patel, who planned it.';
    expect(lastCard('jo').shown).toContain(refusal);
    expect(JSON.stringify(pressed.body)).toContain(refusal);
    expect(await registers()).toEqual(before);
  });

  it('a senior manager of the district who is not on the day’s audit team is refused too', async () => {
    await teams.say(bill, chatOf('bill'), 'register for Erewash');

    expect(lastCard('bill').shown).toContain(
      'Only a QA manager, whoever planned the day, or a senior manager on its audit team',
    );
  });

  it('“who hasn’t replied” stays about the notice: it still lists Kim, whom the register has as having come, and never Liam, who answered and did not come', async () => {
    await teams.say(priya, chatOf('priya'), 'who hasn’t replied for Erewash');

    const { shown } = lastCard('priya');
    expect(shown).toContain('Not yet replied for Erewash');
    expect(shown).toContain('Kim Shaw');
    expect(shown).not.toContain('Liam Foster');
    const [register] = await registers();
    expect(register?.attendedIds).toContain('person-kim');
    expect(register?.absentIds).toContain('person-liam');
  });
});

describe('what the answers to the notice said', () => {
  it('“replies for Erewash” shows the QA manager each answer with its case reference and note, whether who came is recorded, and the button to record it', async () => {
    await teams.say(priya, chatOf('priya'), 'replies for Erewash');

    const { card, shown } = lastCard('priya');
    expect(shown).toContain('Replies to the notice');
    expect(shown).toContain('Jo Bennett: Attending · case CR-104233 · “Would like to talk about supervision”');
    expect(shown).toContain('Sam Kerr: Available for a focus group · “Caseloads in the duty team”');
    expect(shown).toContain('Liam Foster: Unavailable');
    expect(shown).toContain('Not yet answered: 1');
    expect(shown).toContain('Who came: 6 came, 1 did not');
    expect(JSON.stringify(card)).toContain('"form":"register.submit"');
  });

  it('“the Erewash Challenge Day” is the same overview', async () => {
    await teams.say(priya, chatOf('priya'), 'the Erewash Challenge Day');

    expect(lastCard('priya').shown).toContain('Jo Bennett: Attending · case CR-104233');
  });

  it('staff are refused the replies, with who can help, and see no case reference or note', async () => {
    await teams.say(jo, chatOf('jo'), 'replies for Erewash');

    const { shown } = lastCard('jo');
    expect(shown).toContain('Only managers can see the replies to a notice.');
    expect(shown).toContain('Kim Shaw');
    expect(shown).not.toContain('CR-104233');
    expect(shown).not.toContain('supervision');
  });

  it('a case reference in an answer is given only to readers who need to know the case: the QA manager, not a partner on the audit team', async () => {
    const { stores } = database;
    const replies = await stores.noticeReplies.repliesForDay(day._id);
    const [qaManager, partner] = await Promise.all([
      stores.people.findById('person-priya'),
      stores.people.findById('person-pat'),
    ]);
    if (!qaManager || !partner) throw new Error('Priya or Pat is missing');

    const jos = async (reader: typeof qaManager) =>
      (await replyDetailsFor(stores, actorFor(reader), day, replies)).find(
        (detail) => detail.reply.personId === 'person-jo',
      );

    expect(await jos(qaManager)).toMatchObject({
      caseReference: 'CR-104233',
      note: 'Would like to talk about supervision',
    });
    const partnersView = await jos(partner);
    expect(partnersView?.caseReference).toBeUndefined();
    expect(partnersView?.note).toBe('Would like to talk about supervision');
  });

  it('the focus-group form offers the facilitator the answers’ cases and notes as topics, without who raised them', async () => {
    await teams.say(sue, chatOf('sue'), 'focus group for Erewash');

    const { shown } = lastCard('sue');
    expect(shown).toContain('Raised in answers to the notice');
    expect(shown).toContain('CR-104233: Would like to talk about supervision');
    expect(shown).toContain('Note: Caseloads in the duty team');
    expect(shown).not.toContain('Jo Bennett');
  });
});

describe('the register’s days', () => {
  it('before the day, the register is not open yet and says when it opens', async () => {
    teams.setNow(new Date('2026-12-02T11:00:00Z'));
    await teams.say(priya, chatOf('priya'), 'register for Erewash');
    teams.setNow(new Date('2026-12-03T11:00:00Z'));

    expect(lastCard('priya').shown).toContain('Who came is recorded on the day: the register opens on Thu 3 Dec 2026.');
  });

  it('three days after the day it can still be corrected; on the fourth it is closed and the register recorded stands', async () => {
    teams.setNow(new Date('2026-12-06T20:00:00Z'));
    await teams.say(priya, chatOf('priya'), 'register for Erewash');
    expect(lastCard('priya').shown).toContain('Who came');
    teams.setNow(new Date('2026-12-07T09:00:00Z'));
    await teams.say(priya, chatOf('priya'), 'register for Erewash');
    teams.setNow(new Date('2026-12-03T11:00:00Z'));

    expect(lastCard('priya').shown).toContain('The register closed on Sun 6 Dec 2026');
  });
});

import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config.js';
import { purgeExpiredRecords } from '../../../src/domain/retention/purge-expired-records.js';
import { retentionPeriods } from '../../../src/jobs/purge-records.js';
import { ExpiredRecords } from '../../../src/store/expired-records.js';
import { aChallengeDay } from '../../support/fixtures.js';
import { caseFindingSubmission } from '../../support/form-submissions.js';
import { personalChat as chatOf, teamsScene, teamsUser as user } from '../../support/scene.js';
import { cardIn, registered, textsOf, type TeamsConversation } from '../../support/teams-activities.js';

const priya = user('priya', 'Priya Patel'); // QA manager
const martin = user('martin', 'Martin Cole'); // senior manager
const helen = user('helen', 'Helen Ward'); // district manager
const dan = user('dan', 'Dan Reeves'); // peer auditor
const jo = user('jo', 'Jo Bennett'); // district staff
const channel: TeamsConversation = {
  id: '19:chesterfield-audit@thread.tacv2',
  type: 'channel',
  tenantId: 'tenant-derbyshire',
};
let dayId = '';

const teams = teamsScene({
  now: new Date('2026-12-03T08:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(martin, { _id: 'person-martin', roles: ['senior_manager'] }),
    registered(helen, { _id: 'person-helen', roles: ['district_manager'] }),
    registered(jo, { _id: 'person-jo', roles: ['staff'] }),
    registered(dan, { _id: 'person-dan', roles: ['auditor'], districtIds: ['erewash'], teamName: 'Erewash CP' }),
  ],
  seed: async () => {
    const day = aChallengeDay({ status: 'announced', auditTeamIds: ['person-dan'], expectedAttendeeIds: [] });
    dayId = (await database.stores.challengeDays.create(day))._id;
  },
});
const { database, say, setNow: at } = teams;
const answerIn = (where: TeamsConversation) => JSON.stringify(cardIn(teams.lastIn(where)?.activity) ?? {});

describe('the audit trail of a case, in Teams', () => {
  it('shows the QA manager who drew, submitted, moderated and viewed the case, in order, and no finding text', async () => {
    await say(priya, chatOf(priya), 'draw sample of 1 for Chesterfield seed trail\nCR-7001, Chesterfield CP 2');
    at('2026-12-03T10:15:00Z');
    const submitted = await teams.press(dan, chatOf(dan), 'finding-card', 'finding.submit', {
      challengeDayId: dayId,
      ...caseFindingSubmission({ caseReference: 'CR-7001', strengths: 'Persistent direct work with the family.' }),
    });
    expect(textsOf(submitted.body.value).join(' ')).toContain('Case finding saved: CR-7001');
    at('2026-12-03T11:30:00Z');
    await say(priya, chatOf(priya), 'moderate CR-7001 overall good');
    at('2026-12-03T12:45:00Z');
    await say(helen, chatOf(helen), 'show finding CR-7001');
    expect(answerIn(chatOf(helen))).toContain('Persistent direct work with the family.');

    at('2026-12-03T14:00:00Z');
    await say(priya, chatOf(priya), 'audit trail for case cr-7001');
    const trail = answerIn(chatOf(priya));
    const lines = [
      'Drawn for audit by Priya Patel, given to Dan Reeves',
      'Thu 3 Dec 2026 at 10:15","value":"Finding submitted by Dan Reeves',
      'Thu 3 Dec 2026 at 11:30","value":"Finding moderated by Priya Patel: overall Requires improvement to be good → Good',
      'Thu 3 Dec 2026 at 12:45","value":"Finding viewed by Helen Ward',
    ];
    expect(trail).toContain('Audit trail for case CR-7001');
    const positions = lines.map((line) => trail.indexOf(line));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((first, second) => first - second));
    expect(trail).not.toContain('Persistent direct work');
  });

  it('reads as an answer, not a receipt, and shows no internal id: names and labels only', async () => {
    await say(priya, chatOf(priya), 'audit trail for case CR-7001');
    const card = cardIn(teams.lastIn(chatOf(priya))?.activity);
    const shown = JSON.stringify(card);
    const [finding] = await database.stores.caseFindings.forCase(undefined, 'CR-7001');
    const [sample] = await database.stores.caseSamples.withCase('CR-7001');
    expect(textsOf(card)[0]).toBe('Audit trail for case CR-7001');
    expect(shown).not.toContain('✓');
    expect(shown).not.toContain('Submitted by');
    for (const id of [finding?._id, sample?._id, dayId, 'person-priya', 'person-dan', 'person-helen']) {
      expect(id && shown.includes(id), `${id} is shown`).toBe(false);
    }
    expect(shown).not.toMatch(/\b[0-9a-f]{24}\b/i);
    expect(shown).not.toMatch(/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i);
  });

  it('moderating to the grade the auditor gave says it is unchanged, never “Good → Good”', async () => {
    await say(priya, chatOf(priya), 'moderate CR-7001 overall requires improvement');
    const shown = JSON.stringify(cardIn(teams.lastIn(chatOf(priya))?.activity));
    expect(shown).toContain('Requires improvement to be good, unchanged');
    expect(shown).not.toContain('Requires improvement to be good → Requires improvement to be good');
  });

  it('is shown to the district’s senior manager, refused to anyone who need not know the case, and asked in a channel it says to ask in a personal chat', async () => {
    await say(martin, chatOf(martin), 'audit trail for case CR-7001');
    expect(answerIn(chatOf(martin))).toContain('Finding submitted by Dan Reeves');

    await say(jo, chatOf(jo), 'audit trail for case CR-7001');
    expect(answerIn(chatOf(jo))).toContain('A case’s audit trail is shown only to those who need to know the case');
    expect(answerIn(chatOf(jo))).not.toContain('Finding submitted');

    await say(priya, channel, 'audit trail for case CR-7001');
    expect(answerIn(channel)).toContain('The audit trail is shown only in a personal chat with the bot');
    expect(answerIn(channel)).not.toContain('Finding submitted');
  });

  it('after a retention purge has removed the case’s finding, sample and day, still lists who drew, submitted, moderated and viewed it', async () => {
    const later = new Date('2033-06-01T10:00:00Z');
    at(later);
    const purged = await purgeExpiredRecords(
      {
        findExpired: (rule) => new ExpiredRecords(database.stores).findExpired(rule),
        remove: (kind, ids) => new ExpiredRecords(database.stores).remove(kind, ids),
        recordAudit: (event) => database.stores.auditEvents.record(event),
      },
      retentionPeriods(readConfig({})),
      { runId: 'purge-test', now: later },
    );
    expect(purged).toMatchObject({ case_finding: 1, case_sample: 1, challenge_day: 1 });
    expect(await database.stores.caseFindings.forCase(undefined, 'CR-7001')).toEqual([]);

    for (const who of [priya, martin]) {
      await say(who, chatOf(who), 'audit trail for case CR-7001');
      const trail = answerIn(chatOf(who));
      for (const line of [
        'Drawn for audit by Priya Patel',
        'Finding submitted by Dan Reeves',
        'Finding moderated by Priya Patel',
        'Finding viewed by Helen Ward',
        'This audit trail viewed by Priya Patel',
      ]) {
        expect(trail, `${who.name}: ${line}`).toContain(line);
      }
    }
    await say(jo, chatOf(jo), 'audit trail for case CR-7001');
    expect(answerIn(chatOf(jo))).toContain('A case’s audit trail is shown only to those who need to know the case');
  });

  it('refuses a name in place of the case reference without repeating it', async () => {
    await say(priya, chatOf(priya), 'audit trail for Jamie Smith');
    const answer = teams.connector.callsTo(chatOf(priya).id).at(-1)?.activity;
    expect(JSON.stringify(answer)).toContain('This looks like a person’s name');
    expect(JSON.stringify(answer)).not.toContain('Jamie');
  });

  it('a case with no records says so', async () => {
    await say(priya, chatOf(priya), 'audit trail for case CR-9999');
    expect(answerIn(chatOf(priya))).toContain('None: no finding or sample for this case is recorded.');
  });
});

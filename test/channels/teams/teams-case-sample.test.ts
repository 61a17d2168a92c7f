import { describe, expect, it } from 'vitest';
import { aChallengeDay, aPerson } from '../../support/fixtures.js';
import { personalChat as chatOf, teamsScene } from '../../support/scene.js';
import { cardIn, registered } from '../../support/teams-activities.js';
import { driver } from '../../../src/store/driver-collection.js';

const priya = { aadObjectId: 'aad-priya', name: 'Priya Patel' };
const auditors = [
  { aadObjectId: 'aad-dan', name: 'Dan Reeves', id: 'person-dan', team: 'Team A' },
  { aadObjectId: 'aad-kate', name: 'Kate Lomas', id: 'person-kate', team: 'Team B' },
];
let dayId = '';
const teams = teamsScene({
  now: new Date('2026-12-01T10:00:00Z'),
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'] }),
    ...auditors.map((auditor) =>
      aPerson({
        _id: auditor.id,
        displayName: auditor.name,
        roles: ['auditor'],
        teamName: auditor.team,
        identities: { teamsAadObjectId: auditor.aadObjectId },
      }),
    ),
  ],
  seed: async () => {
    dayId = (
      await database.stores.challengeDays.create(aChallengeDay({ auditTeamIds: auditors.map((auditor) => auditor.id) }))
    )._id;
  },
});
const { database } = teams;

describe('drawing the case sample in Teams', () => {
  it('the QA manager pastes the cases; each auditor receives a prefilled case-finding card per case, never from their own team', async () => {
    // Each auditor has a personal chat with the bot already (they said hello).
    for (const auditor of auditors) await teams.say(auditor, chatOf(auditor), 'hello');

    const pasted = [
      'draw sample of 4 for Chesterfield seed dec-2026',
      'CR-7001, Team A',
      'CR-7002, Team A',
      'CR-7003, Team B',
      'CR-7004, Team B',
      'CR-7005, Team A',
      'CR-7006, Team B',
    ].join('\n');
    await teams.say(priya, chatOf(priya), pasted);
    const receipt = teams.lastCardTextIn(chatOf(priya));
    expect(receipt).toContain('Case sample drawn: 4 cases');

    await teams.settle();
    const sample = await database.stores.caseSamples.forChallengeDay(dayId);
    expect(sample?.seed).toBe('dec-2026');
    for (const auditor of auditors) {
      const theirs = sample?.cases.filter((entry) => entry.auditorId === auditor.id) ?? [];
      expect(theirs.every((entry) => entry.teamName !== auditor.team)).toBe(true);
      const cards = teams.connector
        .callsTo(chatOf(auditor).id)
        .filter((call) => call.method === 'POST' && JSON.stringify(call.activity).includes('caseReference'));
      const prefilled = cards.map(
        (call) => /"id":"caseReference"[^}]*"value":"([^"]+)"/.exec(JSON.stringify(cardIn(call.activity)))?.[1],
      );
      expect(prefilled.sort()).toEqual(theirs.map((entry) => entry.caseReference).sort());
    }
  });

  it('a list with a child’s name in it is refused, line by line, and nothing is drawn', async () => {
    const before = await database.stores.caseSamples.collection[driver].countDocuments();
    await teams.say(priya, chatOf(priya), 'draw sample of 1 for Chesterfield\nJamie Smith, Team A');
    const answer = teams.lastCardTextIn(chatOf(priya));
    expect(answer).toContain('Line 2: This looks like a person’s name');
    expect(await database.stores.caseSamples.collection[driver].countDocuments()).toBe(before);
  });
});

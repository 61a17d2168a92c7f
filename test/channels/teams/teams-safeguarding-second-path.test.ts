import { describe, expect, it } from 'vitest';
import { aChallengeDay, aConversationLink, aDistrict } from '../../support/fixtures.js';
import { caseFindingGrades, caseFindingSubmission } from '../../support/form-submissions.js';
import { personalChat as chatOf, teamsScene, teamsUser } from '../../support/scene.js';
import { BOT, cardIn, factsOf, registered, textsOf, type TeamsConversation } from '../../support/teams-activities.js';

/*
 * An immediate safeguarding concern must reach someone today. When the alert cannot reach one of the managers
 * it is for, the channel chosen as the managers' is told — case reference, district, auditor, who was not
 * reached, never the finding's detail — and the auditor's receipt says so.
 */

const tenantId = 'tenant-derbyshire';
const priya = teamsUser('priya', 'Priya Patel'); // QA manager
const dan = teamsUser('dan', 'Dan Reeves'); // auditor in both districts
const hana = teamsUser('hana', 'Hana Wood'); // High Peak's district manager, reachable
const managers: TeamsConversation = { id: '19:managers@thread.tacv2', type: 'channel', tenantId };
const chesterfieldManagers: TeamsConversation = {
  id: '19:chesterfield-managers@thread.tacv2',
  type: 'channel',
  tenantId,
};
const highPeakManagers: TeamsConversation = { id: '19:high-peak-managers@thread.tacv2', type: 'channel', tenantId };
const days: Record<string, string> = {};
const REASON = 'No visit for eight weeks while on a child protection plan';

const teams = teamsScene({
  now: new Date('2026-12-03T11:00:00Z'),
  districts: [
    aDistrict(),
    aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'High Peak MAT', aliases: [] }),
  ],
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(dan, { _id: 'person-dan', roles: ['auditor'], districtIds: ['chesterfield', 'high-peak'] }),
    registered(hana, { _id: 'person-hana', roles: ['district_manager'], districtIds: ['high-peak'] }),
    // Chesterfield's district manager, registered by name only: the bot knows no account of his.
    registered(teamsUser('sam', 'Sam Hurst'), { _id: 'person-sam', roles: ['district_manager'], identities: {} }),
  ],
  seed: async () => {
    for (const districtId of ['chesterfield', 'high-peak']) {
      const day = aChallengeDay({ districtId, status: 'in_progress', auditTeamIds: ['person-dan'] });
      days[districtId] = (await database.stores.challengeDays.create(day))._id;
    }
    for (const user of [priya, hana]) await teams.say(user, chatOf(user), 'hello');
  },
});
const { database, connector } = teams;

const concern = (districtId: string, caseReference: string) => ({
  challengeDayId: days[districtId],
  ...caseFindingSubmission({ caseReference }),
  ...caseFindingGrades('inadequate', { safeguardingConcern: 'true', safeguardingReason: REASON }),
});
const postsTo = (where: TeamsConversation) =>
  connector.callsTo(where.id).filter((call) => call.method === 'POST' && cardIn(call.activity));

async function linkManagersChannel() {
  await database.stores.conversationLinks.remember(
    aConversationLink({
      conversationId: managers.id,
      districtId: undefined,
      audience: undefined,
      purpose: 'managers',
      address: {
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        conversation: { id: managers.id, conversationType: 'channel', tenantId },
        bot: BOT,
      },
    }),
  );
}

describe('a safeguarding alert that cannot reach everyone it is for', () => {
  it('with no managers’ channel chosen, the receipt says who was not reached and how to choose one', async () => {
    const answer = await teams.press(
      dan,
      chatOf(dan),
      'finding-1',
      'finding.submit',
      concern('chesterfield', 'CR-900001'),
    );
    await teams.settle();

    const receipt = textsOf(answer.body.value).join(' ');
    expect(receipt).toContain('Alerted: Priya Patel.');
    expect(receipt).toContain('Could not reach: Sam Hurst');
    expect(receipt).toContain('No channel is chosen as the managers’ channel to tell instead');
    expect(postsTo(managers)).toHaveLength(0);
  });

  it('tells the managers’ channel the case, district, auditor and who was not reached — never the detail — and the receipt says so', async () => {
    await linkManagersChannel();
    const answer = await teams.press(
      dan,
      chatOf(dan),
      'finding-2',
      'finding.submit',
      concern('chesterfield', 'CR-900002'),
    );
    await teams.settle();

    expect(textsOf(answer.body.value).join(' ')).toContain(
      'The managers’ channel has been told who could not be alerted.',
    );
    const [told] = postsTo(managers);
    const card = cardIn(told?.activity);
    expect(textsOf(card).join(' ')).toContain('Act today: immediate safeguarding concern');
    expect(textsOf(card).join(' ')).toContain('Not everyone it is for could be alerted: tell Sam Hurst today.');
    expect(factsOf(card)).toEqual([
      'Case: CR-900002',
      'District: Chesterfield',
      'Auditor: Dan Reeves',
      'Could not be alerted: Sam Hurst',
    ]);
    // A channel's copy: neither the finding nor "I have acted", which are for the people alerted.
    expect(JSON.stringify(card)).not.toContain('finding.open');
    expect(JSON.stringify(card)).not.toContain('safeguarding.acted');
    expect(JSON.stringify(card)).not.toContain('Submitted');
    expect(JSON.stringify(told?.activity)).not.toContain(REASON);
    expect(postsTo(managers)).toHaveLength(1);
  });

  it('when everyone it is for was reached, the managers’ channel is not told', async () => {
    const before = postsTo(managers).length;
    const answer = await teams.press(
      dan,
      chatOf(dan),
      'finding-3',
      'finding.submit',
      concern('high-peak', 'CR-900003'),
    );
    await teams.settle();

    expect(textsOf(answer.body.value).join(' ')).toContain('Alerted: Priya Patel, Hana Wood.');
    expect(textsOf(answer.body.value).join(' ')).not.toContain('managers’ channel');
    expect(postsTo(managers)).toHaveLength(before);
  });

  it('a channel chosen as a district’s managers’ is told of that district’s alerts too, and no other district’s', async () => {
    await teams.say(priya, chesterfieldManagers, 'link this channel to Chesterfield managers');
    expect(teams.lastCardTextIn(chesterfieldManagers)).toContain('This is now the channel of Chesterfield’s managers');
    await teams.say(priya, highPeakManagers, 'link this channel to managers for High Peak');
    const county = postsTo(managers).length;
    const highPeak = postsTo(highPeakManagers).length;

    await teams.press(dan, chatOf(dan), 'finding-4', 'finding.submit', concern('chesterfield', 'CR-900004'));
    await teams.settle();

    const [told] = postsTo(chesterfieldManagers).filter((call) => JSON.stringify(call.activity).includes('CR-900004'));
    expect(factsOf(cardIn(told?.activity))).toContain('Could not be alerted: Sam Hurst');
    expect(JSON.stringify(told?.activity)).not.toContain(REASON);
    expect(postsTo(managers)).toHaveLength(county + 1);
    expect(postsTo(highPeakManagers)).toHaveLength(highPeak);
  });

  it('only a QA manager chooses a district’s managers’ channel', async () => {
    await teams.say(dan, highPeakManagers, 'link this channel to High Peak managers');

    expect(teams.lastCardTextIn(highPeakManagers)).toContain('Only a QA manager can choose the managers’ channel.');
  });
});

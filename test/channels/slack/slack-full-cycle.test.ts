import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/domain/people/person.js';
import { aDistrict } from '../../support/fixtures.js';
import { caseFindingGrades, noticeReplySubmission, planSubmission } from '../../support/form-submissions.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { buttonPressed, modalSubmitted, slashCommand } from '../../support/slack-requests.js';
import { driver } from '../../../src/store/driver-collection.js';

const person = (id: string, slackUserId: string, roles: Person['roles'], teamName?: string) =>
  slackMember(id, slackUserId, roles, { districtIds: ['erewash'], ...(teamName ? { teamName } : {}) });
const scene = slackScene({
  now: new Date('2026-12-01T10:00:00Z'),
  districts: [aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] })],
  people: [
    person('person-qa', 'U-QA', ['qa_manager']),
    person('person-sm', 'U-SM', ['senior_manager']),
    person('person-dm', 'U-DM', ['district_manager']),
    person('person-aud', 'U-AUD', ['auditor'], 'Amber Valley CP'),
    person('person-sw', 'U-SW', ['staff'], 'Erewash CP 1'),
  ],
});
const { database, post, settle } = scene;
const api = () => scene.slack;
const dmOf = (user: string) => `D-${user}`;
const posted = (channel: string) =>
  api()
    .callsOf('chat.postMessage')
    .filter((call) => call.args.channel === channel);
const tsOf = (channel: string, index = -1) => {
  const keys = [...api().messages.keys()].filter((key) => key.startsWith(`${channel}/`));
  return keys.at(index)?.split('/')[1] ?? '';
};
const lastModal = () =>
  api().callsOf('views.open').at(-1)?.args.view as {
    private_metadata: string;
    blocks: { type: string; block_id?: string; element?: { type: string } }[];
  };

describe('a whole Challenge Day cycle in Slack, for Erewash', () => {
  it('runs from planning to a closed action plan through /challenge, buttons and modals', async () => {
    // Everyone has used /challenge in a DM, so the bot can message them there.
    for (const user of ['U-SM', 'U-DM', 'U-AUD', 'U-SW'])
      await post(slashCommand(user, dmOf(user), 'help', api().responseUrl(`hello-${user}`)));
    await post(slashCommand('U-QA', 'C-EREWASH', 'link this channel to Erewash', api().responseUrl('link')));

    // 1. Plan, through the modal.
    await post(slashCommand('U-QA', dmOf('U-QA'), 'plan', api().responseUrl('plan')));
    await expect.poll(() => api().callsOf('views.open').length).toBe(1);
    await post(
      modalSubmitted('U-QA', lastModal(), {
        ...planSubmission({
          districtId: 'erewash',
          districtSite: 'Ilkeston Town Hall',
          matSite: 'Long Eaton Centre',
          focusAreas: '2',
          auditTeamIds: 'person-aud,person-sm',
          expectedAttendeeIds: 'person-sw',
        }),
      }),
    );
    const dayId = String(
      (await database.stores.challengeDays.collection[driver].findOne({ districtId: 'erewash' }))?._id,
    );
    expect(dayId).not.toBe('undefined');

    // 2. The notice, 48 hours before; the social worker replies from the channel.
    scene.setNow(new Date('2026-12-08T09:30:00Z'));
    await scene.running.bot.tick();
    expect(posted('C-EREWASH').at(-1)?.args.text).toContain('Challenge Day in Erewash');
    await post(
      buttonPressed(
        'U-SW',
        'C-EREWASH',
        tsOf('C-EREWASH'),
        JSON.stringify({
          verb: 'notice.reply',
          data: { challengeDayId: dayId, ...noticeReplySubmission() },
          opensForm: false,
        }),
      ),
    );
    await expect.poll(async () => (await database.stores.noticeReplies.repliesForDay(dayId)).length).toBe(1);

    // 3. The sample; the auditor gets a card per case in their DM.
    await post(
      slashCommand(
        'U-QA',
        dmOf('U-QA'),
        'draw sample of 1 for Erewash seed er\nCR-6001, Erewash CP 1\nCR-6002, Erewash CP 2',
        api().responseUrl('sample'),
      ),
    );
    await expect
      .poll(async () => (await database.stores.caseSamples.forChallengeDay(dayId))?.cases.length ?? 0)
      .toBe(1);
    await settle();
    await expect.poll(() => JSON.stringify(posted(dmOf('U-AUD')).at(-1)?.args ?? {})).toContain('is yours to audit');
    const sample = await database.stores.caseSamples.forChallengeDay(dayId);
    const caseReference = sample?.cases[0]?.caseReference ?? '';
    expect(caseReference).toMatch(/^CR-600/);

    // 4. The auditor opens the card's form as a modal and submits a finding with a recommendation.
    scene.setNow(new Date('2026-12-10T14:00:00Z'));
    const cardTs = tsOf(dmOf('U-AUD'));
    const sendButton = JSON.stringify(posted(dmOf('U-AUD')).at(-1)?.args.blocks ?? []).match(
      /"action_id":"finding\.submit[^"]*","value":"((?:[^"\\]|\\.)*)"/,
    );
    const buttonValue = JSON.parse(`"${sendButton?.[1] ?? ''}"`) as string;
    expect(JSON.parse(buttonValue)).toMatchObject({ verb: 'finding.submit', opensForm: true });
    await post(buttonPressed('U-AUD', dmOf('U-AUD'), cardTs, buttonValue));
    await expect.poll(() => api().callsOf('views.open').length).toBe(2);
    // The modal comes with the allocated case filled in; the auditor leaves it as it is.
    expect(JSON.stringify(lastModal())).toContain(`"initial_value":"${caseReference}"`);
    const findingResponse = await post(
      modalSubmitted('U-AUD', lastModal(), {
        ...caseFindingGrades('good', { management_oversight_grade: 'requires_improvement' }),
        recommendation1Text: 'Supervision notes on file within five working days',
        recommendation1Owner: 'person-sw',
        recommendation1DueDate: '2027-01-20',
        recommendation1Priority: 'medium',
      }),
    );
    expect(findingResponse.body).toEqual({});
    await expect
      .poll(() => JSON.stringify(api().messages.get(`${dmOf('U-AUD')}/${cardTs}`)))
      .toContain(`Case finding saved: ${caseReference}`);

    // 5. The report: drafted, sent to the senior manager, approved.
    await post(slashCommand('U-QA', dmOf('U-QA'), 'draft the report for Erewash', api().responseUrl('report')));
    await expect.poll(async () => (await database.stores.reports.forChallengeDay(dayId))?.status).toBe('draft');
    await expect
      .poll(() => JSON.stringify(api().responses.filter((response) => response.path.endsWith('/report'))))
      .toContain('Supervision notes on file within five working days');
    const draft = await database.stores.reports.forChallengeDay(dayId);
    const draftId = String(draft?._id);
    // The QA manager changes the action's priority in a modal before submitting.
    const modalsBefore = api().callsOf('views.open').length;
    await post(
      buttonPressed(
        'U-QA',
        dmOf('U-QA'),
        '1700000000.000100',
        JSON.stringify({
          verb: 'form.open',
          data: { form: 'report.editAction', reportId: draftId, actionKey: draft?.draftActions[0]?.key },
          opensForm: false,
        }),
      ),
    );
    await expect.poll(() => api().callsOf('views.open').length).toBe(modalsBefore + 1);
    await post(modalSubmitted('U-QA', lastModal(), { priority: 'high' }));
    await expect
      .poll(async () => (await database.stores.reports.forChallengeDay(dayId))?.draftActions[0]?.priority)
      .toBe('high');
    await post(
      buttonPressed(
        'U-QA',
        dmOf('U-QA'),
        '1700000000.000100',
        JSON.stringify({ verb: 'report.submit', data: { reportId: draftId }, opensForm: false }),
      ),
    );
    await expect.poll(async () => (await database.stores.reports.forChallengeDay(dayId))?.status).toBe('submitted');
    await settle();
    await expect.poll(() => JSON.stringify(posted(dmOf('U-SM')).at(-1)?.args.blocks ?? [])).toContain('report.approve');
    const reportId = String((await database.stores.reports.forChallengeDay(dayId))?._id);
    await post(
      buttonPressed(
        'U-SM',
        dmOf('U-SM'),
        tsOf(dmOf('U-SM')),
        JSON.stringify({ verb: 'report.approve', data: { reportId }, opensForm: false }),
      ),
    );
    await expect.poll(async () => (await database.stores.actions.forChallengeDay(dayId)).length).toBe(1);
    await settle();
    await expect.poll(() => String(posted(dmOf('U-SW')).at(-1)?.args.text ?? '')).toContain('New action for you');
    const [action] = await database.stores.actions.forChallengeDay(dayId);

    // 6. The owner acknowledges and completes it (the evidence in a modal); the district manager verifies.
    const actionTs = tsOf(dmOf('U-SW'));
    await post(
      buttonPressed(
        'U-SW',
        dmOf('U-SW'),
        actionTs,
        JSON.stringify({ verb: 'action.acknowledge', data: { actionId: action?._id }, opensForm: false }),
      ),
    );
    await expect
      .poll(async () => (await database.stores.actions.findById(action?._id ?? ''))?.status)
      .toBe('acknowledged');
    await post(
      buttonPressed(
        'U-SW',
        dmOf('U-SW'),
        actionTs,
        JSON.stringify({
          verb: 'form.open',
          data: { form: 'action.complete', actionId: action?._id },
          opensForm: false,
        }),
      ),
    );
    await expect.poll(() => api().callsOf('views.open').length).toBe(4);
    await post(
      modalSubmitted('U-SW', lastModal(), {
        evidence: 'Supervision notes now filed within five days; checked for March.',
      }),
    );
    await expect
      .poll(async () => (await database.stores.actions.findById(action?._id ?? ''))?.status)
      .toBe('completed');
    await post(
      buttonPressed(
        'U-DM',
        dmOf('U-DM'),
        '1700000999.000001',
        JSON.stringify({ verb: 'action.verify', data: { actionId: action?._id }, opensForm: false }),
      ),
    );
    await expect.poll(async () => (await database.stores.challengeDays.findById(dayId))?.status).toBe('closed');
  });
});

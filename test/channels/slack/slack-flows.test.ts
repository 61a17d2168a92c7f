import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/domain/people/person.js';
import { aChallengeDay, aDistrict, anAction, aPersonByEmail } from '../../support/fixtures.js';
import { caseFindingGrades, planSubmission } from '../../support/form-submissions.js';
import { noticeDueNow } from '../../support/notice-due.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { buttonPressed, modalSubmitted, slashCommand, TEAM_ID } from '../../support/slack-requests.js';
import { driver } from '../../../src/store/driver-collection.js';

const person = (id: string, slackUserId: string, roles: Person['roles']) =>
  slackMember(id, slackUserId, roles, { districtIds: ['erewash'] });
const scene = slackScene({
  now: new Date('2026-12-01T09:00:00Z'),
  districts: [aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] })],
  people: [
    person('person-priya', 'U-PRIYA', ['qa_manager']),
    person('person-amy', 'U-AMY', ['staff']),
    person('person-ben', 'U-BEN', ['staff']),
    person('person-dan', 'U-DAN', ['auditor']),
  ],
});
const { database, post } = scene;
const api = () => scene.slack;

interface ModalView {
  private_metadata: string;
  blocks: { type: string; block_id?: string; element?: { type: string; action_id?: string } }[];
}
/** A case finding graded Good throughout, as the modal's inputs name its answers. */
const gradedGood = caseFindingGrades('good');
const tsOf = (channel: string) =>
  [...api().messages.keys()]
    .filter((key) => key.startsWith(`${channel}/`))
    .at(-1)
    ?.split('/')[1] ?? '';
const lastModal = () => api().callsOf('views.open').at(-1)?.args.view as ModalView;

describe('Slack: the cycle through /challenge, buttons and modals', () => {
  it('/challenge plan opens the plan form as a modal; submitting it stores the Challenge Day', async () => {
    const opened = await post(slashCommand('U-PRIYA', 'D-PRIYA', 'plan', api().responseUrl('plan')));
    expect(opened.status).toBe(200);
    await expect.poll(() => api().callsOf('views.open').length).toBe(1);
    const modal = lastModal();
    expect(JSON.stringify(modal)).toContain('Erewash');

    const submitted = await post(
      modalSubmitted('U-PRIYA', modal, {
        ...planSubmission({
          districtId: 'erewash',
          districtSite: 'Ilkeston Town Hall',
          matSite: 'Long Eaton Centre',
          focusAreas: '1,3',
          intelligence: 'inspection',
          expectedAttendeeIds: 'person-amy,person-ben',
        }),
      }),
    );
    expect(submitted.status).toBe(200);
    const days = await database.stores.challengeDays.collection[driver].find({ districtId: 'erewash' }).toArray();
    expect(days).toHaveLength(1);
    expect(days[0]).toMatchObject({
      sites: { district: 'Ilkeston Town Hall', mat: 'Long Eaton Centre' },
      expectedAttendeeIds: ['person-amy', 'person-ben'],
    });
  });

  it('a plan modal with a missing site comes back with an error under exactly that field, and nothing is stored', async () => {
    await post(slashCommand('U-PRIYA', 'D-PRIYA', 'plan', api().responseUrl('plan-2')));
    await expect.poll(() => api().callsOf('views.open').length).toBe(2);
    const before = await database.stores.challengeDays.collection[driver].countDocuments();
    const submitted = await post(
      modalSubmitted('U-PRIYA', lastModal(), {
        districtId: 'erewash',
        date: '2026-12-11',
        startTime: '09:30',
        matSite: 'Long Eaton Centre',
        focusAreas: '1',
      }),
    );
    expect(submitted.body).toEqual({ response_action: 'errors', errors: { districtSite: expect.any(String) } });
    expect(await database.stores.challengeDays.collection[driver].countDocuments()).toBe(before);
  });

  it('linking the channel, the notice is posted there, and two people’s replies update that message', async () => {
    await post(slashCommand('U-PRIYA', 'C-EREWASH', 'link this channel to Erewash', api().responseUrl('link')));
    await expect
      .poll(() => api().responses.find((response) => response.path.endsWith('/link'))?.body.response_type)
      .toBe('in_channel');

    const day = await database.stores.challengeDays.create(
      aChallengeDay({
        districtId: 'erewash',
        matLocality: 'Erewash MAT',
        expectedAttendeeIds: ['person-amy', 'person-ben'],
        auditTeamIds: [],
      }),
    );
    await noticeDueNow(database.stores, day, scene.running.clock.now);
    await scene.running.bot.tick();

    const notice = api()
      .callsOf('chat.postMessage')
      .find((call) => call.args.channel === 'C-EREWASH');
    expect(notice).toBeDefined();
    const ts = [...api().messages.keys()].find((key) => key.startsWith('C-EREWASH/'))?.split('/')[1] ?? '';
    const buttonValue = (kind: string) =>
      JSON.stringify({ verb: 'notice.reply', data: { challengeDayId: day._id, kind }, opensForm: false });
    expect(JSON.stringify(notice?.args.blocks)).toContain('notice.reply');

    await post(buttonPressed('U-AMY', 'C-EREWASH', ts, buttonValue('attending')));
    await post(buttonPressed('U-BEN', 'C-EREWASH', ts, buttonValue('focus_group')));

    await expect
      .poll(() => (api().messages.get(`C-EREWASH/${ts}`) as { text?: string } | undefined)?.text ?? '')
      .toContain('Erewash');
    await expect.poll(async () => (await database.stores.noticeReplies.repliesForDay(day._id)).length).toBe(2);
    await expect
      .poll(
        () =>
          api()
            .callsOf('chat.update')
            .filter((call) => call.args.ts === ts).length,
      )
      .toBe(2);
    const updated = JSON.stringify(api().messages.get(`C-EREWASH/${ts}`));
    expect(updated).toMatch(/1[^0-9]+Attending/);
    expect(updated).toMatch(/1[^0-9]+Available for a focus group/);
  });

  /** The first message the bot showed only to Amy: the receipt of her answer to the notice. */
  const amysReceipt = () =>
    api()
      .callsOf('chat.postEphemeral')
      .find((call) => call.args.user === 'U-AMY');

  it('the notice stays a notice after a button answer; only the person who answered sees a receipt naming the day, with Change my answer', async () => {
    const ts = tsOf('C-EREWASH');
    const notice = JSON.stringify(api().messages.get(`C-EREWASH/${ts}`));
    expect(notice).toContain('Thu 3 Dec 2026');
    expect(notice).toContain('notice.reply'); // its answer buttons are still there for everyone
    // The receipt follows the notice's refresh, after Slack was acknowledged.
    await expect.poll(() => amysReceipt()).toBeDefined();
    const receipt = amysReceipt();
    expect(receipt?.args).toMatchObject({
      channel: 'C-EREWASH',
      text: 'You answered “Attending” for the Challenge Day in Erewash on Thu 3 Dec 2026.',
    });
    const change = JSON.stringify(receipt?.args.blocks);
    expect(change).toContain('Change my answer');
    expect(change).toContain('form.open');
  });

  it('Change my answer opens the reply form with the answer given; the new answer replaces it and the counts move', async () => {
    const ts = tsOf('C-EREWASH');
    const receipt = amysReceipt();
    const modals = api().callsOf('views.open').length;
    await post(
      buttonPressed('U-AMY', 'C-EREWASH', '1800000000.000100', buttonIn(receipt?.args.blocks, 'Change my answer')),
    );
    await expect.poll(() => api().callsOf('views.open').length).toBe(modals + 1);
    expect(JSON.stringify(lastModal())).toContain('"initial_option":{"text":{"type":"plain_text","text":"Attending"}');

    const ephemerals = api().callsOf('chat.postEphemeral').length;
    const submitted = await post(modalSubmitted('U-AMY', lastModal(), { kind: 'unavailable' }));
    expect(submitted.body).toEqual({});

    await expect.poll(() => api().callsOf('chat.postEphemeral').length).toBe(ephemerals + 1);
    expect(api().callsOf('chat.postEphemeral').at(-1)?.args).toMatchObject({
      user: 'U-AMY',
      text: 'You answered “Unavailable” for the Challenge Day in Erewash on Thu 3 Dec 2026.',
    });
    const amys = await database.stores.noticeReplies.collection[driver].find({ personId: 'person-amy' }).toArray();
    expect(amys.map((reply) => reply.kind)).toEqual(['unavailable']);
    const updated = JSON.stringify(api().messages.get(`C-EREWASH/${ts}`));
    expect(updated).toMatch(/0[^0-9]+Attending/);
    expect(updated).toMatch(/1[^0-9]+Unavailable/);
    expect(updated).toContain('Staveley Centre'); // still the notice, sites and all, not a receipt
  });

  it('an answer written in the thread under the notice counts as a reply, and the bot confirms in the thread', async () => {
    const ts = tsOf('C-EREWASH');
    const before = api().callsOf('chat.postMessage').length;
    const event = await post({
      body: JSON.stringify({
        token: 'deprecated',
        team_id: TEAM_ID,
        api_app_id: 'A-CHALLENGE',
        type: 'event_callback',
        event_id: 'Ev-THREAD-1',
        event_time: Math.floor(Date.now() / 1000),
        event: {
          type: 'message',
          channel: 'C-EREWASH',
          user: 'U-PRIYA',
          text: 'can’t make it, sorry',
          ts: '1800000000.000900',
          thread_ts: ts,
          channel_type: 'channel',
        },
      }),
      contentType: 'application/json',
    });
    expect(event.status).toBe(200);
    await expect.poll(() => api().callsOf('chat.postMessage').length).toBe(before + 1);
    expect(api().callsOf('chat.postMessage').at(-1)?.args).toMatchObject({
      channel: 'C-EREWASH',
      thread_ts: ts,
      text: 'Thanks, priya. You answered “Unavailable” for the Challenge Day in Erewash on Thu 3 Dec 2026. To change it, write another answer here or use the notice’s buttons.',
    });
  });

  /** The notice: the first message the bot posted in Erewash's channel (its thread answers follow it). */
  const noticeTs = () => [...api().messages.keys()].find((key) => key.startsWith('C-EREWASH/'))?.split('/')[1] ?? '';
  /** A message written in the thread under the notice in Erewash's channel, as Slack's Events API sends it. */
  const writtenUnderNotice = (user: string, text: string, eventId: string) =>
    post({
      body: JSON.stringify({
        token: 'deprecated',
        team_id: TEAM_ID,
        api_app_id: 'A-CHALLENGE',
        type: 'event_callback',
        event_id: eventId,
        event_time: Math.floor(Date.now() / 1000),
        event: {
          type: 'message',
          channel: 'C-EREWASH',
          user,
          text,
          ts: `18000000${eventId.length}.0001`,
          thread_ts: noticeTs(),
          channel_type: 'channel',
        },
      }),
      contentType: 'application/json',
    });

  /** What the bot showed only to this Slack user in the channel. */
  const ephemeralTo = (user: string) =>
    api()
      .callsOf('chat.postEphemeral')
      .find((call) => call.args.user === user)?.args.text;

  it('someone registered by email who has never written to the bot answers under the notice: linked by email, and the answer counts', async () => {
    await database.stores.people.save({ ...aPersonByEmail('Cara Dunn'), districtIds: ['erewash'] });
    api().addUser({ id: 'U-CARA', name: 'cara', realName: 'Cara Dunn', email: 'cara.dunn@derbyshire.gov.uk' });
    const before = api().callsOf('chat.postMessage').length;

    expect((await writtenUnderNotice('U-CARA', 'yes, I’ll be there', 'Ev-THREAD-CARA')).status).toBe(200);

    await expect.poll(() => api().callsOf('chat.postMessage').length).toBe(before + 1);
    expect(api().callsOf('chat.postMessage').at(-1)?.args.text).toBe(
      'Thanks, Cara Dunn. You answered “Attending” for the Challenge Day in Erewash on Thu 3 Dec 2026. To change it, write another answer here or use the notice’s buttons.',
    );
    expect(await database.stores.people.findBySlackId('U-CARA')).toMatchObject({ _id: 'person-cara' });
    const replies = await database.stores.noticeReplies.collection[driver].find({ personId: 'person-cara' }).toArray();
    expect(replies.map((reply) => reply.kind)).toEqual(['attending']);
  });

  it('a stranger answering under the notice is told, only to them, who can add them; nothing is recorded', async () => {
    api().addUser({ id: 'U-STRANGER', name: 'stranger', realName: 'Stan Ranger', email: 'stan@elsewhere.org' });
    const repliesBefore = await database.stores.noticeReplies.collection[driver].countDocuments();
    const postsBefore = api().callsOf('chat.postMessage').length;

    await writtenUnderNotice('U-STRANGER', 'yes', 'Ev-THREAD-STRANGER');

    await expect
      .poll(() => ephemeralTo('U-STRANGER'))
      .toBe(
        'You are not registered with the Challenge Day bot yet, so it cannot act for you: ask your QA manager, priya, to add you.',
      );
    expect(api().callsOf('chat.postMessage')).toHaveLength(postsBefore);
    expect(await database.stores.noticeReplies.collection[driver].countDocuments()).toBe(repliesBefore);
  });

  it('someone of another district answering under the notice is told, only to them, why and who can help; nothing is recorded', async () => {
    await database.stores.people.save(slackMember('person-cal', 'U-CAL', ['staff'], { districtIds: ['chesterfield'] }));
    const repliesBefore = await database.stores.noticeReplies.collection[driver].countDocuments();
    const postsBefore = api().callsOf('chat.postMessage').length;

    await writtenUnderNotice('U-CAL', 'yes', 'Ev-THREAD-CAL');

    await expect
      .poll(() => ephemeralTo('U-CAL'))
      .toBe(
        'You are not named on this Challenge Day and do not work in its district, so your answer was not recorded. Ask a QA manager, priya.',
      );
    expect(api().callsOf('chat.postMessage')).toHaveLength(postsBefore);
    expect(await database.stores.noticeReplies.collection[driver].countDocuments()).toBe(repliesBefore);
  });

  it('a thread message that is not an answer to a notice is left alone: nobody is looked up', async () => {
    const lookups = api().callsOf('users.info').length;
    const ephemerals = api().callsOf('chat.postEphemeral').length;

    await writtenUnderNotice('U-SOMEONE-ELSE', 'what time is lunch?', 'Ev-THREAD-CHAT');
    await scene.settle();

    expect(api().callsOf('users.info')).toHaveLength(lookups);
    expect(api().callsOf('chat.postEphemeral')).toHaveLength(ephemerals);
  });

  it('a case finding sent three times from its modal (with Slack’s retry headers) is stored once, with its receipt and audit event', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({
        districtId: 'erewash',
        matLocality: 'Erewash MAT',
        status: 'in_progress',
        auditTeamIds: ['person-dan'],
      }),
    );
    await post(slashCommand('U-DAN', 'D-DAN', 'case finding for Erewash', api().responseUrl('finding')));
    await expect.poll(() => JSON.stringify(lastModal() ?? {})).toContain(day._id);
    const answers = {
      caseReference: 'CR-555001',
      overallGrade: 'good',
      voice_of_child_grade: 'good',
      management_oversight_grade: 'good',
      assessment_and_plan_grade: 'good',
      risk_and_safety_grade: 'requires_improvement',
      timeliness_grade: 'good',
    };
    for (const retry of ['', '1', '2']) {
      const response = await post(
        modalSubmitted(
          'U-DAN',
          lastModal(),
          answers,
          retry ? { 'x-slack-retry-num': retry, 'x-slack-retry-reason': 'http_timeout' } : {},
        ),
      );
      expect(response.status).toBe(200);
      expect(response.body).toEqual({});
    }
    const stored = await database.stores.caseFindings.forChallengeDay(day._id);
    expect(stored).toHaveLength(1);
    expect(await database.stores.auditEvents.trailFor('case_finding', stored[0]?._id ?? '')).toMatchObject([
      { transition: 'submit', actorId: 'person-dan' },
    ]);
    await expect
      .poll(() =>
        JSON.stringify(
          api()
            .callsOf('chat.postMessage')
            .filter((call) => call.args.channel === 'D-U-DAN'),
        ),
      )
      .toContain('Case finding saved: CR-555001');
  });

  it('a case-finding card sent as a message opens its modal, and on submission that message becomes the receipt', async () => {
    const day = await database.stores.challengeDays.create(
      aChallengeDay({
        districtId: 'erewash',
        matLocality: 'Erewash MAT',
        status: 'in_progress',
        auditTeamIds: ['person-dan'],
      }),
    );
    const cardTs = '1700000100.000200';
    const modalsBefore = api().callsOf('views.open').length;
    await post(
      buttonPressed(
        'U-DAN',
        'D-DAN',
        cardTs,
        JSON.stringify({ verb: 'finding.submit', data: { challengeDayId: day._id }, opensForm: true }),
      ),
    );
    await expect.poll(() => api().callsOf('views.open').length).toBe(modalsBefore + 1);

    const response = await post(modalSubmitted('U-DAN', lastModal(), { ...gradedGood, caseReference: 'CR-555002' }));

    expect(response.body).toEqual({});
    await expect
      .poll(() => JSON.stringify(api().messages.get(`D-DAN/${cardTs}`) ?? {}))
      .toContain('Case finding saved: CR-555002');
    expect(
      (await database.stores.caseFindings.forChallengeDay(day._id)).map((finding) => finding.caseReference),
    ).toEqual(['CR-555002']);
  });

  it('App Home shows the person their own actions', async () => {
    await database.stores.actions.create(
      anAction({ districtId: 'erewash', ownerId: 'person-amy', what: 'Refresh the neglect toolkit for the duty team' }),
    );
    const opened = await post({
      body: JSON.stringify({
        token: 'deprecated',
        team_id: TEAM_ID,
        api_app_id: 'A-CHALLENGE',
        type: 'event_callback',
        event_id: 'Ev-HOME-1',
        event_time: Math.floor(Date.now() / 1000),
        event: { type: 'app_home_opened', user: 'U-AMY', channel: 'D-AMY', tab: 'home' },
      }),
      contentType: 'application/json',
    });
    expect(opened.status).toBe(200);
    await expect
      .poll(() => JSON.stringify(api().callsOf('views.publish').at(-1)?.args ?? {}))
      .toContain('Refresh the neglect toolkit for the duty team');
    expect(api().callsOf('views.publish').at(-1)?.args.user_id).toBe('U-AMY');
  });

  it('someone not registered who uses /challenge is told so', async () => {
    await post(slashCommand('U-NOBODY', 'D-NOBODY', 'my actions', api().responseUrl('stranger')));
    await expect
      .poll(() => String(api().responses.find((response) => response.path.endsWith('/stranger'))?.body.text ?? ''))
      .toContain('You are not registered');
  });
});

/** The value of the button with this title among a message's blocks ("" if there is none). */
function buttonIn(blocks: unknown, title: string): string {
  const elements = (blocks as { elements?: { text?: { text?: string }; value?: string }[] }[]).flatMap(
    (block) => block.elements ?? [],
  );
  return elements.find((element) => element.text?.text === title)?.value ?? '';
}

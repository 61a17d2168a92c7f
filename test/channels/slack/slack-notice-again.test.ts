import { describe, expect, it } from 'vitest';
import { aChallengeDay, aDistrict } from '../../support/fixtures.js';
import { noticeDueNow } from '../../support/notice-due.js';
import { slackMember, slackScene } from '../../support/scene.js';
import { buttonPressed, slashCommand } from '../../support/slack-requests.js';

const scene = slackScene({
  now: new Date('2026-12-01T09:00:00Z'),
  districts: [aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] })],
  people: [
    slackMember('person-priya', 'U-PRIYA', ['qa_manager'], { districtIds: [] }),
    slackMember('person-amy', 'U-AMY', ['staff'], { districtIds: ['erewash'] }),
  ],
});
const { database, post } = scene;
const api = () => scene.slack;

/** The notices posted into a channel, by their ts. */
const noticesIn = (channel: string) =>
  api()
    .callsOf('chat.postMessage')
    .filter((call) => call.args.channel === channel && JSON.stringify(call.args.blocks).includes('notice.reply'));
/** Slack's slash commands are answered through their response URL, after the request: waits for the answer. */
const answered = (name: string) =>
  expect.poll(() => api().responses.some((response) => response.path.endsWith(`/${name}`))).toBe(true);
const tsIn = (channel: string) =>
  [...api().messages.keys()].filter((key) => key.startsWith(`${channel}/`)).map((key) => key.split('/')[1] ?? '');

describe('Slack: posting the 48-hour notice again', () => {
  it('/challenge post the notice again, written in a linked channel, posts its district’s notice there and in a channel linked since; an answer on the new copy updates every copy', async () => {
    await post(slashCommand('U-PRIYA', 'C-EREWASH', 'link this channel to Erewash', api().responseUrl('link-1')));
    await answered('link-1');
    const day = await database.stores.challengeDays.create(
      aChallengeDay({
        districtId: 'erewash',
        matLocality: 'Erewash MAT',
        plannedById: 'person-priya',
        expectedAttendeeIds: ['person-amy'],
        auditTeamIds: [],
      }),
    );
    await noticeDueNow(database.stores, day, scene.running.clock.now);
    await scene.running.bot.tick();
    await expect.poll(() => noticesIn('C-EREWASH').length).toBe(1);
    await post(slashCommand('U-PRIYA', 'C-LATER', 'link this channel to Erewash', api().responseUrl('link-2')));
    await answered('link-2');

    await post(slashCommand('U-PRIYA', 'C-EREWASH', 'post the notice again', api().responseUrl('again')));
    await answered('again');
    const receipt = api().responses.find((response) => response.path.endsWith('/again'));
    expect(JSON.stringify(receipt?.body)).toContain('48-hour notice posted again: Erewash');
    await scene.running.bot.tick();

    await expect.poll(() => noticesIn('C-LATER').length).toBe(1);
    expect(noticesIn('C-EREWASH')).toHaveLength(2);
    const [later] = tsIn('C-LATER');
    const value = JSON.stringify({
      verb: 'notice.reply',
      data: { challengeDayId: day._id, kind: 'attending' },
      opensForm: false,
    });
    await post(buttonPressed('U-AMY', 'C-LATER', later ?? '', value));

    await expect.poll(async () => (await database.stores.noticeReplies.repliesForDay(day._id)).length).toBe(1);
    for (const [channel, ts] of [...tsIn('C-EREWASH').map((ts) => ['C-EREWASH', ts]), ['C-LATER', later]]) {
      await expect.poll(() => JSON.stringify(api().messages.get(`${channel}/${ts}`))).toMatch(/1[^0-9]+Attending/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { aChallengeDay, aPerson } from '../../support/fixtures.js';
import { noticeReplySubmission } from '../../support/form-submissions.js';
import { slackScene } from '../../support/scene.js';
import { appHomeOpened, buttonPressed, slackSignature, slashCommand } from '../../support/slack-requests.js';
import { driver } from '../../../src/store/driver-collection.js';

let dayId = '';
const scene = slackScene({
  people: [aPerson({ _id: 'person-jo', roles: ['staff'], identities: { slackUserId: 'U-JO' } })],
  seed: async () => {
    dayId = (
      await database.stores.challengeDays.create(
        aChallengeDay({ status: 'announced', expectedAttendeeIds: ['person-jo'] }),
      )
    )._id;
  },
});
const { database } = scene;

const reply = () =>
  buttonPressed(
    'U-JO',
    'C-NOTICES',
    '1700000000.000100',
    JSON.stringify({ verb: 'notice.reply', data: { challengeDayId: dayId, ...noticeReplySubmission() } }),
  );
const replies = () => database.stores.noticeReplies.repliesForDay(dayId);
const now = () => Math.floor(Date.now() / 1000);

describe('requests to /slack/events', () => {
  it('signed with the signing secret, are handled', async () => {
    // Jo has opened her App Home, so it is published again after her step: the last thing the bot sends.
    expect((await scene.post(appHomeOpened('U-JO'))).status).toBe(200);
    await expect.poll(() => scene.slack.callsOf('views.publish').length).toBe(1);
    const response = await scene.post(reply());
    expect(response.status).toBe(200);
    await expect.poll(replies).toHaveLength(1);
    // The person's receipt, then their App Home published again, are the last things the bot sends for it.
    await expect.poll(() => scene.slack.callsOf('chat.postEphemeral').length).toBe(1);
    await expect.poll(() => scene.slack.callsOf('views.publish').length).toBe(2);
    await database.stores.noticeReplies.collection[driver].deleteMany({ challengeDayId: dayId });
  });

  it.each([
    ['a bad signature', () => ({ ...reply(), signature: 'v0=0123456789abcdef' })],
    ['a timestamp 6 minutes old', () => ({ ...reply(), timestamp: now() - 360 })],
    ['a timestamp 6 minutes in the future', () => ({ ...reply(), timestamp: now() + 360 })],
    [
      'a body altered after signing',
      () => {
        const original = reply();
        const timestamp = now();
        return {
          ...original,
          timestamp,
          signature: slackSignature(original.body, timestamp),
          body: original.body.replace('attending', 'unavailable'),
        };
      },
    ],
    [
      'a signature made with another secret',
      () => {
        const original = reply();
        const timestamp = now();
        return { ...original, timestamp, signature: slackSignature(original.body, timestamp, 'not-our-secret') };
      },
    ],
  ])('with %s, are refused with 401 and nothing is stored or sent', async (_case, post) => {
    const callsBefore = scene.slack.calls.length;
    const response = await scene.post(post());
    expect(response.status).toBe(401);
    expect(await replies()).toEqual([]);
    expect(scene.slack.calls.slice(callsBefore)).toEqual([]);
  });

  it('from a workspace not on the allow-list, are refused and nothing is stored', async () => {
    const foreign = buttonPressed(
      'U-JO',
      'C-NOTICES',
      '1700000000.000100',
      JSON.stringify({ verb: 'notice.reply', data: { challengeDayId: dayId, ...noticeReplySubmission() } }),
      'T-ELSEWHERE',
    );
    const response = await scene.post(foreign);
    expect(response.status).toBe(403);
    const command = await scene.post(
      slashCommand('U-JO', 'C-NOTICES', 'my actions', scene.slack.responseUrl('x'), 'T-ELSEWHERE'),
    );
    expect(command.status).toBe(403);
    expect(await replies()).toEqual([]);
  });
});

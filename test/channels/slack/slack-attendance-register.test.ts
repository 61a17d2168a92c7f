import { describe, expect, it } from 'vitest';
import { aChallengeDay, aDistrict, aNoticeReply } from '../../support/fixtures.js';
import { lastModalOpened } from '../../support/slack-answers.js';
import { modalSubmitted, slashCommand } from '../../support/slack-requests.js';
import { slackMember, slackScene } from '../../support/scene.js';

/* The register of who came, in Slack: a modal with the day's people as checkboxes, prefilled from the notice. */

const day = aChallengeDay({
  _id: 'day-erewash',
  districtId: 'erewash',
  matLocality: 'Erewash MAT',
  status: 'in_progress',
  plannedById: 'person-priya',
  auditTeamIds: ['person-sue'],
  expectedAttendeeIds: ['person-jo', 'person-liam'],
});

const slack = slackScene({
  now: new Date('2026-12-03T11:00:00Z'),
  districts: [aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] })],
  people: [
    slackMember('person-priya', 'U-PRIYA', ['qa_manager'], { districtIds: [] }),
    slackMember('person-sue', 'U-SUE', ['senior_manager'], { districtIds: ['erewash'] }),
    slackMember('person-jo', 'U-JO', ['staff'], { districtIds: ['erewash'] }),
    slackMember('person-liam', 'U-LIAM', ['staff'], { districtIds: ['erewash'] }),
    slackMember('person-pat', 'U-PAT', ['partner_agency'], {
      districtIds: ['erewash'],
      agency: 'Derbyshire Constabulary',
    }),
  ],
  seed: async () => {
    await slack.database.stores.challengeDays.create(day);
    await slack.database.stores.noticeReplies.saveReply(
      aNoticeReply({ challengeDayId: day._id, personId: 'person-jo', kind: 'attending' }),
    );
  },
});

describe('the register of who came, in Slack', () => {
  it('`/challenge register for Erewash` opens a modal with the day’s people to tick, Jo ticked from her answer; submitted, the register is stored', async () => {
    await slack.post(slashCommand('U-SUE', 'D-U-SUE', 'register for Erewash', slack.slack.responseUrl('register')));
    await expect.poll(() => JSON.stringify(lastModalOpened(slack) ?? {})).toContain('day-erewash');
    const modal = lastModalOpened(slack);
    const attended = modal.blocks.find((block) => block.block_id === 'attended') as
      { element: { type: string; options: { value: string }[]; initial_options?: { value: string }[] } } | undefined;
    expect(attended?.element.type).toBe('checkboxes');
    expect(attended?.element.options.map((option) => option.value)).toEqual(['person-jo', 'person-liam', 'person-sue']);
    expect(attended?.element.initial_options?.map((option) => option.value)).toEqual(['person-jo']);

    const response = await slack.post(
      modalSubmitted('U-SUE', lastModalOpened(slack), { attended: 'person-jo,person-sue', unannounced: 'person-pat' }),
    );

    expect(response.status).toBe(200);
    await expect
      .poll(async () => (await slack.database.stores.attendanceRegisters.forChallengeDay(day._id))?.attendedIds)
      .toEqual(['person-jo', 'person-sue', 'person-pat']);
    const register = await slack.database.stores.attendanceRegisters.forChallengeDay(day._id);
    expect(register).toMatchObject({
      absentIds: ['person-liam'],
      unannouncedIds: ['person-pat'],
      recordedById: 'person-sue',
    });
  });
});

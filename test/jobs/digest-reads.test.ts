import type { CommandStartedEvent, Document } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { runDueWork } from '../../src/jobs/due-work-runner.js';
import { sendDigestWhenDue } from '../../src/jobs/send-digest.js';
import { createLogger } from '../../src/logger.js';
import { aConversationLink, aDistrict, anAction } from '../support/fixtures.js';
import { teamsAndSlackScene } from '../support/scene.js';

/*
 * A week's digests go to each district's Teams and Slack channels, district and MAT alike. What each shows is
 * read once for the district, however many channels it goes to: the commands the bot sends are watched
 * through the test client's command monitoring.
 */
const now = new Date('2033-01-17T09:00:00Z');
const scene = teamsAndSlackScene({
  now,
  districts: [
    aDistrict({ _id: 'reads-busy', name: 'Reads Busy', aliases: [] }),
    aDistrict({ _id: 'reads-calm', name: 'Reads Calm', aliases: [] }),
  ],
});
const { database } = scene;
const logger = createLogger('silent');

const teamsChannelOf = (districtId: string, audience: 'district' | 'mat') => {
  const conversationId = `19:${districtId}-${audience}@thread.tacv2`;
  const address = { serviceUrl: scene.serviceUrl, conversation: { id: conversationId } };
  return aConversationLink({ conversationId, districtId, audience, address });
};
const slackChannelOf = (districtId: string, audience: 'district' | 'mat') => {
  const channel = `C-${districtId.toUpperCase()}-${audience.toUpperCase()}`;
  return aConversationLink({ platform: 'slack', conversationId: channel, districtId, audience, address: { channel } });
};

describe('the weekly digest run', () => {
  it('posts each district’s digest to its Teams and Slack channels, reading once for them all only the counts and the few actions it lists', async () => {
    const { stores } = database;
    const districtIds = ['reads-busy', 'reads-calm'];
    for (const districtId of districtIds) {
      for (const audience of ['district', 'mat'] as const) {
        await stores.conversationLinks.remember(teamsChannelOf(districtId, audience));
        await stores.conversationLinks.remember(slackChannelOf(districtId, audience));
      }
    }
    const day = calendarDateFromIso;
    await stores.actions.create(anAction({ districtId: 'reads-busy', dueDate: day('2033-01-03'), what: 'Late one' }));
    await stores.actions.create(anAction({ districtId: 'reads-busy', dueDate: day('2033-02-01') }));
    await stores.actions.create(anAction({ districtId: 'reads-busy', dueDate: day('2033-02-02'), status: 'verified' }));
    await stores.actions.create(anAction({ districtId: 'reads-calm', dueDate: day('2033-03-01') }));
    for (const districtId of districtIds) {
      await stores.scheduledWork.schedule({
        _id: `digest:${districtId}:2033-W03`,
        kind: 'digest',
        dueAt: now,
        payload: { districtId, week: '2033-W03' },
        status: 'pending',
        attempts: 0,
      });
    }
    const finds: Document[] = [];
    const counts: Document[] = [];
    const watch = (event: CommandStartedEvent) => {
      if (event.commandName === 'find' && event.command.find === 'actions') finds.push(event.command);
      if (event.commandName === 'aggregate' && event.command.aggregate === 'actions') counts.push(event.command);
    };
    database.client.on('commandStarted', watch);
    try {
      await runDueWork(
        { stores, handlers: { digest: sendDigestWhenDue(stores, logger) }, logger, owner: 'digest-reads' },
        () => now,
      );
      await scene.later(0);
    } finally {
      database.client.off('commandStarted', watch);
    }

    const said = {
      'reads-busy': 'Action plan digest for Reads Busy: 2 outstanding, 1 overdue',
      'reads-calm': 'Action plan digest for Reads Calm: 1 outstanding, 0 overdue',
    };
    for (const districtId of districtIds) {
      for (const audience of ['district', 'mat'] as const) {
        const teams = scene.connector.callsTo(teamsChannelOf(districtId, audience).conversationId);
        expect(teams.map((call) => call.activity.summary)).toEqual([said[districtId as keyof typeof said]]);
        const slack = scene.slack
          .callsOf('chat.postMessage')
          .filter((call) => call.args.channel === slackChannelOf(districtId, audience).conversationId);
        expect(slack.map((call) => call.args.text)).toEqual([said[districtId as keyof typeof said]]);
      }
      const ofDistrict = finds.filter((find) => (find.filter as Document).districtId === districtId);
      // For all four channels: the most overdue few the card lists, and the job's look for anything at all.
      expect(ofDistrict.map((find) => find.limit).sort()).toEqual([1, 5]);
      // The owners' outstanding and overdue counts, worked out by the database.
      const countsOfDistrict = counts.filter(
        (count) => ((count.pipeline as Document[])[0]?.$match as Document).districtId === districtId,
      );
      expect(countsOfDistrict.map((count) => (count.pipeline as Document[])[1])).toEqual([
        { $group: { _id: '$ownerId', count: { $sum: 1 } } },
        { $group: { _id: '$ownerId', count: { $sum: 1 } } },
      ]);
    }
  });
});

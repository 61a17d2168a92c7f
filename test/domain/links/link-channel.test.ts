import { describe, expect, it } from 'vitest';
import { linkChannelToDistrict, unlinkChannel } from '../../../src/domain/links/link-channel.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { aConversationLink, aDistrict, aPerson } from '../../support/fixtures.js';
import { useTestDatabase } from '../../support/test-database.js';

const database = useTestDatabase();
const now = new Date('2026-12-01T09:00:00Z');
const qaManager = actorFor(aPerson({ roles: ['qa_manager'] }));

describe('linking a channel to a district', () => {
  it('a QA manager links a channel, and its district’s notices then go there; unlinking stops that', async () => {
    const channel = aConversationLink({ districtId: undefined, audience: undefined });
    const linked = await linkChannelToDistrict(
      database.stores.conversationLinks,
      { link: channel, district: aDistrict({ _id: 'high-peak' }), audience: 'mat' },
      qaManager,
      now,
    );
    expect(linked.ok && linked.value).toMatchObject({ districtId: 'high-peak', audience: 'mat', status: 'active' });
    expect(
      (await database.stores.conversationLinks.channelsForDistrict('high-peak')).map((link) => link.conversationId),
    ).toEqual([channel.conversationId]);

    const unlinked = await unlinkChannel(
      database.stores.conversationLinks,
      linked.ok ? linked.value : channel,
      qaManager,
      now,
    );
    expect(unlinked.ok && unlinked.value).not.toHaveProperty('districtId');
    expect(await database.stores.conversationLinks.channelsForDistrict('high-peak')).toEqual([]);
  });

  it('tells anyone else that only a QA manager can link a channel, and changes nothing', async () => {
    const channel = await database.stores.conversationLinks.remember(aConversationLink({ districtId: undefined }));
    const manager = actorFor(aPerson({ roles: ['district_manager', 'senior_manager'] }));
    const result = await linkChannelToDistrict(
      database.stores.conversationLinks,
      { link: channel, district: aDistrict(), audience: 'district' },
      manager,
      now,
    );
    expect(!result.ok && result.error.userMessage).toBe('Only a QA manager can link a channel to a district.');
    expect(await database.stores.conversationLinks.findByConversation('teams', channel.conversationId)).toEqual(
      channel,
    );
  });

  it('refuses to link a personal chat', async () => {
    const personal = aConversationLink({ kind: 'personal', districtId: undefined });
    const result = await linkChannelToDistrict(
      database.stores.conversationLinks,
      { link: personal, district: aDistrict(), audience: 'district' },
      qaManager,
      now,
    );
    expect(!result.ok && result.error.userMessage).toMatch(/Only a team channel can be linked/);
  });
});

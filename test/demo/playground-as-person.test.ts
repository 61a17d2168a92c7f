import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../src/demo/seed-demo.js';
import { playgroundLaunch } from '../../src/demo/playground-launch.js';
import type { PlaygroundConfig } from '../../src/demo/playground-config.js';
import { driver } from '../../src/store/driver-collection.js';
import { teamsScene } from '../support/scene.js';
import type { TeamsConversation, TeamsUser } from '../support/teams-activities.js';

const now = new Date('2026-11-26T10:00:00Z');
const teams = teamsScene({ now, districts: [], seed: () => seedDemo(teams.database.stores, now) });

/** The playground as `npm run playground -- --as <name>` starts it. */
function playgroundAs(name: string): PlaygroundConfig {
  const launch = playgroundLaunch(['--as', name], { PORT: '3978' });
  if (!launch.ok) throw launch.error;
  return launch.value.config;
}

/** Who the playground says is typing, and in which personal chat, as its messages reach the bot. */
function youIn(config: PlaygroundConfig): { you: TeamsUser; chat: TeamsConversation } {
  return {
    you: { aadObjectId: config.currentUser.aadObjectId, name: config.currentUser.name },
    chat: { id: config.personalChat.id, type: 'personal', tenantId: config.tenantId },
  };
}

describe('trying the demo in the playground as another person', () => {
  it('started as Martin Cole, the bot knows you as Martin and keeps your personal chat as his', async () => {
    const { you, chat } = youIn(playgroundAs('Martin Cole'));
    await teams.say(you, chat, 'help');
    expect(await teams.database.stores.conversationLinks.findByConversation('teams', chat.id)).toMatchObject({
      kind: 'personal',
      personId: 'person-martin',
    });
  });

  it('started as Mia Clarke, who owns actions from the High Peak day, “my actions” lists hers', async () => {
    const { you, chat } = youIn(playgroundAs('Mia Clarke'));
    await teams.say(you, chat, 'my actions');
    expect(teams.lastCardTextIn(chat)).toContain('Record the child’s wishes and feelings at every statutory visit');
  });

  it('can make you the owner of any of the demo’s actions, or of a recommendation waiting for its report', async () => {
    const { stores } = teams.database;
    const actionOwners = await stores.actions.collection[driver].distinct('ownerId');
    const suggested = await stores.caseFindings.collection[driver].distinct('recommendations.suggestedOwnerId');
    const owners = [...new Set([...actionOwners, ...suggested])].sort();
    expect(owners).toEqual(['person-ella', 'person-jo', 'person-mia', 'person-tom']);
    for (const ownerId of owners) {
      const owner = await stores.people.findById(String(ownerId));
      const config = playgroundAs(owner?.displayName ?? String(ownerId));
      expect(config.currentUser.aadObjectId, String(ownerId)).toBe(owner?.identities.teamsAadObjectId);
    }
  });
});

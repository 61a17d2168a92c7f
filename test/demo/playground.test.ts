import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEMO_PEOPLE } from '../../src/demo/demo-county.js';
import { PLAYGROUND_BOT_ID, PLAYGROUND_CHANNELS, PLAYGROUND_TENANT_ID } from '../../src/demo/playground.js';

interface PlaygroundUser {
  name: string;
  aadObjectId: string;
}
const config = parse(readFileSync('.m365agentsplayground.yml', 'utf8')) as {
  tenantId: string;
  bot: { id: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  team: { channels: { id: string }[] };
};

describe('the Agents Playground set-up', () => {
  it('recognises the person trying the bot as the demo QA manager', () => {
    const priya = DEMO_PEOPLE.find((person) => person.identities.teamsAadObjectId === config.currentUser.aadObjectId);
    expect(priya).toMatchObject({ displayName: config.currentUser.name, roles: ['qa_manager'] });
  });

  it('has every other playground user registered in the demo county under the same name', () => {
    for (const user of config.users) {
      const person = DEMO_PEOPLE.find((candidate) => candidate.identities.teamsAadObjectId === user.aadObjectId);
      expect(person?.displayName, user.name).toBe(user.name);
    }
  });

  it('shows the channels the demo links to districts, in the same tenant and with the same bot', () => {
    expect(config.team.channels.map((channel) => channel.id).sort()).toEqual(
      PLAYGROUND_CHANNELS.map((channel) => channel.id).sort(),
    );
    expect(config.tenantId).toBe(PLAYGROUND_TENANT_ID);
    expect(config.bot.id).toBe(PLAYGROUND_BOT_ID);
  });
});

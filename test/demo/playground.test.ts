import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PEOPLE_FILE } from '../../src/demo/demo-county.js';
import { readPeopleFile } from '../../src/domain/people/import/read-people-file.js';
import { PLAYGROUND_BOT_ID, PLAYGROUND_CHANNELS, PLAYGROUND_TENANT_ID } from '../../src/demo/playground.js';

interface PlaygroundUser {
  name: string;
  aadObjectId: string;
  email: string;
}
const config = parse(readFileSync('.m365agentsplayground.yml', 'utf8')) as {
  tenantId: string;
  bot: { id: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  team: { channels: { id: string }[] };
};

const peopleFile = readPeopleFile(readFileSync(DEMO_PEOPLE_FILE, 'utf8'));
if (!peopleFile.ok) throw peopleFile.error;

/** The demo county's row for a playground user: through the account with their Teams id, by its email. */
function rowOf(user: PlaygroundUser) {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.teamsAadObjectId === user.aadObjectId);
  return peopleFile.ok ? peopleFile.value.rows.find((row) => row.email === account?.email) : undefined;
}

describe('the Agents Playground set-up', () => {
  it('recognises the person trying the bot as the demo QA manager', () => {
    expect(rowOf(config.currentUser)).toMatchObject({ name: config.currentUser.name, roles: ['QA manager'] });
  });

  it('has every other playground user in the demo county under the same name and email', () => {
    for (const user of [config.currentUser, ...config.users]) {
      expect(rowOf(user), user.name).toMatchObject({ name: user.name, email: user.email });
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

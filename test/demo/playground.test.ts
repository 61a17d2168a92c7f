import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEMO_ACCOUNTS, DEMO_PEOPLE_FILE } from '../../src/demo/demo-county.js';
import { readPeopleFile } from '../../src/domain/people/import/read-people-file.js';
import { PLAYGROUND_BOT_ID, PLAYGROUND_CHANNELS, PLAYGROUND_TENANT_ID } from '../../src/demo/playground.js';
import { playgroundLaunch } from '../../src/demo/playground-launch.js';

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

describe('npm run playground', () => {
  it('starts you as Priya Patel with the committed configuration, against the bot on 3978 when PORT is unset', () => {
    const launch = playgroundLaunch([], {});
    expect(launch.ok && launch.value.config).toEqual(config);
    expect(launch.ok && launch.value.args).toEqual([
      '-e',
      'http://localhost:3978/api/messages',
      '-c',
      'msteams',
      '--disable-telemetry',
    ]);
  });

  it('points the playground at the port the bot listens on (PORT, from the environment or .env)', () => {
    const launch = playgroundLaunch([], { PORT: '4010' });
    expect(launch.ok && launch.value.args).toContain('http://localhost:4010/api/messages');
    const unusable = playgroundLaunch([], { PORT: '0' });
    expect(unusable.ok || unusable.error.userMessage).toBe(
      'PORT is "0": the playground needs the bot’s own port (1–65535), the one it listens on.',
    );
  });

  it('with --as "Martin Cole" makes you Martin, with his own personal chat, and keeps the others of every role', () => {
    const launch = playgroundLaunch(['--as', 'Martin Cole'], {});
    if (!launch.ok) throw launch.error;
    const { currentUser, users, personalChat } = launch.value.config;
    expect(rowOf(currentUser)).toMatchObject({ name: 'Martin Cole', roles: ['Senior manager'] });
    expect(personalChat.id).toBe('personal-chat-martin');
    expect(users.map((user) => user.name)).toEqual([
      'Priya Patel',
      'Helen Ward',
      'Dan Reeves',
      'DS Kate Lomas',
      'Jo Bennett',
    ]);
  });

  it('answers an unknown name with the demo people you can be', () => {
    const launch = playgroundLaunch(['--as', 'Marvin Cole'], {});
    expect(launch.ok).toBe(false);
    const message = launch.ok ? '' : launch.error.userMessage;
    expect(message).toMatch(/^There is no "Marvin Cole" in the demo county\. You can be any of:\n/);
    expect(message).toContain('  Martin Cole (Senior manager)');
    expect(message).toContain('  Mia Clarke (staff)');
  });
});

import { readFileSync } from 'node:fs';
import { readPeopleFile } from '../domain/people/import/read-people-file.js';
import { refuse, succeed, type Outcome } from '../domain/shared/domain-error.js';
import { DEMO_ACCOUNTS, DEMO_PEOPLE_FILE } from './demo-county.js';
import { PLAYGROUND_BOT_ID, PLAYGROUND_CHANNELS, PLAYGROUND_TENANT_ID } from './playground.js';

/** A person as the Agents Playground's configuration names them (its field is spelt `userPrincipleName`). */
export interface PlaygroundUser {
  readonly id: string;
  readonly name: string;
  readonly userPrincipleName: string;
  readonly aadObjectId: string;
  readonly givenName: string;
  readonly surname: string;
  readonly email: string;
}

/** The Agents Playground's mock tenant (.m365agentsplayground.yml): who you are, who else is there, where. */
export interface PlaygroundConfig {
  readonly version: string;
  readonly tenantId: string;
  readonly bot: { readonly id: string; readonly name: string };
  readonly currentUser: PlaygroundUser;
  readonly users: readonly PlaygroundUser[];
  readonly personalChat: { readonly id: string };
  readonly groupChat: { readonly id: string; readonly name: string };
  readonly team: {
    readonly id: string;
    readonly name: string;
    readonly aadGroupId: string;
    readonly channels: readonly { readonly id: string; readonly name: string }[];
  };
}

/** A demo person one can be in the playground, with their roles as the demo people file gives them. */
export interface DemoPlaygroundPerson {
  readonly user: PlaygroundUser;
  readonly roles: readonly string[];
}

/** The playground allows five people besides the one trying the bot. */
const OTHERS_AT_MOST = 5;

/** Who is in the playground with you, in this order, as long as there is room: every role once. */
const COMPANY = ['priya', 'martin', 'helen', 'dan', 'kate', 'jo'];

const CHANNEL_NAMES: Record<(typeof PLAYGROUND_CHANNELS)[number]['id'], string> = {
  'channel-chesterfield': 'Chesterfield social care',
};

/** The part of a work email before the @: `martin` for martin@derbyshire.example. */
const handleOf = (email: string) => email.slice(0, email.indexOf('@'));

/**
 * Every demo person with the Teams account the demo links to their record (demo-county.ts), so whoever the
 * playground says you are is recognised by the bot as that person.
 */
export function demoPlaygroundPeople(): DemoPlaygroundPerson[] {
  const file = readPeopleFile(readFileSync(DEMO_PEOPLE_FILE, 'utf8'));
  if (!file.ok) throw file.error;
  return file.value.rows.flatMap((row) => {
    const account = DEMO_ACCOUNTS.find((candidate) => candidate.email === row.email);
    if (!account) return [];
    const handle = handleOf(row.email);
    const user: PlaygroundUser = {
      id: `user-${handle}`,
      name: row.name,
      userPrincipleName: row.email,
      aadObjectId: account.teamsAadObjectId,
      givenName: handle.charAt(0).toUpperCase() + handle.slice(1),
      surname: row.name.split(' ').at(-1) ?? row.name,
      email: row.email,
    };
    return [{ user, roles: row.roles }];
  });
}

/**
 * The playground's configuration with `name` as the person trying the bot (matched in any case, by full
 * name or the part of their email before the @): their personal chat is theirs, and the others are the
 * demo's people of every role. An unknown name is refused with the list of demo people.
 */
export function playgroundConfigAs(name: string): Outcome<PlaygroundConfig> {
  const people = demoPlaygroundPeople();
  const wanted = name.trim().toLowerCase();
  const me = people.find(({ user }) => user.name.toLowerCase() === wanted || handleOf(user.email) === wanted);
  if (!me) {
    const list = people.map(({ user, roles }) => `  ${user.name} (${roles.join(', ')})`).join('\n');
    return refuse('not_found', `There is no "${name.trim()}" in the demo county. You can be any of:\n${list}`);
  }
  const others = COMPANY.map((handle) => people.find(({ user }) => handleOf(user.email) === handle))
    .filter((person): person is DemoPlaygroundPerson => person !== undefined && person !== me)
    .slice(0, OTHERS_AT_MOST)
    .map(({ user }) => user);
  return succeed({
    version: '0.1.1',
    tenantId: PLAYGROUND_TENANT_ID,
    bot: { id: PLAYGROUND_BOT_ID, name: 'Challenge Day' },
    currentUser: me.user,
    users: others,
    personalChat: { id: `personal-chat-${handleOf(me.user.email)}` },
    groupChat: { id: 'group-chat-qa', name: 'QA team chat' },
    team: {
      id: 'team-derbyshire-qa',
      name: 'Derbyshire Challenge Days',
      aadGroupId: '00000000-0000-0000-0000-000000000091',
      channels: PLAYGROUND_CHANNELS.map((channel) => ({ id: channel.id, name: CHANNEL_NAMES[channel.id] })),
    },
  });
}

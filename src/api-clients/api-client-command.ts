import { apiClientChangeEvent } from '../domain/api-access/api-audit.js';
import { API_SCOPES, apiClientName, type ApiClient, type ApiScope } from '../domain/api-access/api-client.js';
import { hashApiToken, newApiToken } from '../domain/api-access/api-token.js';
import { refuse, succeed, type Outcome } from '../domain/shared/domain-error.js';
import type { Stores } from '../store/stores.js';

/**
 * Who adds and revokes API clients (`npm run api:client`). Whoever can run a command on the bot's server
 * administers it; the id says in the audit trail where the change came from.
 */
export const API_CLIENT_COMMAND_ACTOR_ID = 'system:api-client-command';

type ClientStores = Pick<Stores, 'apiClients' | 'districts' | 'auditEvents'>;

/** "all", or district names separated by semicolons ("Erewash;High Peak"), each a current district's name or alias. */
async function districtsNamed(stores: ClientStores, text: string): Promise<Outcome<ApiClient['districts']>> {
  if (text.trim().toLowerCase() === 'all') return succeed('all');
  const names = text
    .split(';')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) return refuse('invalid_input', '--districts needs "all" or district names separated by ;');
  const districts = await stores.districts.active();
  const ids: string[] = [];
  for (const name of names) {
    const wanted = name.toLowerCase();
    const found = districts.find((district) =>
      [district.name, ...district.aliases].some((known) => known.toLowerCase() === wanted),
    );
    if (!found) {
      const known = districts.map((district) => district.name).join(', ');
      return refuse('invalid_input', `There is no district “${name}”. The districts are: ${known}.`);
    }
    if (!ids.includes(found._id)) ids.push(found._id);
  }
  return succeed(ids);
}

function scopesNamed(text: string): Outcome<ApiScope[]> {
  const names = [
    ...new Set(
      text
        .split(',')
        .map((scope) => scope.trim())
        .filter(Boolean),
    ),
  ];
  const unknown = names.filter((name) => !(API_SCOPES as readonly string[]).includes(name));
  if (names.length === 0 || unknown.length > 0) {
    return refuse('invalid_input', `--scopes takes one or more of: ${API_SCOPES.join(', ')} (separated by commas).`);
  }
  return succeed(names as ApiScope[]);
}

/**
 * Adds a client with a new token: the token is returned to be shown once, and only its hash is stored. The
 * addition is audited under the client's name.
 */
export async function addApiClient(
  stores: ClientStores,
  asked: { readonly name: string; readonly districts: string; readonly scopes: string },
  now: Date,
): Promise<Outcome<{ client: ApiClient; token: string }>> {
  const name = apiClientName.safeParse(asked.name);
  if (!name.success)
    return refuse('invalid_input', `“${asked.name}”: ${name.error.issues[0]?.message ?? 'not a name'}.`);
  const districts = await districtsNamed(stores, asked.districts);
  if (!districts.ok) return districts;
  const scopes = scopesNamed(asked.scopes);
  if (!scopes.ok) return scopes;
  const token = newApiToken();
  const client: ApiClient = {
    _id: name.data,
    tokenHash: hashApiToken(token),
    districts: districts.value,
    scopes: scopes.value,
    createdAt: now,
  };
  if (!(await stores.apiClients.add(client))) {
    return refuse('conflict', `There is already a client named “${name.data}” (perhaps revoked). Choose another name.`);
  }
  const where = client.districts === 'all' ? 'all districts' : `districts ${client.districts.join(', ')}`;
  await stores.auditEvents.record(
    apiClientChangeEvent({
      clientName: client._id,
      transition: 'add',
      actorId: API_CLIENT_COMMAND_ACTOR_ID,
      at: now,
      note: `${where}; scopes ${client.scopes.join(', ')}`,
    }),
  );
  return succeed({ client, token });
}

/** Revokes a client: its token stops working at once. Audited; the client's record stays. */
export async function revokeApiClient(stores: ClientStores, name: string, now: Date): Promise<Outcome<true>> {
  if (!(await stores.apiClients.revoke(name, now))) {
    const client = await stores.apiClients.findByName(name);
    return refuse(
      'not_found',
      client ? `The client “${name}” was revoked already.` : `There is no client named “${name}”.`,
    );
  }
  await stores.auditEvents.record(
    apiClientChangeEvent({
      clientName: name,
      transition: 'revoke',
      actorId: API_CLIENT_COMMAND_ACTOR_ID,
      at: now,
      note: 'token revoked',
    }),
  );
  return succeed(true);
}

/** One line per client: name, districts, scopes, when added and whether revoked. Never a token or its hash. */
export function apiClientLines(clients: readonly ApiClient[], districtNames: ReadonlyMap<string, string>): string {
  if (clients.length === 0) return 'No API clients.\n';
  return clients
    .map((client) => {
      const districts =
        client.districts === 'all'
          ? 'all districts'
          : client.districts.map((id) => districtNames.get(id) ?? id).join('; ');
      const state = client.revokedAt ? `revoked ${client.revokedAt.toISOString()}` : 'active';
      return `${client._id} — ${districts} — ${client.scopes.join(', ')} — added ${client.createdAt.toISOString()} — ${state}\n`;
    })
    .join('');
}

/**
 * `npm run api:client -- add NAME --districts all|"Erewash;High Peak" --scopes read:actions,read:reports`:
 * adds a client of the read API and prints its token, once (only its hash is kept). `list` lists the clients;
 * `revoke NAME` stops a client's token at once. Each change is audited as made by this command. It uses the
 * database the bot is configured with (the embedded one by default). Exits with 1 when refused, 2 on bad usage.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import dotenv from 'dotenv';
import { addApiClient, apiClientLines, revokeApiClient } from '../src/api-clients/api-client-command.js';
import { readConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { databaseSettings, openDatabase } from '../src/store/database.js';
import { createStores, ensureIndexes } from '../src/store/stores.js';

const USAGE =
  'Usage: npm run api:client -- add NAME --districts all|"Erewash;High Peak" --scopes read:actions,read:reports\n' +
  '       npm run api:client -- list\n' +
  '       npm run api:client -- revoke NAME\n';

const projectDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
let parsed;
try {
  parsed = parseArgs({
    options: { districts: { type: 'string' }, scopes: { type: 'string' } },
    allowPositionals: true,
  });
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
const [verb, name] = positionals;
const usable =
  (verb === 'add' && positionals.length === 2 && values.districts !== undefined && values.scopes !== undefined) ||
  (verb === 'list' && positionals.length === 1) ||
  (verb === 'revoke' && positionals.length === 2);
if (!usable) {
  process.stderr.write(USAGE);
  process.exit(2);
}

dotenv.config({ path: resolve(projectDir, '.env'), quiet: true });
const config = readConfig(process.env);
const database = await openDatabase(databaseSettings(config, projectDir), createLogger('warn'));
try {
  const stores = createStores(database.db);
  await ensureIndexes(stores); // the token hash's unique index
  const now = new Date();
  if (verb === 'list') {
    const names = new Map((await stores.districts.all()).map((district) => [district._id, district.name]));
    process.stdout.write(apiClientLines(await stores.apiClients.all(), names));
  } else if (verb === 'revoke') {
    const revoked = await revokeApiClient(stores, name ?? '', now);
    if (revoked.ok) process.stdout.write(`Revoked ${name}: its token no longer works.\n`);
    else {
      process.stderr.write(`${revoked.error.userMessage}\n`);
      process.exitCode = 1;
    }
  } else {
    const added = await addApiClient(
      stores,
      { name: name ?? '', districts: values.districts ?? '', scopes: values.scopes ?? '' },
      now,
    );
    if (added.ok) {
      process.stdout.write(
        `Added ${added.value.client._id}. Its token, shown this once (only its hash is kept):\n\n` +
          `${added.value.token}\n\nSend it as "Authorization: Bearer <token>". Lost? Revoke the client and add another.\n`,
      );
    } else {
      process.stderr.write(`${added.error.userMessage}\n`);
      process.exitCode = 1;
    }
  }
} finally {
  await database.close();
}

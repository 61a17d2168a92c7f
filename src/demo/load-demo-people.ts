import { readFile } from 'node:fs/promises';
import type { Actor } from '../domain/people/actor.js';
import { linkIdentity } from '../domain/people/link-identity.js';
import type { PlatformIdentity } from '../domain/people/platform-identity.js';
import { applyPeopleImport } from '../people-import/people-import.js';
import { savePersonChange } from '../store/person-changes.js';
import type { Stores } from '../store/stores.js';
import { DEMO_ACCOUNTS, DEMO_PEOPLE_FILE, demoPersonId } from './demo-county.js';

/** Who loads the demo county: `npm run demo`, run by whoever runs the bot, as an administrator would. */
export const DEMO_LOADER: Actor = { id: 'system:demo', roles: ['qa_manager'], districtIds: [], isSystem: true };

/**
 * Links a demo person's Teams and Slack accounts to their record the way the bot does when someone first
 * writes (linkIdentity: by the email the platform gives for the account, audited as the system's doing), so
 * that notices and actions reach demo people who have not written yet.
 */
async function linkDemoAccount(stores: Stores, account: (typeof DEMO_ACCOUNTS)[number], now: Date): Promise<void> {
  let person = await stores.people.findByEmail(account.email);
  if (!person) throw new Error(`The demo people file has no one with the email ${account.email}.`);
  const identities: PlatformIdentity[] = [
    { platform: 'teams', platformUserId: account.teamsAadObjectId },
    { platform: 'slack', platformUserId: account.slackUserId },
  ];
  for (const identity of identities) {
    const linked = linkIdentity(person, identity, { email: account.email, at: now });
    if (!linked.ok) throw linked.error;
    const { audit } = linked.value;
    if (audit) {
      const saved = await savePersonChange(stores, { person: linked.value.person, audit });
      if (!saved.ok) throw saved.error;
    }
    person = linked.value.person;
  }
}

/**
 * Loads the demo county's people through the import a council uses (examples/demo-county-people.csv), then
 * links their chat accounts. Districts must be there first. Loading again changes nothing. Returns how many
 * people the file holds.
 */
export async function loadDemoPeople(stores: Stores, now: Date): Promise<number> {
  const file = await readFile(DEMO_PEOPLE_FILE, 'utf8');
  const imported = await applyPeopleImport(stores, file, DEMO_LOADER, { now, newPersonId: demoPersonId });
  if (!imported.ok) throw imported.error;
  const refused = imported.value.refused.map((row) => `line ${row.line}: ${row.reasons.join('; ')}`);
  if (refused.length > 0) throw new Error(`The demo people file has rows the import refuses: ${refused.join(', ')}`);
  for (const account of DEMO_ACCOUNTS) await linkDemoAccount(stores, account, now);
  return imported.value.counts.rows;
}

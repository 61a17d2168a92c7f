import { DEMO_DISTRICTS } from '../../src/demo/demo-county.js';
import type { ChallengeDay } from '../../src/domain/challenge-day/challenge-day.js';
import type { ConversationLink } from '../../src/domain/links/conversation-link.js';
import type { Person } from '../../src/domain/people/person.js';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { conversationLinkId } from '../../src/store/conversation-links.js';
import type { Stores } from '../../src/store/stores.js';
import type { ValidatedCollection } from '../../src/store/validated-collection.js';
import { driver } from '../../src/store/driver-collection.js';

/** How many registered people each district has: staff, managers and auditors of a whole county. */
export const PEOPLE_PER_DISTRICT = 100;

/** The auditor whose case findings the bench submits, as Teams and Slack know them. */
export const AUDITOR = {
  personId: 'person-bench-auditor',
  displayName: 'Dan Reeves',
  teamsAadObjectId: 'aad-bench-auditor',
  slackUserId: 'U-BENCH-AUDITOR',
};

export interface County {
  readonly districtIds: string[];
  readonly auditor: Person;
  /** The Challenge Day under way, on whose audit team the auditor is. */
  readonly challengeDay: ChallengeDay;
}

/**
 * Fills a database with a county as the bot would hold it on a busy Challenge Day: the eight districts,
 * their registered people (each with a Teams personal chat and a Slack DM the bot knows), the districts'
 * channels, and a Challenge Day in progress. The auditor sits among the others, not first, because lookups
 * that scan a collection stop at the first match and would otherwise be flattered.
 */
export async function seedCounty(
  stores: Stores,
  now: Date,
  options: { teamsServiceUrl?: string } = {},
): Promise<County> {
  const teamsServiceUrl = options.teamsServiceUrl ?? 'https://smba.trafficmanager.net/uk/';
  const districtIds = DEMO_DISTRICTS.map((district) => district._id);
  for (const district of DEMO_DISTRICTS) await stores.districts.save(district);

  const people: Person[] = [];
  districtIds.forEach((districtId, districtIndex) => {
    for (let n = 0; n < PEOPLE_PER_DISTRICT; n++) {
      const number = districtIndex * PEOPLE_PER_DISTRICT + n;
      people.push({
        _id: `person-${number}`,
        displayName: `Person ${number}`,
        roles: n === 0 ? ['district_manager'] : n < 10 ? ['auditor', 'staff'] : ['staff'],
        districtIds: [districtId],
        teamName: `${districtId} team ${n % 6}`,
        identities: { teamsAadObjectId: `aad-${number}`, slackUserId: `U${String(number).padStart(8, '0')}` },
      });
    }
  });
  const auditor: Person = {
    _id: AUDITOR.personId,
    displayName: AUDITOR.displayName,
    roles: ['auditor', 'staff'],
    districtIds: ['erewash'],
    teamName: 'Erewash Child Protection',
    identities: { teamsAadObjectId: AUDITOR.teamsAadObjectId, slackUserId: AUDITOR.slackUserId },
  };
  people.splice(Math.floor(people.length / 2), 0, auditor);
  await insertValid(stores.people.collection, people);

  const links: ConversationLink[] = people
    .filter((person) => person._id !== auditor._id)
    .flatMap((person) => [
      link('teams', `a:personal-${person._id}`, 'personal', { personId: person._id }, teamsServiceUrl, now),
      link('slack', `D-${person._id}`, 'personal', { personId: person._id }, teamsServiceUrl, now),
    ]);
  for (const districtId of districtIds) {
    const channel = { districtId, audience: 'district' } as const;
    links.push(link('teams', `19:${districtId}@thread.tacv2`, 'channel', channel, teamsServiceUrl, now));
    links.push(link('slack', `C-${districtId.toUpperCase()}`, 'channel', channel, teamsServiceUrl, now));
  }
  await insertValid(stores.conversationLinks.collection, links);

  const challengeDay = await stores.challengeDays.create({
    _id: 'day-bench-erewash',
    districtId: 'erewash',
    matLocality: 'Erewash MAT',
    date: calendarDateFromIso(now.toISOString().slice(0, 10)),
    startsAt: now,
    sites: { district: 'Ilkeston Town Hall', mat: 'Long Eaton Centre' },
    focusAreas: ['The voice of the child is heard and shapes their plan'],
    intelligence: ['monthly_audits'],
    auditTeamIds: [auditor._id, 'person-401', 'person-402'],
    expectedAttendeeIds: ['person-410'],
    status: 'in_progress',
    plannedById: 'person-0',
    createdAt: now,
    version: 1,
    history: [
      { commandId: 'cmd-bench-plan', transition: 'plan', actorId: 'person-0', at: now, from: 'none', to: 'planned' },
    ],
  });
  return { districtIds, auditor, challengeDay };
}

function link(
  platform: ConversationLink['platform'],
  conversationId: string,
  kind: ConversationLink['kind'],
  extra: Partial<ConversationLink>,
  teamsServiceUrl: string,
  now: Date,
): ConversationLink {
  return {
    _id: conversationLinkId(platform, conversationId),
    platform,
    conversationId,
    kind,
    ...extra,
    address:
      platform === 'teams'
        ? {
            channelId: 'msteams',
            serviceUrl: teamsServiceUrl,
            conversation: { id: conversationId, conversationType: kind, tenantId: 'tenant-derbyshire' },
            bot: { id: '28:challenge-day-bot', name: 'Challenge Day' },
          }
        : { channel: conversationId },
    status: 'active',
    updatedAt: now,
  };
}

/**
 * Inserts many documents at once, each checked by the collection's schema and stored as the store would
 * store it (with the fields it derives from it).
 */
export async function insertValid<T extends { _id: string }>(
  collection: ValidatedCollection<T>,
  documents: readonly T[],
  batchSize = 1_000,
): Promise<void> {
  for (let start = 0; start < documents.length; start += batchSize) {
    const batch = documents
      .slice(start, start + batchSize)
      .map((document) => collection.stored(collection.validate(document)));
    // The driver's OptionalUnlessRequiredId type does not follow our generic _id; each document is valid.
    await collection[driver].insertMany(
      batch as unknown as Parameters<(typeof collection)[typeof driver]['insertMany']>[0],
    );
  }
}

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/people/person.js';
import { aPerson } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { driver } from '../../src/store/driver-collection.js';
import { SYSTEM_ACTOR } from '../../src/domain/people/actor.js';
import { personChangeAudit } from '../../src/domain/people/person-change.js';
import { senderRecords } from '../../src/store/sender-records.js';

const database = useTestDatabase();

/** A Teams and a Slack identity nobody else in the file uses. */
function freshIdentities() {
  const tag = randomUUID().slice(0, 8);
  return { teamsAadObjectId: `aad-${tag}`, slackUserId: `U${tag.toUpperCase()}` };
}

/** The person each identity's pointer names, as stored. */
async function pointers(): Promise<Record<string, string>> {
  const stored = await database.stores.personIdentities.collection[driver].find({}).toArray();
  return Object.fromEntries(stored.map((pointer) => [pointer._id, pointer.personId]));
}

describe('recognising a person by their Teams or Slack identity', () => {
  it('finds a saved person by each of their identities, through a pointer stored under the identity', async () => {
    const identities = freshIdentities();
    const sam = await database.stores.people.save(aPerson({ identities }));

    expect(await database.stores.people.findByTeamsId(identities.teamsAadObjectId)).toEqual(sam);
    expect(await database.stores.people.findBySlackId(identities.slackUserId)).toEqual(sam);
    expect(await pointers()).toMatchObject({
      [`teams:${identities.teamsAadObjectId}`]: sam._id,
      [`slack:${identities.slackUserId}`]: sam._id,
    });
  });

  it('finds nobody for an identity no one has', async () => {
    expect(await database.stores.people.findByTeamsId('aad-nobody')).toBeNull();
    expect(await database.stores.people.findBySlackId('UNOBODY')).toBeNull();
  });

  it('after a person’s identity changes, finds them by the new one and no longer by the old', async () => {
    const before = freshIdentities();
    const after = freshIdentities();
    const jo = await database.stores.people.save(aPerson({ identities: before }));

    const moved = await database.stores.people.save({
      ...jo,
      identities: { teamsAadObjectId: after.teamsAadObjectId },
    });

    expect(await database.stores.people.findByTeamsId(after.teamsAadObjectId)).toEqual(moved);
    expect(await database.stores.people.findByTeamsId(before.teamsAadObjectId)).toBeNull();
    expect(await database.stores.people.findBySlackId(before.slackUserId)).toBeNull();
    const stored = await pointers();
    expect(stored[`teams:${after.teamsAadObjectId}`]).toBe(jo._id);
    expect(stored).not.toHaveProperty(`teams:${before.teamsAadObjectId}`);
    expect(stored).not.toHaveProperty(`slack:${before.slackUserId}`);
  });

  it('keeps an identity to one person: a second person saved with it is refused, and it still finds the first', async () => {
    const identities = freshIdentities();
    const first = await database.stores.people.save(aPerson({ identities }));
    const second = aPerson({ identities: { teamsAadObjectId: identities.teamsAadObjectId } });

    await expect(database.stores.people.save(second)).rejects.toMatchObject({ reason: 'identity_taken' });

    expect(await database.stores.people.findById(second._id)).toBeNull();
    expect(await database.stores.people.findByTeamsId(identities.teamsAadObjectId)).toEqual(first);
    expect((await pointers())[`teams:${identities.teamsAadObjectId}`]).toBe(first._id);
  });

  it('gives an identity given up by one person to the next person saved with it', async () => {
    const identities = freshIdentities();
    const leaver = await database.stores.people.save(aPerson({ identities }));
    await database.stores.people.save({ ...leaver, identities: {} });

    const joiner = await database.stores.people.save(aPerson({ identities }));

    expect(await database.stores.people.findByTeamsId(identities.teamsAadObjectId)).toEqual(joiner);
    expect(await database.stores.people.findBySlackId(identities.slackUserId)).toEqual(joiner);
  });

  it('still finds a person stored before identities had pointers, and writes the pointer then', async () => {
    const identities = freshIdentities();
    const earlier: Person = aPerson({ identities });
    // As a database written by an earlier version holds them: the person, with no pointer beside them.
    await database.stores.people.collection[driver].insertOne(earlier);

    expect(await database.stores.people.findByTeamsId(identities.teamsAadObjectId)).toEqual(earlier);
    expect(await database.stores.people.findBySlackId(identities.slackUserId)).toEqual(earlier);
    expect(await pointers()).toMatchObject({
      [`teams:${identities.teamsAadObjectId}`]: earlier._id,
      [`slack:${identities.slackUserId}`]: earlier._id,
    });
  });

  it('refuses a new person an identity held by someone stored before identities had pointers', async () => {
    const identities = freshIdentities();
    const earlier: Person = aPerson({ identities });
    await database.stores.people.collection[driver].insertOne(earlier);

    await expect(database.stores.people.save(aPerson({ identities }))).rejects.toMatchObject({
      reason: 'identity_taken',
    });

    expect(await database.stores.people.findByTeamsId(identities.teamsAadObjectId)).toEqual(earlier);
    expect(await database.stores.people.findBySlackId(identities.slackUserId)).toEqual(earlier);
  });

  it('sets right a pointer out of step with the people: it finds whoever holds the identity, or nobody', async () => {
    const identities = freshIdentities();
    const holder = await database.stores.people.save(aPerson({ identities }));
    const other = await database.stores.people.save(aPerson());
    // A save cut short can leave a pointer naming someone who does not hold the identity.
    await database.stores.personIdentities.pointAt(
      { platform: 'teams', platformUserId: identities.teamsAadObjectId },
      other._id,
    );
    await database.stores.personIdentities.pointAt(
      { platform: 'teams', platformUserId: 'aad-held-by-none' },
      other._id,
    );

    expect(await database.stores.people.findByTeamsId(identities.teamsAadObjectId)).toEqual(holder);
    expect(await database.stores.people.findByTeamsId('aad-held-by-none')).toBeNull();
    const stored = await pointers();
    expect(stored[`teams:${identities.teamsAadObjectId}`]).toBe(holder._id);
    expect(stored).not.toHaveProperty('teams:aad-held-by-none');
  });
});

describe('finding people by their ids', () => {
  it.each([3, 45])('gives back each of %i people asked for who exists, and nobody else', async (count) => {
    const people = await Promise.all(
      Array.from({ length: count }, (_, n) => database.stores.people.save(aPerson({ displayName: `Person ${n}` }))),
    );
    const asked = [...people.map((person) => person._id), 'person-never-registered', people[0]?._id ?? ''];

    const found = await database.stores.people.findByIds(asked);

    const byId = (a: Person, b: Person) => a._id.localeCompare(b._id);
    expect(found.sort(byId)).toEqual([...people].sort(byId));
  });

  it('gives back nobody when asked for nobody', async () => {
    expect(await database.stores.people.findByIds([])).toEqual([]);
  });
});

describe('finding a person by their work email', () => {
  it('finds them whatever the case of the email asked for, as the email is stored in lower case', async () => {
    const tag = randomUUID().slice(0, 8);
    const saved = await database.stores.people.save(aPerson({ email: `Ann.Lee.${tag}@Derbyshire.gov.uk` }));

    expect(saved.email).toBe(`ann.lee.${tag}@derbyshire.gov.uk`);
    expect(await database.stores.people.findByEmail(`ANN.LEE.${tag}@derbyshire.GOV.uk`)).toEqual(saved);
    expect(await database.stores.people.findByEmail(`someone.else.${tag}@derbyshire.gov.uk`)).toBeNull();
  });

  it('keeps an email to one person', async () => {
    const email = `one.person.${randomUUID().slice(0, 8)}@derbyshire.gov.uk`;
    await database.stores.people.save(aPerson({ email }));

    await expect(database.stores.people.save(aPerson({ email: email.toUpperCase() }))).rejects.toThrow();
    expect(await database.stores.people.collection[driver].countDocuments({ email })).toBe(1);
  });
});

describe('saving a change to a person found on first contact', () => {
  it('is refused, and not audited, when the identity was given to someone else meanwhile', async () => {
    const identities = freshIdentities();
    await database.stores.people.save(aPerson({ identities }));
    const other = aPerson({ identities: { teamsAadObjectId: identities.teamsAadObjectId } });
    const audit = personChangeAudit(null, other, { transition: 'link_identity', actor: SYSTEM_ACTOR, at: new Date() });

    expect(await senderRecords(database.stores).saveChange(other, audit)).toBe(false);
    expect(await database.stores.people.findById(other._id)).toBeNull();
    expect(await database.stores.auditEvents.trailFor('person', other._id)).toEqual([]);
  });

  it('is refused, and not audited, when another new record took the email meanwhile', async () => {
    const email = `taken.${randomUUID().slice(0, 8)}@derbyshire.gov.uk`;
    await database.stores.people.save(aPerson({ email, identities: freshIdentities() }));
    const second = aPerson({ email, identities: freshIdentities() });
    const audit = personChangeAudit(null, second, { transition: 'register', actor: SYSTEM_ACTOR, at: new Date() });

    expect(await senderRecords(database.stores).saveChange(second, audit)).toBe(false);
    expect(await database.stores.people.findById(second._id)).toBeNull();
    expect(await database.stores.people.findBySlackId(second.identities.slackUserId ?? '')).toBeNull();
    expect(await database.stores.auditEvents.trailFor('person', second._id)).toEqual([]);
  });

  it('saves the person and records the audit event otherwise', async () => {
    const person = aPerson({ identities: freshIdentities() });
    const audit = personChangeAudit(null, person, { transition: 'register', actor: SYSTEM_ACTOR, at: new Date() });

    expect(await senderRecords(database.stores).saveChange(person, audit)).toBe(true);
    expect(await database.stores.people.findById(person._id)).toEqual(person);
    expect(await database.stores.auditEvents.trailFor('person', person._id)).toEqual([audit]);
  });
});

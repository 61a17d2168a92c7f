import { beforeAll, describe, expect, it } from 'vitest';
import { aPerson } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';

const database = useTestDatabase();

const named = (id: string, displayName: string, over: Parameters<typeof aPerson>[0] = {}) =>
  aPerson({
    _id: `person-${id}`,
    displayName,
    roles: ['staff'],
    districtIds: ['chesterfield'],
    identities: {},
    ...over,
  });

beforeAll(async () => {
  for (const person of [
    named('helen', 'Helen Ward'),
    named('michelle', 'Michelle Baker'),
    named('jones', 'Amy Smith-Jones'),
    named('obrien', 'Sean O’Brien'),
    named('dot', 'Dr. J. Hale'),
    named('erewash', 'Helga Moss', { districtIds: ['erewash'], roles: ['auditor'] }),
    named('leaver', 'Helena Hale', { leftAt: new Date('2026-10-31T17:00:00Z') }),
    named('retired', 'Hellen Old', { districtIds: ['bolsover'] }),
    named('both', 'Hector Both', { districtIds: ['bolsover', 'chesterfield'] }),
    named('county', 'Henry County', { districtIds: [], roles: ['qa_manager'] }),
    named('elsewhere', 'Heath Elsewhere', { districtIds: ['a-district-not-on-record'] }),
    ...Array.from({ length: 30 }, (_, n) => named(`many-${n}`, `Hazel Many ${String(n).padStart(2, '0')}`)),
  ])
    await database.stores.people.save(person);
});

const search = async (text: string, over: { districtId?: string; roles?: ('auditor' | 'staff')[] } = {}) =>
  (
    await database.stores.people.searchByName({
      text,
      districts: { current: ['chesterfield', 'erewash'], retired: ['bolsover'] },
      ...over,
    })
  ).map((person) => person.displayName);

describe('finding people by a word of their name', () => {
  it('matches the start of any word of the name, whatever the case, and not the middle of a word', async () => {
    expect(await search('HEL')).toEqual(['Helen Ward', 'Helga Moss']);
    expect(await search('jon')).toEqual(['Amy Smith-Jones']);
    expect(await search('bri')).toEqual(['Sean O’Brien']);
  });

  it('never finds a leaver, nor someone only in retired districts; someone also in a current one is found', async () => {
    expect(await search('hel')).not.toContain('Helena Hale');
    expect(await search('hel')).not.toContain('Hellen Old');
    expect(await search('hec')).toEqual(['Hector Both']);
    expect(await search('hen')).toEqual(['Henry County']);
    expect(await search('hea')).toEqual(['Heath Elsewhere']);
  });

  it('finds within a district, or among people holding a role', async () => {
    expect(await search('hel', { districtId: 'erewash' })).toEqual(['Helga Moss']);
    expect(await search('hel', { roles: ['auditor'] })).toEqual(['Helga Moss']);
  });

  it('answers at most 15, first by name', async () => {
    const found = await search('haz');
    expect(found).toHaveLength(15);
    expect(found[0]).toBe('Hazel Many 00');
    expect(found[14]).toBe('Hazel Many 14');
  });

  it('takes pattern characters as written', async () => {
    expect(await search('dr.')).toEqual(['Dr. J. Hale']);
    expect(await search('d.')).toEqual([]);
    expect(await search('.*')).toEqual([]);
    expect(await search('(')).toEqual([]);
    expect(await search('[a-z]')).toEqual([]);
  });
});

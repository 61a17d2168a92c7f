import { describe, expect, it } from 'vitest';
import { addDistrict } from '../../../src/domain/districts/add-district.js';
import { changeDistrict } from '../../../src/domain/districts/change-district.js';
import { isActive } from '../../../src/domain/districts/district.js';
import { readDistrictCommand } from '../../../src/domain/districts/read-district-command.js';
import { retireDistrict } from '../../../src/domain/districts/retire-district.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { districtSubmissionSchema } from '../../../src/domain/forms/district.js';
import { aDistrict, aPerson } from '../../support/fixtures.js';

const now = new Date('2026-12-01T09:00:00Z');
const qaManager = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'] }));
const districtManager = actorFor(aPerson({ _id: 'person-dee', roles: ['district_manager', 'senior_manager'] }));
const chesterfield = aDistrict({ aliases: ['Chesterfield Borough'] });
const erewash = aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] });
const county = [chesterfield, erewash];
const adding = { actor: qaManager, id: 'district-new', commandId: 'command-1', now };

describe('adding a district', () => {
  it('stores its name, MAT locality and aliases, and audits who added it with each field', () => {
    const added = addDistrict(
      { name: 'North East Derbyshire', matLocality: 'NE Derbyshire MAT', aliases: ['NE Derbyshire', 'NED'] },
      county,
      adding,
    );

    expect(added.ok && added.value.district).toEqual({
      _id: 'district-new',
      name: 'North East Derbyshire',
      matLocality: 'NE Derbyshire MAT',
      aliases: ['NE Derbyshire', 'NED'],
    });
    expect(added.ok && added.value.audit).toMatchObject({
      entityKind: 'district',
      entityId: 'district-new',
      transition: 'add',
      actorId: 'person-priya',
      before: 'none',
      after: 'active',
      note: 'name: (none) → North East Derbyshire\nmatLocality: (none) → NE Derbyshire MAT\naliases: (none) → NE Derbyshire, NED',
    });
  });

  it('refuses a name another district has, ignoring case and spacing, naming the clash beside the name', () => {
    const added = addDistrict({ name: ' EREWASH ', matLocality: 'Somewhere MAT', aliases: [] }, county, adding);

    expect(added.ok).toBe(false);
    expect(!added.ok && added.error.userMessage).toBe(
      'There is already a district called Erewash: district names and aliases must differ, ignoring case.',
    );
    expect(!added.ok && Object.keys(added.error.details)).toEqual(['name']);
  });

  it('refuses a name that is another district’s alias, and an alias that is another district’s name', () => {
    const asName = addDistrict({ name: 'chesterfield borough', matLocality: 'X MAT', aliases: [] }, county, adding);
    const asAlias = addDistrict({ name: 'Amber Valley', matLocality: 'X MAT', aliases: ['erewash'] }, county, adding);

    expect(!asName.ok && asName.error.userMessage).toBe(
      '“chesterfield borough” is already an alias of Chesterfield: district names and aliases must differ, ignoring case.',
    );
    expect(!asAlias.ok && asAlias.error.details).toEqual({
      aliases: 'There is already a district called Erewash: district names and aliases must differ, ignoring case.',
    });
  });

  it('counts a retired district’s names too, saying it is retired', () => {
    const bolsover = aDistrict({ _id: 'bolsover', name: 'Bolsover', aliases: [], retiredAt: now });

    const added = addDistrict({ name: 'bolsover', matLocality: 'Bolsover MAT', aliases: [] }, [bolsover], adding);

    expect(!added.ok && added.error.userMessage).toContain('There is already a district called Bolsover (retired)');
  });

  it('drops repeated aliases and an alias that is its own name, ignoring case', () => {
    const added = addDistrict(
      { name: 'High Peak', matLocality: 'High Peak MAT', aliases: ['high peak', 'Glossop', 'GLOSSOP', 'Buxton'] },
      county,
      adding,
    );

    expect(added.ok && added.value.district.aliases).toEqual(['Glossop', 'Buxton']);
  });

  it('is for QA managers only, and the refusal says so', () => {
    const added = addDistrict({ name: 'High Peak', matLocality: 'High Peak MAT', aliases: [] }, county, {
      ...adding,
      actor: districtManager,
    });

    expect(!added.ok && added.error.userMessage).toBe('Only a QA manager can add a district.');
  });
});

describe('the district form', () => {
  it('reads other names separated by commas, without blanks', () => {
    expect(
      districtSubmissionSchema.parse({
        name: ' High Peak ',
        matLocality: 'High Peak MAT',
        aliases: 'Glossop, , Buxton ',
      }),
    ).toEqual({ name: 'High Peak', matLocality: 'High Peak MAT', aliases: ['Glossop', 'Buxton'] });
    expect(districtSubmissionSchema.parse({ name: 'High Peak', matLocality: 'High Peak MAT' }).aliases).toEqual([]);
  });

  it('needs a name and a MAT locality', () => {
    const read = districtSubmissionSchema.safeParse({ name: ' ', matLocality: '' });

    expect(read.success).toBe(false);
    expect(read.error?.issues.map((issue) => issue.message)).toEqual([
      'Write the district’s name.',
      'Write the MAT locality’s name.',
    ]);
  });
});

describe('changing a district', () => {
  const changing = { actor: qaManager, commandId: 'command-2', now };

  it('renames it, keeping its id, and audits the old and new names', () => {
    const changed = changeDistrict(
      erewash,
      { name: 'Erewash Valley', matLocality: 'Erewash MAT', aliases: ['erewash'] },
      county,
      changing,
    );

    expect(changed.ok && changed.value.district).toEqual({ ...erewash, name: 'Erewash Valley', aliases: ['erewash'] });
    expect(changed.ok && changed.value.audit).toMatchObject({
      transition: 'change',
      before: 'active',
      after: 'active',
      note: 'name: Erewash → Erewash Valley\naliases: (none) → erewash',
    });
  });

  it('may keep its own name in another case, but not take another district’s', () => {
    const ownName = changeDistrict(
      erewash,
      { name: 'EREWASH', matLocality: 'Erewash MAT', aliases: [] },
      county,
      changing,
    );
    const another = changeDistrict(
      erewash,
      { name: 'Chesterfield', matLocality: 'Erewash MAT', aliases: [] },
      county,
      changing,
    );

    expect(ownName.ok).toBe(true);
    expect(!another.ok && another.error.reason).toBe('conflict');
  });

  it('refuses a retired district, and anyone but a QA manager', () => {
    const retired = { ...erewash, retiredAt: now };

    const onRetired = changeDistrict(retired, { name: 'Erewash', matLocality: 'E MAT', aliases: [] }, county, changing);
    const byManager = changeDistrict(erewash, { name: 'Erewash', matLocality: 'E MAT', aliases: [] }, county, {
      ...changing,
      actor: districtManager,
    });

    expect(!onRetired.ok && onRetired.error.userMessage).toBe('Erewash is retired, so it cannot be changed.');
    expect(!byManager.ok && byManager.error.userMessage).toBe('Only a QA manager can change a district.');
  });
});

describe('retiring a district', () => {
  const retiring = { actor: qaManager, commandId: 'command-3', now };

  it('retires one with history: it is kept, with the time it was retired, and no longer active', () => {
    const ended = retireDistrict(erewash, { hasHistory: true }, retiring);

    expect(ended.ok && ended.value.kind).toBe('retired');
    expect(ended.ok && ended.value.district).toEqual({ ...erewash, retiredAt: now });
    expect(ended.ok && isActive(ended.value.district)).toBe(false);
    expect(ended.ok && ended.value.audit).toMatchObject({ transition: 'retire', before: 'active', after: 'retired' });
  });

  it('removes one that nothing refers to, and audits the removal', () => {
    const ended = retireDistrict(erewash, { hasHistory: false }, retiring);

    expect(ended.ok && ended.value.kind).toBe('removed');
    expect(ended.ok && ended.value.audit).toMatchObject({
      transition: 'remove',
      before: 'active',
      after: 'removed',
      note: 'name: Erewash → (none)\nmatLocality: Erewash MAT → (none)',
    });
  });

  it('refuses one retired already, and anyone but a QA manager', () => {
    const again = retireDistrict({ ...erewash, retiredAt: now }, { hasHistory: true }, retiring);
    const byManager = retireDistrict(erewash, { hasHistory: true }, { ...retiring, actor: districtManager });

    expect(!again.ok && again.error.userMessage).toBe('Erewash is retired already.');
    expect(!byManager.ok && byManager.error.userMessage).toBe('Only a QA manager can retire a district.');
  });
});

describe('reading district commands', () => {
  it('reads the list, the add form, and a district’s teams by any of its names', () => {
    expect(readDistrictCommand('districts', county)).toEqual({ kind: 'list_districts' });
    expect(readDistrictCommand('Show all districts', county)).toEqual({ kind: 'list_districts' });
    expect(readDistrictCommand('add a district', county)).toEqual({ kind: 'add_district' });
    expect(readDistrictCommand('add a district', [])).toEqual({ kind: 'add_district' });
    expect(readDistrictCommand('teams in Erewash', county)).toEqual({ kind: 'list_teams', districtId: 'erewash' });
    expect(readDistrictCommand('teams for chesterfield borough', county)).toEqual({
      kind: 'list_teams',
      districtId: 'chesterfield',
    });
    expect(readDistrictCommand('add a team to Erewash', county)).toEqual({ kind: 'add_team', districtId: 'erewash' });
  });

  it('says which district it does not know, and leaves other messages alone', () => {
    expect(readDistrictCommand('teams in Atlantis', county)).toMatchObject({
      kind: 'unclear',
      suggestions: ['teams in Chesterfield', 'teams in Erewash'],
    });
    expect(readDistrictCommand('add a team', county)).toMatchObject({ kind: 'unclear' });
    expect(readDistrictCommand('overdue actions for Erewash', county)).toBeNull();
    expect(readDistrictCommand('link this channel to Erewash', county)).toBeNull();
  });
});

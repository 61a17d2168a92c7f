import { describe, expect, it } from 'vitest';
import { personFormSchema } from '../../../src/domain/forms/person.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import { mayListPeopleIn, mayManagePeople } from '../../../src/domain/people/permissions.js';
import { checkPersonReferences } from '../../../src/domain/people/person-references.js';
import { whoIsNamed } from '../../../src/domain/people/who-is-named.js';
import { aDistrict, aPerson } from '../../support/fixtures.js';

const qa = actorFor(aPerson({ _id: 'person-qa', roles: ['qa_manager'], districtIds: [] }));
const dee = actorFor(aPerson({ _id: 'person-dee', roles: ['district_manager'], districtIds: ['chesterfield'] }));
const staff = actorFor(aPerson({ _id: 'person-jo', roles: ['staff'] }));
const helenHere = aPerson({ _id: 'person-helen-1', displayName: 'Helen Ward' });
const helenThere = aPerson({ _id: 'person-helen-2', displayName: 'Helen Ward', districtIds: ['erewash'] });

describe('who a manager means by a name', () => {
  it('is the one person of that name they may manage, leaving out those of districts not theirs', () => {
    expect(whoIsNamed('helen ward', [helenHere, helenThere], dee)).toEqual({
      ok: true,
      value: { kind: 'one', person: helenHere },
    });
  });

  it('lists everyone of that name for a QA manager to choose from', () => {
    expect(whoIsNamed('Helen Ward', [helenHere, helenThere], qa)).toEqual({
      ok: true,
      value: { kind: 'several', people: [helenHere, helenThere] },
    });
  });

  it('says plainly when nobody has that name, and who can manage someone the manager may not', () => {
    expect(whoIsNamed('Zed Zebedee', [], qa)).toMatchObject({
      ok: false,
      error: {
        reason: 'not_found',
        userMessage: expect.stringContaining('Nobody called “Zed Zebedee” is registered.'),
      },
    });
    expect(whoIsNamed('Helen Ward', [helenThere], dee)).toMatchObject({
      ok: false,
      error: { userMessage: expect.stringContaining('for anyone else, a QA manager can') },
    });
  });
});

describe('who may list and manage people', () => {
  it('QA managers list any district; a district manager their own; nobody else any', () => {
    expect(mayListPeopleIn(qa, 'erewash').ok).toBe(true);
    expect(mayListPeopleIn(dee, 'chesterfield').ok).toBe(true);
    expect(mayListPeopleIn(dee, 'erewash').ok).toBe(false);
    expect(mayListPeopleIn(staff, 'chesterfield').ok).toBe(false);
    expect(mayManagePeople(staff).ok).toBe(false);
  });
});

describe('what a person form names', () => {
  const districts = [aDistrict(), aDistrict({ _id: 'bolsover', name: 'Bolsover', retiredAt: new Date('2026-01-01') })];
  const details = { displayName: 'Nina Cole', email: 'nina.cole@derbyshire.gov.uk', roles: ['staff' as const] };

  it('must be current districts and a current line manager other than the person', () => {
    const manager = aPerson({ _id: 'person-dee' });
    expect(checkPersonReferences({ ...details, districtIds: ['chesterfield'] }, { districts, manager: null }).ok).toBe(
      true,
    );
    expect(
      checkPersonReferences({ ...details, districtIds: ['bolsover'] }, { districts, manager: null }),
    ).toMatchObject({ ok: false, error: { userMessage: expect.stringContaining('districts was not found') } });
    expect(
      checkPersonReferences(
        { ...details, districtIds: [], managerId: 'person-dee' },
        { districts, manager: { ...manager, leftAt: new Date() } },
      ),
    ).toMatchObject({ ok: false, error: { userMessage: expect.stringContaining('line manager was not found') } });
    expect(
      checkPersonReferences(
        { ...details, districtIds: [], managerId: 'person-dee' },
        { districts, manager, personId: 'person-dee' },
      ),
    ).toMatchObject({ ok: false, error: { userMessage: 'Someone cannot be their own line manager.' } });
  });

  it('is read from the form: email in lower case, several roles and districts, empty optional fields left out', () => {
    expect(
      personFormSchema.parse({
        displayName: ' Nina Cole ',
        email: 'Nina.Cole@Derbyshire.gov.uk',
        roles: 'staff,auditor',
        districtIds: 'chesterfield,erewash',
        teamName: '',
        managerId: '',
        agency: ' ',
      }),
    ).toEqual({
      displayName: 'Nina Cole',
      email: 'nina.cole@derbyshire.gov.uk',
      roles: ['staff', 'auditor'],
      districtIds: ['chesterfield', 'erewash'],
    });
  });

  it('says what to correct: a missing role, an email that is not one, a role that does not exist', () => {
    const read = personFormSchema.safeParse({ displayName: 'Nina Cole', email: 'nina', roles: 'wizard' });
    expect(read.success).toBe(false);
    expect(read.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual(
      expect.arrayContaining([
        ['email', 'Write their work email address, e.g. helen.ward@derbyshire.gov.uk.'],
        ['roles.0', 'Choose roles from the list.'],
      ]),
    );
    expect(personFormSchema.safeParse({ displayName: 'Nina Cole', email: 'n@x.uk', roles: '' }).error?.issues).toEqual([
      expect.objectContaining({ path: ['roles'], message: 'Choose at least one role.' }),
    ]);
  });
});

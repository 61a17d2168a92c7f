import { describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS } from '../../../../src/demo/demo-county.js';
import { actorFor } from '../../../../src/domain/people/actor.js';
import { planPeopleRows } from '../../../../src/domain/people/import/plan-people-rows.js';
import { readPeopleFile } from '../../../../src/domain/people/import/read-people-file.js';
import type { Person } from '../../../../src/domain/people/person.js';
import { aPerson } from '../../../support/fixtures.js';

const at = new Date('2026-12-07T10:00:00Z');
const qaManager = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }));
const districts = [
  ...DEMO_DISTRICTS,
  { _id: 'old-town', name: 'Old Town', matLocality: 'Old Town MAT', aliases: [], retiredAt: new Date('2026-01-01') },
];
const HEADER = 'name,email,roles,districts,team,line_manager_email\n';

function plan(body: string, people: Person[] = [], actor = qaManager) {
  const file = readPeopleFile(HEADER + body);
  if (!file.ok) throw file.error;
  return planPeopleRows(file.value, { people, districts, actor, at, newPersonId: (email) => `new:${email}` });
}

const helen = aPerson({
  _id: 'person-helen',
  displayName: 'Helen Ward',
  email: 'helen.ward@derbyshire.gov.uk',
  roles: ['district_manager'],
  districtIds: ['chesterfield'],
  teamName: 'Chesterfield management',
});

describe('planning an import of people', () => {
  it('adds a new email with roles by label or code and districts by name or alias, whatever the case', () => {
    const { plan: planned, saves } = plan(
      'Jo Bennett,JO.Bennett@derbyshire.gov.uk,qa MANAGER;Staff,chesterfield;ne derbyshire,CP 1,helen.ward@derbyshire.gov.uk\n',
      [helen],
    );
    expect(planned.toAdd).toEqual([
      {
        line: 2,
        personId: 'new:jo.bennett@derbyshire.gov.uk',
        name: 'Jo Bennett',
        email: 'jo.bennett@derbyshire.gov.uk',
        roles: ['QA manager', 'District or MAT staff'],
        districts: ['Chesterfield', 'North East Derbyshire'],
        team: 'CP 1',
        lineManager: 'Helen Ward',
      },
    ]);
    expect(saves[0]?.change.person).toMatchObject({
      roles: ['qa_manager', 'staff'],
      districtIds: ['chesterfield', 'north-east-derbyshire'],
      managerId: 'person-helen',
    });
    expect(saves[0]?.change.audit).toMatchObject({ transition: 'add', actorId: 'person-priya' });
    expect(saves[0]?.change.audit.note).toMatch(/^Imported from a people file, line 2\.\ndisplayName: \(none\) → Jo/);
    expect(planned.notInFile).toEqual([
      { personId: 'person-helen', name: 'Helen Ward', email: 'helen.ward@derbyshire.gov.uk' },
    ]);
  });

  it('leaves a record alone when the row says what it holds, and says field by field what a row changes', () => {
    const same = 'Helen Ward,helen.ward@derbyshire.gov.uk,District manager,Chesterfield,Chesterfield management,\n';
    expect(plan(same, [helen]).plan).toMatchObject({ counts: { unchanged: 1, toChange: 0 }, notInFile: [] });
    expect(plan(same, [helen]).saves).toEqual([]);

    const moved = 'Helen Ward,helen.ward@derbyshire.gov.uk,District manager;auditor,Erewash,,\n';
    const { plan: planned, saves } = plan(moved, [helen]);
    expect(planned.toChange).toMatchObject([
      {
        line: 2,
        personId: 'person-helen',
        changes: [
          { field: 'roles', from: 'District manager', to: 'Auditor; District manager' },
          { field: 'districts', from: 'Chesterfield', to: 'Erewash' },
          { field: 'team', from: 'Chesterfield management', to: '' },
        ],
      },
    ]);
    expect(saves[0]?.change.audit).toMatchObject({ transition: 'change', entityId: 'person-helen' });
  });

  it('refuses each bad row with its line and every reason, and plans the rest', () => {
    const { plan: planned } = plan(
      [
        'Jo Bennett,jo@x.gov.uk,staff,Chesterfeld,,',
        'Liam Foster,liam@x.gov.uk,boss;staff,Chesterfield,,',
        ',nameless@x.gov.uk,staff,Chesterfield,,',
        'Mia Clarke,mia at x,staff,High Peak,,',
        'Jo Bennett again,JO@x.gov.uk,staff,Chesterfield,,',
        'Ella Price,ella@x.gov.uk,staff,Dales,,tom@x.gov.uk',
        'Sam Old,sam@x.gov.uk,staff,Old Town,,',
        'Amy Self,amy@x.gov.uk,staff,Erewash,,AMY@x.gov.uk',
        'Ok Person,ok@x.gov.uk,staff,Erewash,,',
      ].join('\n'),
    );
    expect(planned.refused.map((row) => [row.line, row.reasons])).toEqual([
      [2, ['unknown district “Chesterfeld”']],
      [
        3,
        [
          'unknown role “boss” (roles are QA manager (qa_manager), Senior manager (senior_manager), Auditor (auditor), District or MAT staff (staff), Partner agency (police, health) (partner_agency), District manager (district_manager))',
        ],
      ],
      [4, ['the name is missing']],
      [5, ['“mia at x” is not an email address']],
      [6, ['the email jo@x.gov.uk is on line 2 already']],
      [7, ['line manager not found: nobody registered or in the file has the email tom@x.gov.uk']],
      [8, ['Old Town is a retired district']],
      [9, ['someone cannot be their own line manager']],
    ]);
    expect(planned.toAdd.map((row) => row.line)).toEqual([10]);
    expect(planned.counts).toEqual({ rows: 9, toAdd: 1, toChange: 0, unchanged: 0, refused: 8, notInFile: 0 });
  });

  it('finds a line manager further down the file, and refuses the staff of a manager whose row is refused', () => {
    const { plan: planned, saves } = plan(
      [
        'Jo Bennett,jo@x.gov.uk,staff,Chesterfield,,helen@x.gov.uk',
        'Helen Ward,helen@x.gov.uk,district manager,Chesterfield,,',
        'Liam Foster,liam@x.gov.uk,staff,Chesterfield,,tom@x.gov.uk',
        'Tom Fielding,tom@x.gov.uk,district manager,Atlantis,,',
        'Ella Price,ella@x.gov.uk,staff,Chesterfield,,liam@x.gov.uk',
      ].join('\n'),
    );
    expect(planned.toAdd.map((row) => [row.line, row.lineManager])).toEqual([
      [2, 'Helen Ward'],
      [3, undefined],
    ]);
    expect(saves.map((save) => save.line)).toEqual([3, 2]);
    expect(saves[1]?.change.person.managerId).toBe('new:helen@x.gov.uk');
    expect(planned.refused.map((row) => [row.line, row.reasons])).toEqual([
      [4, ['its line manager’s row (line 5) is refused']],
      [5, ['unknown district “Atlantis”']],
      [6, ['its line manager’s row (line 4) is refused']],
    ]);
  });

  it('keeps a retired district on someone already in it, and keeps their agency when the file has no agency column', () => {
    const { teamName: _noTeam, ...kate } = aPerson({
      _id: 'person-kate',
      displayName: 'Kate Lomas',
      email: 'kate@x.gov.uk',
      roles: ['auditor', 'partner_agency'],
      districtIds: ['old-town'],
      agency: 'Derbyshire Constabulary',
    });
    const { plan: planned } = plan('Kate Lomas,kate@x.gov.uk,partner_agency;auditor,Old Town,,\n', [kate]);
    expect(planned.counts).toMatchObject({ unchanged: 1, refused: 0 });
  });

  it('refuses what a district manager may not do, saying who can, and plans what they may', () => {
    const gareth = actorFor(aPerson({ _id: 'person-gareth', roles: ['district_manager'], districtIds: ['high-peak'] }));
    const { plan: planned } = plan(
      ['Mia Clarke,mia@x.gov.uk,staff,High Peak,,', 'Jo Bennett,jo@x.gov.uk,staff,Chesterfield,,'].join('\n'),
      [],
      gareth,
    );
    expect(planned.toAdd.map((row) => row.name)).toEqual(['Mia Clarke']);
    expect(planned.refused).toEqual([
      {
        line: 3,
        name: 'Jo Bennett',
        email: 'jo@x.gov.uk',
        reasons: [
          'A district manager can change only the staff of their own districts; for anyone else, a QA manager can.',
        ],
      },
    ]);
  });

  it('never lists a leaver as missing from the file', () => {
    const left = aPerson({ _id: 'person-old', displayName: 'Old Hand', email: 'old@x.gov.uk', leftAt: at });
    expect(plan('', [left, helen]).plan.notInFile.map((person) => person.name)).toEqual(['Helen Ward']);
  });
});

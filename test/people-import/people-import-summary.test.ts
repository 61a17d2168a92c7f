import { describe, expect, it } from 'vitest';
import type { PeopleImportPlan } from '../../src/domain/people/import/people-import-plan.js';
import { peopleImportSummary } from '../../src/people-import/people-import-summary.js';

const plan: PeopleImportPlan = {
  counts: { rows: 4, toAdd: 1, toChange: 1, unchanged: 1, refused: 1, notInFile: 1 },
  toAdd: [
    {
      line: 2,
      personId: 'person-1',
      name: 'Jo Bennett',
      email: 'jo@x.gov.uk',
      roles: ['District or MAT staff'],
      districts: ['Chesterfield'],
      team: 'Chesterfield, CP 1',
      lineManager: 'Helen Ward',
    },
  ],
  toChange: [
    {
      line: 3,
      personId: 'person-helen',
      name: 'Helen Ward',
      email: 'helen@x.gov.uk',
      roles: ['District manager', 'Auditor'],
      districts: [],
      changes: [
        { field: 'roles', from: 'District manager', to: 'Auditor; District manager' },
        { field: 'team', from: 'Chesterfield management', to: '' },
      ],
    },
  ],
  unchanged: [
    { line: 4, personId: 'person-mia', name: 'Mia Clarke', email: 'mia@x.gov.uk', roles: ['Auditor'], districts: [] },
  ],
  refused: [{ line: 5, name: '', email: 'nameless@x.gov.uk', reasons: ['the name is missing', 'unknown role “boss”'] }],
  notInFile: [{ personId: 'person-old', name: 'Old Record' }],
  ignoredColumns: ['notes'],
};

describe('the import summary the command prints', () => {
  it('a dry run: totals, then every row by its line, grouped by what would happen, and who is not in the file', () => {
    expect(peopleImportSummary(plan, false)).toBe(
      [
        'Dry run: nothing has been changed. Run it again with --apply to import the file.',
        '4 rows: 1 to add, 1 to change, 1 unchanged, 1 refused.',
        'Columns not read (not columns of a people file): notes.',
        '',
        'Refused (would not be imported) (1):',
        '  line 5: (no name) <nameless@x.gov.uk> — the name is missing; unknown role “boss”',
        '',
        'To add (1):',
        '  line 2: Jo Bennett <jo@x.gov.uk> — District or MAT staff · Chesterfield · team Chesterfield, CP 1 · line manager Helen Ward',
        '',
        'To change (1):',
        '  line 3: Helen Ward <helen@x.gov.uk> — roles District manager → Auditor; District manager · team Chesterfield management → (none)',
        '',
        'Unchanged (1):',
        '  line 4: Mia Clarke <mia@x.gov.uk>',
        '',
        'Registered but not in the file; not removed (1):',
        '  Old Record',
        '',
      ].join('\n'),
    );
  });

  it('after --apply: what was done', () => {
    expect(peopleImportSummary(plan, true)).toMatch(
      /^Imported the file\.\n4 rows: 1 added, 1 changed, 1 unchanged, 1 refused\.\n[\s\S]*\nRefused \(not imported\) \(1\):\n[\s\S]*\nAdded \(1\):\n[\s\S]*\nChanged \(1\):\n/,
    );
  });
});

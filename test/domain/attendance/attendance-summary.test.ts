import { describe, expect, it } from 'vitest';
import { summariseAttendance } from '../../../src/domain/attendance/attendance-summary.js';
import { aPerson } from '../../support/fixtures.js';

describe('who came, in counts', () => {
  const people = [
    aPerson({ _id: 'p-qa', roles: ['qa_manager', 'senior_manager'] }),
    aPerson({ _id: 'p-police', roles: ['auditor', 'partner_agency'], agency: 'Derbyshire Constabulary' }),
    aPerson({ _id: 'p-health', roles: ['partner_agency'], agency: 'Derbyshire Community Health' }),
    aPerson({ _id: 'p-partner', roles: ['partner_agency'] }),
    aPerson({ _id: 'p-staff', roles: ['staff'] }),
    aPerson({ _id: 'p-auditor', roles: ['auditor', 'staff'] }),
  ];

  it('counts each person once, under the role that says why they came (a partner as a partner even when auditing), and by agency', () => {
    const summary = summariseAttendance(
      {
        attendedIds: ['p-qa', 'p-police', 'p-health', 'p-partner', 'p-staff', 'p-auditor', 'p-gone'],
        absentIds: ['p-x', 'p-y'],
        unannouncedIds: ['p-health'],
      },
      people,
    );

    expect(summary).toEqual({
      attended: 7,
      absent: 2,
      unannounced: 1,
      byRole: [
        { label: 'Partner agency (police, health)', count: 3 },
        { label: 'QA manager', count: 1 },
        { label: 'Auditor', count: 1 },
        { label: 'District or MAT staff', count: 1 },
        { label: 'Not on record', count: 1 },
      ],
      byAgency: [
        { label: 'County children’s services', count: 3 },
        { label: 'Derbyshire Community Health', count: 1 },
        { label: 'Derbyshire Constabulary', count: 1 },
        { label: 'Not on record', count: 1 },
        { label: 'Partner agency (not recorded)', count: 1 },
      ],
    });
  });
});

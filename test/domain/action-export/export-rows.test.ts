import { describe, expect, it } from 'vitest';
import { actionExportRows } from '../../../src/domain/action-export/export-rows.js';
import { mayExportActions } from '../../../src/domain/action-export/permissions.js';
import { actorFor } from '../../../src/domain/people/actor.js';
import type { Person } from '../../../src/domain/people/person.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { anAction, aPerson } from '../../support/fixtures.js';

const day = calendarDateFromIso;
// 00:30 on Thursday 10 December in London (GMT), the day after a due date of the 8th is overdue by 2 days.
const NOW = new Date('2026-12-10T00:30:00Z');
const names = {
  people: new Map([['person-olly', 'Olly Owner']]),
  districts: new Map([['high-peak', 'High Peak']]),
};

describe('a row of the action plan export', () => {
  it('names the district, the source and the owner, and gives each step’s London date and the days overdue', () => {
    const [row] = actionExportRows(
      [
        anAction({
          _id: 'action-1',
          districtId: 'high-peak',
          ownerId: 'person-olly',
          source: { kind: 'focus_group', id: 'feedback-1', summary: 'Focus group with the assessment team' },
          dueDate: day('2026-12-08'),
          priority: 'medium',
          status: 'acknowledged',
          // In winter London is on UTC: 23:30 UTC on 30 November is still the 30th there.
          acknowledgedAt: new Date('2026-11-30T23:30:00Z'),
        }),
      ],
      names,
      NOW,
    );
    expect(row).toStrictEqual({
      reference: 'action-1',
      district: 'High Peak',
      what: 'Record the child’s wishes and feelings at every statutory visit',
      source: 'Focus group',
      sourceSummary: 'Focus group with the assessment team',
      owner: 'Olly Owner',
      dueDate: day('2026-12-08'),
      priority: 'Medium',
      status: 'Acknowledged',
      acknowledged: day('2026-11-30'),
      completed: null,
      verified: null,
      daysOverdue: 2,
    });
  });

  it('gives a verified action its completion and verification dates, in the London calendar, and no days overdue', () => {
    const [row] = actionExportRows(
      [
        anAction({
          dueDate: day('2026-06-01'),
          status: 'verified',
          acknowledgedAt: new Date('2026-05-01T09:00:00Z'),
          // 23:30 UTC on 31 May is 00:30 on 1 June in London (BST).
          completion: { evidence: 'Done', byId: 'person-olly', at: new Date('2026-05-31T23:30:00Z') },
          history: [
            {
              commandId: 'cmd-v',
              transition: 'verify',
              actorId: 'person-qa',
              at: new Date('2026-06-03T10:00:00Z'),
              from: 'completed',
              to: 'verified',
            },
          ],
        }),
      ],
      names,
      NOW,
    );
    expect(row).toMatchObject({
      completed: day('2026-06-01'),
      verified: day('2026-06-03'),
      daysOverdue: 0,
      status: 'Verified complete',
    });
  });
});

describe('who may export the action plan', () => {
  const as = (roles: Person['roles'], districtIds = ['high-peak']) => actorFor(aPerson({ roles, districtIds }));

  it('lets QA managers export any district, and senior and district managers their own', () => {
    expect(mayExportActions(as(['qa_manager'], []), 'erewash').ok).toBe(true);
    expect(mayExportActions(as(['qa_manager'], []), undefined).ok).toBe(true);
    expect(mayExportActions(as(['district_manager']), 'high-peak').ok).toBe(true);
    expect(mayExportActions(as(['senior_manager']), undefined).ok).toBe(true);
  });

  it('refuses a manager another district, and everyone else, saying who can', () => {
    expect(mayExportActions(as(['district_manager']), 'erewash')).toMatchObject({
      ok: false,
      error: {
        userMessage:
          'You can export the action plan only of the districts you manage; a QA manager can export any district’s.',
      },
    });
    for (const roles of [['staff'], ['auditor'], ['partner_agency']] as const) {
      expect(mayExportActions(as([...roles]), 'high-peak')).toMatchObject({
        ok: false,
        error: {
          userMessage:
            'An action plan is exported by a QA manager, or by a senior or district manager for their own districts.',
        },
      });
    }
  });
});

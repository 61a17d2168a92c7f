import { describe, expect, it } from 'vitest';
import { actorFor } from '../../../src/domain/people/actor.js';
import { reportsAwaitingVerificationBy } from '../../../src/domain/reports/awaiting-verification.js';
import { aPerson, aReport } from '../../support/fixtures.js';

const sue = actorFor(aPerson({ _id: 'person-sue', roles: ['senior_manager'] }));
const quinn = actorFor(aPerson({ _id: 'person-quinn', roles: ['qa_manager', 'senior_manager'] }));
const priya = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'] }));

const chesterfield = aReport({ _id: 'report-chesterfield', status: 'submitted', draftedById: 'person-quinn' });
const erewash = aReport({ _id: 'report-erewash', districtId: 'erewash', status: 'submitted' });
const draft = aReport({ _id: 'report-draft', status: 'draft' });

describe('the reports waiting for a senior manager’s verification', () => {
  it('are the submitted reports of her districts', () => {
    expect(reportsAwaitingVerificationBy([chesterfield, erewash, draft], sue).map((report) => report._id)).toEqual([
      'report-chesterfield',
    ]);
  });

  it('never include a report she drafted herself, nor any for a QA manager who verifies none', () => {
    expect(reportsAwaitingVerificationBy([chesterfield, erewash], quinn)).toEqual([]);
    expect(reportsAwaitingVerificationBy([chesterfield, erewash], priya)).toEqual([]);
  });
});

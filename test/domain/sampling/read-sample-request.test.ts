import { describe, expect, it } from 'vitest';
import { DEMO_DISTRICTS } from '../../../src/demo/demo-county.js';
import { readSampleCommand } from '../../../src/domain/sampling/read-sample-request.js';

describe('a sample request written in chat', () => {
  it.each([
    ['draw sample of 10 for Chesterfield', { districtId: 'chesterfield', size: 10, excludeAuditedWithinMonths: 6 }],
    [
      'Draw the case sample for High Peak, 12 cases, excluding 3 months seed hp-dec',
      { districtId: 'high-peak', size: 12, excludeAuditedWithinMonths: 3, seed: 'hp-dec' },
    ],
    ['pick sample for NE Derbyshire', { districtId: 'north-east-derbyshire', size: 8, excludeAuditedWithinMonths: 6 }],
  ])('reads %j', (firstLine, expected) => {
    expect(readSampleCommand(`${firstLine}\nCR-1, Team A\nCR-2, Team B`, DEMO_DISTRICTS)).toEqual({
      ...expected,
      caseList: '\nCR-1, Team A\nCR-2, Team B',
    });
  });

  it('is not a sample request when the first line does not ask for one', () => {
    expect(readSampleCommand('show overdue actions for Chesterfield', DEMO_DISTRICTS)).toBeNull();
  });
});

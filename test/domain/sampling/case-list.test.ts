import { describe, expect, it } from 'vitest';
import { readCaseList } from '../../../src/domain/sampling/case-list.js';

describe('reading the pasted case list', () => {
  it('reads "reference, team" lines with or without a header, in commas, semicolons or tabs', () => {
    const read = readCaseList(
      'Case reference, Team\ncr-104233, Chesterfield CP 1\nCR-104234;Chesterfield CP 2\n\nMAT/2291\tChesterfield MAT\n',
    );
    expect(read).toEqual({
      ok: true,
      cases: [
        { caseReference: 'CR-104233', teamName: 'Chesterfield CP 1' },
        { caseReference: 'CR-104234', teamName: 'Chesterfield CP 2' },
        { caseReference: 'MAT/2291', teamName: 'Chesterfield MAT' },
      ],
    });
  });

  it('refuses identity data with the line it is on, and draws nothing until every line is right', () => {
    const read = readCaseList(
      'CR-1, Team A\nJamie Smith, Team A\n485 777 3456, Team B\nCR-4\nCR-5, Team A, 12/03/2015',
    );
    expect(read).toEqual({
      ok: false,
      problems: [
        { line: 2, message: expect.stringContaining('looks like a person’s name') },
        { line: 3, message: expect.stringContaining('looks like an NHS number') },
        { line: 4, message: 'Add the team for CR-4, e.g. "CR-4, Chesterfield CP 1".' },
        { line: 5, message: 'Give only the case reference and the team, e.g. "CR-104233, Chesterfield CP 1".' },
      ],
    });
  });

  it('refuses a case listed for two different teams', () => {
    expect(readCaseList('CR-1, Team A\nCR-1, Team B')).toEqual({
      ok: false,
      problems: [{ line: 2, message: 'CR-1 is listed twice, for Team A and for Team B.' }],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { planCaseList } from '../../../src/domain/case-list/plan-case-list.js';
import { readCaseFile } from '../../../src/domain/case-list/read-case-file.js';
import {
  BAD_LINES,
  BOLSOVER_TEAMS,
  CASE_FILE_DISTRICTS,
  CHESTERFIELD_TEAMS,
  GOOD_ROWS,
  IDENTIFYING_TEXT,
  chesterfieldCaseExport,
} from '../../support/case-files.js';

const context = {
  districts: CASE_FILE_DISTRICTS,
  teams: [...CHESTERFIELD_TEAMS, ...BOLSOVER_TEAMS],
  today: '2026-12-01',
};
const plan = (text: string, over: Partial<Parameters<typeof planCaseList>[1]> = {}) => {
  const file = readCaseFile(text);
  if (!file.ok) throw new Error(file.error.userMessage);
  return planCaseList(file.value, { ...context, ...over });
};

describe('the dry run of a district’s case list', () => {
  it('refuses each bad line of a 2,000-row export with its reason, and keeps every other row', () => {
    const planned = plan(chesterfieldCaseExport());
    if (!planned.ok) throw planned.error;
    const { districtId, rowCount, cases, refused, ignoredColumns } = planned.value;
    expect({ districtId, rowCount, kept: cases.length, ignoredColumns }).toEqual({
      districtId: 'chesterfield',
      rowCount: 2000,
      kept: GOOD_ROWS,
      ignoredColumns: ['Notes'],
    });
    expect(refused.map((row) => row.line)).toEqual([...BAD_LINES.keys()].sort((a, b) => a - b));
    for (const row of refused) expect(row.reasons.join('; ')).toContain(BAD_LINES.get(row.line));
    // Nothing that looked like a child's details is kept or repeated.
    const everything = JSON.stringify(planned.value);
    for (const text of IDENTIFYING_TEXT) expect(everything).not.toContain(text);
    expect(cases.some((entry) => entry.caseReference === 'CR-100100')).toBe(false);
  });

  it('reads the types’ usual spellings and British dates, and keeps only references', () => {
    const planned = plan(
      [
        'case_reference;team;worker reference;type;opened',
        'cr-1;chesterfield  cp 1;w-1;Child in need;05/03/2024',
        'CR-2;Chesterfield MAT North;;LAC;5 Mar 2024',
        'CR-3;Chesterfield CLA;W-3;Leaving care;2024-03-05T00:00:00',
      ].join('\n'),
    );
    expect(planned.ok && planned.value.cases).toEqual([
      {
        caseReference: 'CR-1',
        teamId: 'team-cp1',
        teamName: 'Chesterfield CP 1',
        workerReference: 'W-1',
        caseType: 'cin',
        dateOpened: '2024-03-05',
      },
      {
        caseReference: 'CR-2',
        teamId: 'team-mat',
        teamName: 'Chesterfield MAT North',
        caseType: 'cla',
        dateOpened: '2024-03-05',
      },
      {
        caseReference: 'CR-3',
        teamId: 'team-cla',
        teamName: 'Chesterfield CLA',
        workerReference: 'W-3',
        caseType: 'care_leaver',
        dateOpened: '2024-03-05',
      },
    ]);
  });

  it('refuses a file without a column, naming the missing one', () => {
    const read = readCaseFile('Case reference,Team,Case type\r\nCR-1,Chesterfield CP 1,CIN\r\n');
    expect(!read.ok && read.error.userMessage).toContain('The file has no ‘worker reference’, ‘date opened’ columns.');
  });

  it('refuses the lines of a retired team, and a whole file whose teams belong to no district', () => {
    const retired = plan(
      'Case ref,Team,Worker,Type,Opened\nCR-1,Chesterfield CP 1,W-1,CP,2024-01-01\nCR-2,Chesterfield CLA,W-2,CP,2024-01-01\n',
      {
        teams: CHESTERFIELD_TEAMS.map((team) => (team._id === 'team-cla' ? { ...team, retiredAt: new Date() } : team)),
      },
    );
    expect(retired.ok && retired.value.refused).toEqual([
      { line: 3, reasons: ['the team ‘Chesterfield CLA’ is not a current team of Chesterfield'] },
    ]);
    const nowhere = plan('Case ref,Team,Worker,Type,Opened\nCR-1,Nowhere CP,W-1,CP,2024-01-01\n');
    expect(!nowhere.ok && nowhere.error.userMessage).toContain('None of the teams in the file is a current team');
  });

  it('judges the rows against the district named, when one is', () => {
    const planned = plan(chesterfieldCaseExport(), { districtId: 'bolsover' });
    expect(planned.ok && planned.value.cases.map((entry) => entry.caseReference)).toEqual(['CR-100775']);
  });
});

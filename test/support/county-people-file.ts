import { DEMO_DISTRICTS } from '../../src/demo/demo-county.js';

/** A row of a people file, cell by cell, before it is written out. */
export interface PeopleFileCells {
  name: string;
  email: string;
  roles: string;
  districts: string;
  team: string;
  line_manager_email: string;
}

/** Each district's manager, who is the line manager of everyone else in it. */
const managerEmail = (district: number) => `manager.${district}@derbyshire.gov.uk`;

/**
 * A whole county's staff as a spreadsheet exports them: the districts' managers first, then their staff,
 * roles written as labels and as codes, districts as names and as aliases in any case, team names holding
 * commas (so quoted). The people are numbered, so a test knows who is on which line (line = number + 2).
 */
export function countyPeopleRows(count: number): PeopleFileCells[] {
  return Array.from({ length: count }, (_, n) => {
    const district = DEMO_DISTRICTS[n % DEMO_DISTRICTS.length];
    if (!district) throw new Error('the demo county has districts');
    const manages = n < DEMO_DISTRICTS.length;
    return {
      name: `Person ${n}`,
      email: manages ? managerEmail(n) : `person.${n}@derbyshire.gov.uk`,
      roles: manages ? 'District manager' : n % 5 === 0 ? 'auditor; District or MAT staff' : 'staff',
      districts: n % 2 === 0 ? district.name.toUpperCase() : (district.aliases[0] ?? district.name),
      team: `${district.name}, team ${n % 6}`,
      line_manager_email: manages ? '' : managerEmail(n % DEMO_DISTRICTS.length),
    };
  });
}

/** Quotes a cell as spreadsheets do when it holds a comma, a quote or a line end. */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/**
 * The rows as a CSV file the way Excel saves "CSV UTF-8": a byte order mark, CRLF line ends, and here the
 * columns in an order of their own and a trailing space after some cells.
 */
export function peopleCsv(rows: readonly PeopleFileCells[]): string {
  const columns = ['email', 'name', 'districts', 'roles', 'team', 'line_manager_email'] as const;
  const lines = [
    columns.join(','),
    ...rows.map((row, n) => columns.map((column) => cell(row[column]) + (n % 7 === 0 ? ' ' : '')).join(',')),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

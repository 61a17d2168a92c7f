import { describe, expect, it } from 'vitest';
import { PEOPLE_FILE_LIMITS, readPeopleFile } from '../../../../src/domain/people/import/read-people-file.js';

function refusal(text: string): string {
  const read = readPeopleFile(text);
  if (read.ok) throw new Error('expected the file to be refused');
  return read.error.userMessage;
}

describe('reading a people file', () => {
  it('reads a spreadsheet’s CSV: a byte order mark, CRLF, quoted commas and spaces around cells, columns in any order', () => {
    const text =
      '\uFEFFEmail, Name ,Line manager email,roles,districts,team\r\n' +
      ' helen.ward@derbyshire.gov.uk ,"Ward, Helen"  ,,District manager; staff ,Chesterfield;NE Derbyshire,"Chesterfield, CP 1"\r\n';

    const read = readPeopleFile(text);

    expect(read).toEqual({
      ok: true,
      value: {
        rows: [
          {
            line: 2,
            name: 'Ward, Helen',
            email: 'helen.ward@derbyshire.gov.uk',
            roles: ['District manager', 'staff'],
            districts: ['Chesterfield', 'NE Derbyshire'],
            team: 'Chesterfield, CP 1',
            lineManagerEmail: '',
          },
        ],
        ignoredColumns: [],
        hasAgencyColumn: false,
      },
    });
  });

  it('numbers rows as a spreadsheet does: the header is line 1, blank rows count, a cell over two lines is one row', () => {
    const text =
      'name,email,roles,districts,team,line_manager_email\n' +
      'Jo Bennett,jo@x.gov.uk,staff,Chesterfield,"Team\nwith a long name",\n' +
      '\n' +
      'Liam Foster,liam@x.gov.uk,staff,Chesterfield,,\n';

    const read = readPeopleFile(text);

    expect(read.ok && read.value.rows.map((row) => [row.line, row.name])).toEqual([
      [2, 'Jo Bennett'],
      [4, 'Liam Foster'],
    ]);
  });

  it('reads an agency column when there is one, and names the columns it did not read', () => {
    const read = readPeopleFile(
      'name,email,roles,districts,team,line_manager_email,agency,notes\nKate,kate@x.gov.uk,auditor,,,,Police,old\n',
    );
    expect(read.ok && read.value).toMatchObject({
      rows: [{ agency: 'Police' }],
      ignoredColumns: ['notes'],
      hasAgencyColumn: true,
    });
  });

  it('refuses a file without a column, naming the missing ones and the columns it needs', () => {
    expect(refusal('name,email,roles,team\nJo,jo@x.gov.uk,staff,\n')).toBe(
      'The file has no ‘districts’, ‘line_manager_email’ columns. Its first row must name the columns: name, email, roles, districts, team, line_manager_email (in any order).',
    );
  });

  it('refuses an empty file, a file naming a column twice and a file that is not CSV', () => {
    expect(refusal('')).toBe(
      'The file is empty: its first row must name the columns: name, email, roles, districts, team, line_manager_email.',
    );
    expect(refusal('name,email,roles,districts,team,line_manager_email,Email\n')).toBe(
      'The file has two ‘email’ columns: keep one.',
    );
    expect(refusal('name,email,roles,districts,team,line_manager_email\n"Jo,jo@x.gov.uk\n')).toMatch(
      /^The file could not be read as CSV near line 2: Quote Not Closed/,
    );
  });

  it('refuses a file with more rows than one import takes, or too big to read', () => {
    const header = 'name,email,roles,districts,team,line_manager_email\n';
    expect(refusal(header + 'a,b,c,d,e,f\n'.repeat(PEOPLE_FILE_LIMITS.rows + 1))).toBe(
      'The file has 5,001 rows; at most 5,000 are imported at once: split it into smaller files.',
    );
    expect(refusal(header + 'x'.repeat(PEOPLE_FILE_LIMITS.characters))).toBe(
      'The file is too big to import at once (more than 2,000,000 characters): split it into smaller files.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { programmeSubmissionSchema, readBlackouts, readRotaLine } from '../../../src/domain/forms/programme.js';
import { overdueDistricts } from '../../../src/domain/programme/overdue-districts.js';
import { readProgrammeCommand } from '../../../src/domain/programme/read-programme-command.js';
import { parseQuestion } from '../../../src/domain/questions/parse-question.js';
import { calendarDateFromIso } from '../../../src/domain/shared/london-time.js';
import { aDistrict } from '../../support/fixtures.js';
import { contextAt } from '../questions/derbyshire.js';

const date = calendarDateFromIso;
const erewash = aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: ['Ilkeston'] });

describe('a rota line as a QA manager writes it', () => {
  it('reads the long form and the short one alike', () => {
    const long = readRotaLine('Erewash, every 8 weeks, Wednesday, from 2027-01-13', 1);
    const short = readRotaLine(' erewash , 8, wed, 2027-01-13 ', 1);
    const expected = { line: 1, everyWeeks: 8, weekday: 3, firstDate: date('2027-01-13') };
    expect(long).toMatchObject({ ...expected, districtName: 'Erewash' });
    expect(short).toMatchObject({ ...expected, districtName: 'erewash' });
  });

  it('says what is wrong with a line, naming it', () => {
    expect(readRotaLine('Erewash, every 8 weeks, Saturday, from 2027-01-13', 3)).toBe(
      'Line 3 (“Erewash, every 8 weeks, Saturday, from 2027-01-13”): write the weekday as Monday to Friday.',
    );
    expect(readRotaLine('Erewash, every 53 weeks, Wednesday, from 2027-01-13', 1)).toContain(
      'write how many weeks apart its days are as a whole number from 1 to 52',
    );
    expect(readRotaLine('Erewash, every 8 weeks, Wednesday, from 13/01/2027', 1)).toContain(
      'write the first date as YYYY-MM-DD',
    );
    expect(readRotaLine('Erewash every 8 weeks', 2)).toContain('separated by commas');
  });

  it('reads blackout dates and ranges, and refuses one written otherwise or ending before it starts', () => {
    expect(readBlackouts('2027-07-23 to 2027-09-01,\n2027-12-24')).toEqual([
      { from: date('2027-07-23'), to: date('2027-09-01') },
      { from: date('2027-12-24'), to: date('2027-12-24') },
    ]);
    expect(readBlackouts('2027-09-01 to 2027-07-23')).toBe(
      '“2027-09-01 to 2027-07-23” ends before it starts: write the earlier date first.',
    );
    expect(readBlackouts('summer holidays')).toContain('is not a blackout date');
  });

  it('refuses a reminder lead time of 0 weeks, and keys the form does not have', () => {
    const rota = 'Erewash, 8, Wed, 2027-01-13';
    expect(programmeSubmissionSchema.safeParse({ rota, reminderWeeks: '0' }).success).toBe(false);
    expect(programmeSubmissionSchema.safeParse({ rota, reminderWeeks: '4', $where: '1' }).success).toBe(false);
    expect(programmeSubmissionSchema.safeParse({ rota, reminderWeeks: '4' }).success).toBe(true);
  });
});

describe('programme commands and the overdue question', () => {
  it('reads the form, the year, a move and a skip', () => {
    const districts = [erewash];
    expect(readProgrammeCommand('programme for 2027', districts)).toEqual({ kind: 'set', year: 2027 });
    expect(readProgrammeCommand('Show the programme', districts)).toEqual({ kind: 'show' });
    expect(readProgrammeCommand('programme 2027', districts)).toEqual({ kind: 'show', year: 2027 });
    expect(readProgrammeCommand('show the programme for 2027', districts)).toEqual({ kind: 'show', year: 2027 });
    expect(readProgrammeCommand('move the Ilkeston Challenge Day of Wed 14 Apr 2027 to 21/4/2027', districts)).toEqual({
      kind: 'move',
      districtId: 'erewash',
      date: date('2027-04-14'),
      to: date('2027-04-21'),
    });
    expect(readProgrammeCommand('skip the Erewash Challenge Day of 14th April 2027', districts)).toEqual({
      kind: 'skip',
      districtId: 'erewash',
      date: date('2027-04-14'),
    });
    expect(readProgrammeCommand('skip the Erewash Challenge Day of next week', districts)).toMatchObject({
      kind: 'unclear',
    });
    expect(readProgrammeCommand('plan a challenge day', districts)).toBeNull();
  });

  it('“which districts are overdue for a Challenge Day?” in its phrasings, and not the questions about actions or one day', () => {
    const context = contextAt();
    for (const asked of [
      'which districts are overdue for a Challenge Day?',
      'Districts overdue a challenge day',
      'which districts haven’t had a challenge day?',
      'any districts behind on Challenge Days',
      'where is a challenge day overdue',
    ]) {
      expect(parseQuestion(asked, context).kind, asked).toBe('overdue_districts');
    }
    for (const asked of [
      'overdue actions for Erewash',
      'when is the next Challenge Day in Erewash?',
      'actions from the last Challenge Day in High Peak',
    ]) {
      expect(parseQuestion(asked, context).kind, asked).not.toBe('overdue_districts');
    }
  });

  it('counts a district overdue when its last day is longer ago than its interval, though no proposed day is missed', () => {
    const programme = {
      rota: [{ districtId: 'erewash', everyWeeks: 8, weekday: 3, firstDate: date('2027-06-02') }],
    };
    const overdue = overdueDistricts(programme, [], new Map([['erewash', date('2027-02-03')]]), date('2027-05-20'));
    expect(overdue).toEqual([
      { districtId: 'erewash', kind: 'past_interval', lastDay: date('2027-02-03'), everyWeeks: 8 },
    ]);
    expect(overdueDistricts(programme, [], new Map([['erewash', date('2027-04-01')]]), date('2027-05-20'))).toEqual([]);
  });
});

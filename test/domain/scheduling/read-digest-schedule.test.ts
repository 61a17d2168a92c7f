import { describe, expect, it } from 'vitest';
import { readDigestScheduleCommand } from '../../../src/domain/scheduling/read-digest-schedule.js';
import { DERBYSHIRE_DISTRICTS } from '../questions/derbyshire.js';

const read = (text: string) => readDigestScheduleCommand(text, DERBYSHIRE_DISTRICTS);

describe('reading a change to a weekly digest', () => {
  it.each([
    ['weekly digest for Chesterfield on Friday at 8:30', 'chesterfield', 5, '08:30'],
    ['Weekly digest for NE Derbyshire on Tuesdays at 2pm', 'north-east-derbyshire', 2, '14:00'],
    ['set the weekly digest for Erewash to Monday 9am', 'erewash', 1, '09:00'],
    ['move the digest for High Peak to wed at 13:15', 'high-peak', 3, '13:15'],
    ['digest for Bolsover every Thursday at 8.45am', 'bolsover', 4, '08:45'],
    ['weekly digest for South Derbys on Fri at noon', 'south-derbyshire', 5, '12:00'],
    ['weekly digest for the Dales at 3', 'derbyshire-dales', undefined, '15:00'],
    ['weekly digest for Amber Valley on Mondays', 'amber-valley', 1, undefined],
    ['weekly digest for Chesterfeild on Friday at 7:45 am', 'chesterfield', 5, '07:45'],
    ['weekly digest for Ripley and Alfreton MAT on Wednesday at 10:00.', 'amber-valley', 3, '10:00'],
    ['please send the weekly digest for Chesterfield on sunday at 12 am', 'chesterfield', 7, '00:00'],
  ])('“%s”', (text, districtId, weekday, time) => {
    expect(read(text)).toEqual({
      kind: 'set',
      districtId,
      ...(weekday ? { weekday } : {}),
      ...(time ? { time } : {}),
    });
  });

  it.each(['when is the weekly digest for Chesterfield', 'weekly digest for Chesterfield?'])(
    '“%s” asks when it goes',
    (text) => {
      expect(read(text)).toEqual({ kind: 'show', districtId: 'chesterfield' });
    },
  );

  it.each([
    ['weekly digest on Friday at 8:30', 'not for which district'],
    ['weekly digest for Derbyshire on Friday at 8:30', 'could be'],
    ['weekly digest for Chesterfield on Friday at 25:00', 'not the time'],
    ['weekly digest for Chesterfield at 13pm', 'not the time'],
  ])('“%s” is answered with what was understood and examples', (text, understood) => {
    const read_ = read(text);
    expect(read_).toMatchObject({ kind: 'unclear', understood: expect.stringContaining(understood) });
    if (read_?.kind === 'unclear') expect(read_.suggestions.length).toBeGreaterThan(0);
  });

  it.each(['overdue actions for Chesterfield', 'plan a challenge day for Erewash on Friday', 'digest'])(
    '“%s” is not about the digest schedule',
    (text) => {
      expect(read(text)).toBeNull();
    },
  );
});

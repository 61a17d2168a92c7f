import { describe, expect, it } from 'vitest';
import { readNoticeAgainCommand } from '../../../src/domain/notice/read-notice-again-command.js';
import { aDistrict } from '../../support/fixtures.js';

const NOW = new Date('2026-12-01T09:00:00Z');
const districts = [
  aDistrict(),
  aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: ['Ilkeston'] }),
];

describe('asking for a notice to be posted again, in words', () => {
  it.each([
    ['post the notice again', {}],
    ['Post the 48-hour notice again please', {}],
    ['repost the notice', {}],
    ['re-send the notice', {}],
    ['send the notice again for Erewash', { districtId: 'erewash' }],
    ['repost the notice for ilkeston', { districtId: 'erewash' }],
    ['post the notice again for Chesterfield?', { districtId: 'chesterfield' }],
  ])('“%s”', (text, read) => {
    expect(readNoticeAgainCommand(text, districts, NOW)).toEqual(read);
  });

  it('“send the notice again for 3 December” names the day by its date', () => {
    const read = readNoticeAgainCommand('send the notice again for 3 December', districts, NOW);
    expect(read?.districtId).toBeUndefined();
    expect(read?.window?.from.getTime()).toBeLessThanOrEqual(Date.UTC(2026, 11, 3));
    expect(read?.window?.to.getTime()).toBeGreaterThanOrEqual(Date.UTC(2026, 11, 3));
  });

  it('words that are no district or date are kept aside, not guessed at', () => {
    expect(readNoticeAgainCommand('repost the notice for Narnia', districts, NOW)).toEqual({ unrecognised: 'narnia' });
  });

  it.each(['post the minutes again', 'who has not replied to the notice?', 'notice'])(
    '“%s” is not this command',
    (text) => {
      expect(readNoticeAgainCommand(text, districts, NOW)).toBeNull();
    },
  );
});

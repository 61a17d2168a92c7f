import { describe, expect, it } from 'vitest';
import { readDayRepliesCommand, readRegisterCommand } from '../../../src/domain/attendance/read-day-commands.js';
import { aDistrict } from '../../support/fixtures.js';

const districts = [
  aDistrict({ _id: 'erewash', name: 'Erewash', matLocality: 'Erewash MAT', aliases: [] }),
  aDistrict({ _id: 'high-peak', name: 'High Peak', matLocality: 'High Peak MAT', aliases: [] }),
];

describe('reading the register and replies commands', () => {
  it.each([
    'register for Erewash',
    'Register for erewash.',
    'open the register for Erewash',
    'who came to the Erewash Challenge Day?',
    'who came to the Challenge Day in Erewash',
    'record who came to the erewash challenge day',
  ])('“%s” is the register for Erewash', (text) => {
    expect(readRegisterCommand(text, districts)).toEqual({ districtId: 'erewash' });
  });

  it.each([
    'replies for High Peak',
    'answers to the notice for High Peak',
    'show me the replies for high peak',
    'the High Peak Challenge Day',
  ])('“%s” is the replies overview for High Peak', (text) => {
    expect(readDayRepliesCommand(text, districts)).toEqual({ districtId: 'high-peak' });
  });

  it('says back a district it does not know', () => {
    expect(readRegisterCommand('register for Gotham', districts)).toEqual({ unrecognised: 'gotham' });
    expect(readDayRepliesCommand('replies for Gotham', districts)).toEqual({ unrecognised: 'gotham' });
  });

  it.each([
    'the next Challenge Day',
    'the last challenge day',
    'when is the next Challenge Day in Erewash',
    'who hasn’t replied for Erewash',
    'my actions',
  ])('“%s” is left to the other readers', (text) => {
    expect(readRegisterCommand(text, districts)).toBeNull();
    expect(readDayRepliesCommand(text, districts)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { readCardAction } from '../../../src/interactions/verbs/read-card-action.js';

describe('reading what a person pressed on a card', () => {
  it('gives the verb, the record and the checked answer of a quick reply to the notice', () => {
    expect(
      readCardAction('notice.reply', { verb: 'notice.reply', challengeDayId: 'day-1', kind: 'attending' }),
    ).toEqual({
      ok: true,
      verb: 'notice.reply',
      context: { challengeDayId: 'day-1' },
      submission: { kind: 'attending' },
    });
  });

  it('refuses a verb the bot does not have', () => {
    expect(readCardAction('action.delete', { actionId: 'a-1' })).toEqual({ ok: false, reason: 'unknown_verb' });
  });

  it('refuses a button whose record id is not an id', () => {
    expect(readCardAction('action.acknowledge', { actionId: { $ne: null } })).toMatchObject({
      ok: false,
      reason: 'bad_context',
    });
  });

  it('refuses a key that starts with $ or holds a dot, however it arrives', () => {
    const read = readCardAction('action.addProgress', { actionId: 'a-1', note: 'Done', $where: '1', 'note.x': 'y' });
    expect(read).toMatchObject({ ok: false, reason: 'invalid_input' });
  });

  it('says what to correct, by input, and keeps what the person typed', () => {
    const read = readCardAction('action.requestDateChange', {
      actionId: 'a-1',
      requestedDate: '2027-02-30',
      reason: 'Core group on 12 Jan',
    });
    expect(read).toEqual({
      ok: false,
      reason: 'invalid_input',
      verb: 'action.requestDateChange',
      errors: { requestedDate: 'Choose the new date from the calendar.' },
      values: { requestedDate: '2027-02-30', reason: 'Core group on 12 Jan' },
    });
  });

  it('never echoes a child’s name back into the form it refused', () => {
    const read = readCardAction('notice.reply', {
      challengeDayId: 'day-1',
      kind: 'attending',
      caseReference: 'Jamie Smith',
      note: 'Am',
    });
    expect(read).toMatchObject({ ok: false, values: { kind: 'attending', note: 'Am' } });
    expect(JSON.stringify(read)).not.toContain('Jamie');
  });
});

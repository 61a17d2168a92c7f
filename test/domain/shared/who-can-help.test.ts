import { describe, expect, it } from 'vitest';
import type { Person } from '../../../src/domain/people/person.js';
import type { Role } from '../../../src/domain/people/roles.js';
import { askForHelp, type HelpFrom } from '../../../src/domain/shared/who-can-help.js';

const someone = (
  id: string,
  displayName: string,
  roles: Role[],
  districtIds: string[],
  over: Partial<Person> = {},
) => ({
  _id: id,
  displayName,
  roles,
  districtIds,
  ...over,
});

const priya = someone('priya', 'Priya Shah', ['qa_manager'], ['chesterfield']);
const quinn = someone('quinn', 'Quinn Taylor', ['qa_manager', 'senior_manager'], ['erewash']);
const sue = someone('sue', 'Sue Marsh', ['senior_manager'], ['chesterfield']);
const dee = someone('dee', 'Dee Watts', ['district_manager'], ['chesterfield']);
const dom = someone('dom', 'Dom Reid', ['district_manager'], ['erewash']);
const tia = someone('tia', 'Tia Grant', ['staff'], ['chesterfield']);
const owen = someone('owen', 'Owen Hart', ['staff'], ['chesterfield'], { managerId: 'tia' });
const stella = someone('stella', 'Stella Brook', ['staff'], ['chesterfield']);
const left = someone('lee', 'Lee Gone', ['qa_manager'], ['chesterfield'], { leftAt: new Date('2026-01-01') });

const everyone = [priya, quinn, sue, dee, dom, tia, owen, stella, left];
const read = (people = everyone) => ({ people, districtName: 'Chesterfield' });
const chesterfieldManagers: HelpFrom = {
  kind: 'role',
  roles: ['senior_manager', 'district_manager'],
  districtId: 'chesterfield',
};

describe('whom a refused person is told to ask', () => {
  it('the QA managers, by name, for what only they do; never one who has left', () => {
    expect(askForHelp({ kind: 'role', roles: ['qa_manager'] }, read(), 'stella')).toBe(
      'Ask a QA manager, Priya Shah or Quinn Taylor.',
    );
  });

  it('a district’s own senior and district managers for its matters, not another district’s', () => {
    expect(askForHelp(chesterfieldManagers, read(), 'stella')).toBe(
      'Ask a manager of Chesterfield, Sue Marsh or Dee Watts.',
    );
  });

  it('never the person who asked: a manager refused is sent to the district’s other managers', () => {
    expect(askForHelp(chesterfieldManagers, read(), 'dee')).toBe('Ask a manager of Chesterfield, Sue Marsh.');
  });

  it('the QA managers when the district has no manager on record', () => {
    expect(askForHelp(chesterfieldManagers, read([priya, quinn, dom]), 'stella')).toBe(
      'Ask a QA manager, Priya Shah or Quinn Taylor.',
    );
  });

  it('QA managers count in every district, other roles only in their own', () => {
    const moderators: HelpFrom = { kind: 'role', roles: ['qa_manager', 'senior_manager'], districtId: 'chesterfield' };
    expect(askForHelp(moderators, read(), 'dee')).toBe(
      'Ask a QA manager or senior manager, Priya Shah, Quinn Taylor or Sue Marsh.',
    );
  });

  it('an action’s owner and their line manager for a step on the action', () => {
    const help: HelpFrom = { kind: 'action_owner', ownerId: 'owen', districtId: 'chesterfield' };
    expect(askForHelp(help, read(), 'stella')).toBe('Ask its owner, Owen Hart, or their line manager, Tia Grant.');
  });

  it('an action’s owner and the district’s managers when the owner has no line manager on record', () => {
    const help: HelpFrom = { kind: 'action_owner', ownerId: 'stella', districtId: 'chesterfield' };
    expect(askForHelp(help, read(), 'owen')).toBe(
      'Ask its owner, Stella Brook, or a manager of Chesterfield, Sue Marsh or Dee Watts.',
    );
  });

  it('a day’s planner first, then the other QA managers, for the day’s matters', () => {
    expect(askForHelp({ kind: 'day_planner', plannedById: 'priya' }, read(), 'sue')).toBe(
      'Ask Priya Shah, who planned it, or another QA manager, Quinn Taylor.',
    );
  });

  it('whoever runs the bot when nobody in the county can help', () => {
    expect(askForHelp({ kind: 'role', roles: ['qa_manager'] }, read([left, stella]), 'stella')).toBe(
      'Ask whoever runs the bot for your county.',
    );
  });
});

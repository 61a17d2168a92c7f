import { describe, expect, it } from 'vitest';
import { actorFor } from '../../../src/domain/people/actor.js';
import { checkChosenPeople } from '../../../src/domain/people/chosen-people.js';
import {
  pickerDataset,
  pickerScope,
  readPickerDataset,
  type PeoplePicker,
} from '../../../src/domain/people/people-pickers.js';
import { aChallengeDay, aDistrict, aPerson, aReport } from '../../support/fixtures.js';

const qaManager = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }));
const auditor = actorFor(aPerson({ _id: 'person-dan', roles: ['auditor'], districtIds: ['chesterfield'] }));
const day = aChallengeDay({ _id: 'day-1', districtId: 'erewash', auditTeamIds: ['person-dan'] });

describe('which people a picker may offer', () => {
  it('names each picker by a dataset that reads back as the same picker', () => {
    const pickers: PeoplePicker[] = [
      { kind: 'attendees' },
      { kind: 'auditors' },
      { kind: 'day_owners', challengeDayId: 'day-2026-12-chesterfield' },
      { kind: 'report_owners', reportId: 'report-2026-12-chesterfield' },
      { kind: 'line_managers' },
      { kind: 'hand_on', personId: 'person-helen-ward' },
      { kind: 'team_managers', districtId: 'chesterfield' },
    ];
    for (const picker of pickers) expect(readPickerDataset(pickerDataset(picker))).toEqual(picker);
  });

  it('reads anything else a client sends as no picker', () => {
    const sents = [
      '',
      'people',
      'people.',
      'people.everyone',
      'people.day_owners.',
      'people.hand_on',
      'npm',
      42,
      null,
      {},
    ];
    for (const sent of sents) expect(readPickerDataset(sent)).toBeNull();
  });

  it('offers the plan form’s people only to whoever may plan, and the day’s district only to its audit team', () => {
    expect(pickerScope(qaManager, { kind: 'auditors' }, { kind: 'none' })).toEqual({
      roles: ['auditor', 'senior_manager', 'partner_agency'],
    });
    expect(pickerScope(auditor, { kind: 'attendees' }, { kind: 'none' })).toBeNull();
    const owners = { kind: 'day_owners', challengeDayId: day._id } as const;
    expect(pickerScope(auditor, owners, { kind: 'day', day })).toEqual({ districtId: 'erewash' });
    expect(pickerScope(auditor, owners, { kind: 'day', day: { ...day, auditTeamIds: [] } })).toBeNull();
    expect(pickerScope(auditor, owners, { kind: 'day', day: null })).toBeNull();
    const report = aReport({ _id: 'report-1', districtId: 'erewash' });
    const reportOwners = { kind: 'report_owners', reportId: report._id } as const;
    expect(pickerScope(qaManager, reportOwners, { kind: 'report', report })).toEqual({ districtId: 'erewash' });
    expect(pickerScope(auditor, reportOwners, { kind: 'report', report })).toBeNull();
  });

  it('offers anyone current as a line manager to whoever may manage people, and nobody to anyone else', () => {
    const districtManager = actorFor(aPerson({ roles: ['district_manager'], districtIds: ['erewash'] }));
    expect(pickerScope(qaManager, { kind: 'line_managers' }, { kind: 'none' })).toEqual({});
    expect(pickerScope(districtManager, { kind: 'line_managers' }, { kind: 'none' })).toEqual({});
    expect(pickerScope(auditor, { kind: 'line_managers' }, { kind: 'none' })).toBeNull();
  });

  it('offers a leaver’s own district to whoever may manage them, anyone current when they had several, nobody otherwise', () => {
    const leaver = aPerson({ _id: 'person-gill', districtIds: ['erewash'], leftAt: new Date('2026-10-31') });
    const handOn = { kind: 'hand_on', personId: leaver._id } as const;
    const erewashManager = actorFor(aPerson({ roles: ['district_manager'], districtIds: ['erewash'] }));
    const chesterfieldManager = actorFor(aPerson({ roles: ['district_manager'], districtIds: ['chesterfield'] }));
    expect(pickerScope(erewashManager, handOn, { kind: 'person', person: leaver })).toEqual({ districtId: 'erewash' });
    expect(pickerScope(chesterfieldManager, handOn, { kind: 'person', person: leaver })).toBeNull();
    expect(pickerScope(auditor, handOn, { kind: 'person', person: leaver })).toBeNull();
    expect(pickerScope(qaManager, handOn, { kind: 'person', person: null })).toBeNull();
    const twoDistricts = { ...leaver, districtIds: ['erewash', 'chesterfield'] };
    expect(pickerScope(qaManager, handOn, { kind: 'person', person: twoDistricts })).toEqual({});
  });

  it('offers a district’s people as a team’s manager only to whoever may manage teams, and never for a retired district', () => {
    const erewash = aDistrict({ _id: 'erewash', name: 'Erewash' });
    const managers = { kind: 'team_managers', districtId: erewash._id } as const;
    const districtManager = actorFor(aPerson({ roles: ['district_manager'], districtIds: ['erewash'] }));
    expect(pickerScope(qaManager, managers, { kind: 'district', district: erewash })).toEqual({
      districtId: 'erewash',
    });
    expect(pickerScope(districtManager, managers, { kind: 'district', district: erewash })).toBeNull();
    const retired = { ...erewash, retiredAt: new Date('2026-04-01') };
    expect(pickerScope(qaManager, managers, { kind: 'district', district: retired })).toBeNull();
    expect(pickerScope(qaManager, managers, { kind: 'district', district: null })).toBeNull();
  });
});

describe('checking the people a form chose', () => {
  const helen = aPerson({ _id: 'person-helen', displayName: 'Helen Ward', districtIds: ['erewash'] });
  const helena = aPerson({ _id: 'person-helena', displayName: 'Helena Hale', leftAt: new Date('2026-10-31') });
  const hellen = aPerson({ _id: 'person-hellen', displayName: 'Hellen Old', districtIds: ['bolsover'] });

  it('accepts current people of the picker’s district', () => {
    const chosen = [{ field: 'ownerId', ids: ['person-helen'], scope: { districtId: 'erewash' }, choose: 'an owner' }];
    expect(checkChosenPeople(chosen, [helen], { current: ['erewash'], retired: [] }).ok).toBe(true);
  });

  it('refuses, beside the field, a leaver, someone unknown, someone elsewhere and someone only in a retired district', () => {
    const chosen = [
      {
        field: 'expectedAttendeeIds',
        ids: ['person-helena', 'person-nobody', 'person-hellen'],
        scope: {},
        choose: 'expected attendees',
      },
      { field: 'ownerId', ids: ['person-helen'], scope: { districtId: 'chesterfield' }, choose: 'an owner' },
    ];

    const checked = checkChosenPeople(chosen, [helen, helena, hellen], {
      current: ['erewash', 'chesterfield'],
      retired: ['bolsover'],
    });

    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error.details).toEqual({
      expectedAttendeeIds:
        'Choose expected attendees: Helena Hale has left; someone the bot does not know; Hellen Old works only in districts that are retired.',
      ownerId: 'Choose an owner: Helen Ward does not work in this district.',
    });
  });
});

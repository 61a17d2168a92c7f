import { describe, expect, it } from 'vitest';
import { actorFor } from '../../../src/domain/people/actor.js';
import { addPerson, changePerson, markPersonLeft } from '../../../src/domain/people/manage-person.js';
import type { PersonDetails } from '../../../src/domain/people/person-details.js';
import { aPerson } from '../../support/fixtures.js';

const at = new Date('2026-12-07T10:00:00Z');
const qaManager = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }));
const chesterfieldManager = actorFor(
  aPerson({ _id: 'person-dom', roles: ['district_manager'], districtIds: ['chesterfield'] }),
);
const auditor = actorFor(aPerson({ _id: 'person-sam', roles: ['auditor'], districtIds: ['chesterfield'] }));

const helen: PersonDetails = {
  displayName: 'Helen Ward',
  email: 'helen.ward@derbyshire.gov.uk',
  roles: ['staff'],
  districtIds: ['chesterfield'],
  teamName: 'Chesterfield Child Protection Team 1',
};

function refusal<T>(outcome: { ok: true; value: T } | { ok: false; error: { userMessage: string } }): string {
  if (outcome.ok) throw new Error('expected a refusal');
  return outcome.error.userMessage;
}

describe('adding a person', () => {
  it('makes a record with no chat identity yet, audited as added by the manager with every field', () => {
    const added = addPerson('person-helen', helen, { actor: qaManager, at });
    expect(added.ok && added.value.person).toEqual({ _id: 'person-helen', identities: {}, ...helen });
    expect(added.ok && added.value.audit).toMatchObject({
      entityKind: 'person',
      entityId: 'person-helen',
      transition: 'add',
      actorId: 'person-priya',
    });
    expect(added.ok && added.value.audit.note).toContain('email: (none) → helen.ward@derbyshire.gov.uk');
  });

  it('lets a district manager add staff to their own district', () => {
    expect(addPerson('person-helen', helen, { actor: chesterfieldManager, at }).ok).toBe(true);
  });

  it('tells a district manager they cannot add someone to another district', () => {
    const elsewhere = { ...helen, districtIds: ['erewash'] };
    expect(refusal(addPerson('person-helen', elsewhere, { actor: chesterfieldManager, at }))).toBe(
      'A district manager can change only the staff of their own districts; for anyone else, a QA manager can.',
    );
  });

  it('tells a district manager only a QA manager gives the QA manager or senior manager role', () => {
    const senior = { ...helen, roles: ['senior_manager' as const] };
    expect(refusal(addPerson('person-helen', senior, { actor: chesterfieldManager, at }))).toBe(
      'Only a QA manager can give or change the QA manager and senior manager roles.',
    );
  });

  it('tells an auditor who can add people', () => {
    expect(refusal(addPerson('person-helen', helen, { actor: auditor, at }))).toBe(
      'Only a QA manager, or a district manager for their own district’s staff, can change who is registered.',
    );
  });
});

describe('changing a person', () => {
  const before = aPerson({
    _id: 'person-helen',
    ...helen,
    identities: { slackUserId: 'UHELEN' },
  });

  it('keeps their chat identities and records the old and new value of what changed', () => {
    const moved = changePerson(
      before,
      { ...helen, districtIds: ['chesterfield', 'high-peak'] },
      { actor: qaManager, at },
    );
    expect(moved.ok && moved.value?.person.identities).toEqual({ slackUserId: 'UHELEN' });
    expect(moved.ok && moved.value?.audit.note).toBe('districtIds: chesterfield → chesterfield, high-peak');
  });

  it('changes nothing, and audits nothing, when the details are the ones on the record', () => {
    expect(changePerson(before, helen, { actor: qaManager, at })).toEqual({ ok: true, value: null });
  });

  it('takes away a detail left out, e.g. their team', () => {
    const { teamName: _left, ...withoutTeam } = helen;
    const changed = changePerson(before, withoutTeam, { actor: qaManager, at });
    expect(changed.ok && changed.value?.person.teamName).toBeUndefined();
  });

  it('does not let a district manager move their staff into a district that is not theirs', () => {
    const moved = { ...helen, districtIds: ['erewash'] };
    expect(refusal(changePerson(before, moved, { actor: chesterfieldManager, at }))).toContain(
      'only the staff of their own districts',
    );
  });
});

describe('recording that someone has left', () => {
  const before = aPerson({ _id: 'person-helen', ...helen });

  it('keeps the record and marks when they left, audited', () => {
    const left = markPersonLeft(before, { actor: qaManager, at });
    expect(left.ok && left.value.person).toEqual({ ...before, leftAt: at });
    expect(left.ok && left.value.audit.note).toBe('leftAt: (none) → 2026-12-07T10:00:00.000Z');
  });

  it('says so when they are already recorded as having left', () => {
    const gone = { ...before, leftAt: at };
    expect(refusal(markPersonLeft(gone, { actor: qaManager, at }))).toBe(
      'Helen Ward is already recorded as having left.',
    );
  });

  it('does not let a manager record themselves as having left', () => {
    const priya = aPerson({ _id: 'person-priya', roles: ['qa_manager'] });
    expect(refusal(markPersonLeft(priya, { actor: qaManager, at }))).toBe(
      'You cannot record yourself as having left: another manager records it.',
    );
  });
});

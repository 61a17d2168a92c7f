import { describe, expect, it } from 'vitest';
import { actorFor } from '../../../src/domain/people/actor.js';
import { RECORD_LINKED_TO_ANOTHER_ACCOUNT, linkIdentity } from '../../../src/domain/people/link-identity.js';
import { notRegisteredMessage } from '../../../src/domain/people/not-registered.js';
import { joinsAsQaManager, seesSetUpGuide } from '../../../src/domain/people/permissions.js';
import { describePersonChange, personChangeAudit } from '../../../src/domain/people/person-change.js';
import type { PlatformIdentity } from '../../../src/domain/people/platform-identity.js';
import { registerQaManager } from '../../../src/domain/people/register-qa-manager.js';
import { sameEmail, workEmail } from '../../../src/domain/people/work-email.js';
import { aPerson } from '../../support/fixtures.js';

const at = new Date('2026-12-01T09:00:00Z');
const onFirst: PlatformIdentity = { platform: 'teams', platformUserId: 'account-1' };
const onSecond: PlatformIdentity = { platform: 'slack', platformUserId: 'account-2' };

describe('work emails', () => {
  it('compare without regard to case or surrounding spaces', () => {
    expect(sameEmail('Priya.Patel@Derbyshire.gov.uk', ' priya.patel@derbyshire.GOV.UK ')).toBe(true);
    expect(sameEmail('priya.patel@derbyshire.gov.uk', 'priya.patel2@derbyshire.gov.uk')).toBe(false);
  });

  it('are kept in lower case, and what is not an address is refused', () => {
    expect(workEmail.parse(' Sam.Auditor@Derbyshire.gov.uk ')).toBe('sam.auditor@derbyshire.gov.uk');
    for (const notAnAddress of ['', 'sam', 'sam@', '@derbyshire.gov.uk', 'sam auditor@derbyshire.gov.uk']) {
      expect(workEmail.safeParse(notAnAddress).success).toBe(false);
    }
  });
});

describe('linking a platform identity to the record with the same work email', () => {
  const sam = aPerson({ _id: 'person-sam', email: 'sam.auditor@derbyshire.gov.uk', identities: {} });

  it('links it, whatever the case of the email the platform gives, and audits the change as the system', () => {
    const linked = linkIdentity(sam, onFirst, { email: 'SAM.Auditor@derbyshire.gov.uk', at });

    expect(linked.ok && linked.value.person.identities).toEqual({ teamsAadObjectId: 'account-1' });
    expect(linked.ok && linked.value.audit).toMatchObject({
      entityKind: 'person',
      entityId: 'person-sam',
      transition: 'link_identity',
      actorId: 'system',
      note: 'identities.teamsAadObjectId: (none) → account-1',
    });
  });

  it('keeps the record’s identity on another platform', () => {
    const onTheOther = { ...sam, identities: { slackUserId: 'account-2' } };
    const linked = linkIdentity(onTheOther, onFirst, { email: sam.email ?? '', at });

    expect(linked.ok && linked.value.person.identities).toEqual({
      slackUserId: 'account-2',
      teamsAadObjectId: 'account-1',
    });
  });

  it('refuses a record already linked to another account on the same platform', () => {
    const heldElsewhere = { ...sam, identities: { slackUserId: 'someone-else' } };
    const refused = linkIdentity(heldElsewhere, onSecond, { email: sam.email ?? '', at });

    expect(refused).toMatchObject({ ok: false, error: { userMessage: RECORD_LINKED_TO_ANOTHER_ACCOUNT } });
  });

  it('refuses when the email is not the record’s, and a record with no email', () => {
    for (const person of [sam, { ...sam, email: undefined }]) {
      expect(linkIdentity(person, onFirst, { email: 'olive.grant@derbyshire.gov.uk', at })).toMatchObject({
        ok: false,
        error: { reason: 'not_registered' },
      });
    }
  });

  it('changes nothing, and audits nothing, when the record already holds that identity', () => {
    const holding = { ...sam, identities: { teamsAadObjectId: 'account-1' } };

    expect(linkIdentity(holding, onFirst, { email: sam.email ?? '', at })).toEqual({
      ok: true,
      value: { person: holding, audit: null },
    });
  });
});

describe('the QA managers named in BOOTSTRAP_ADMIN_EMAILS', () => {
  it('are those whose email is on the list, whatever its case', () => {
    const named = ['priya.patel@derbyshire.gov.uk', 'martin.cole@derbyshire.gov.uk'];

    expect(joinsAsQaManager('Martin.Cole@Derbyshire.gov.uk', named)).toBe(true);
    expect(joinsAsQaManager('sam.auditor@derbyshire.gov.uk', named)).toBe(false);
    expect(joinsAsQaManager('priya.patel@derbyshire.gov.uk', [])).toBe(false);
  });

  it('are registered as QA managers with their name, email and identity, seeing every district, by the system', () => {
    const { person, audit } = registerQaManager(
      onSecond,
      { email: 'priya.patel@derbyshire.gov.uk', displayName: 'Priya Patel' },
      { id: 'person-priya', districtIds: ['chesterfield', 'erewash'], at },
    );

    expect(person).toEqual({
      _id: 'person-priya',
      displayName: 'Priya Patel',
      email: 'priya.patel@derbyshire.gov.uk',
      roles: ['qa_manager'],
      districtIds: ['chesterfield', 'erewash'],
      identities: { slackUserId: 'account-2' },
    });
    expect(audit).toMatchObject({ transition: 'register', actorId: 'system', before: 'none', after: 'registered' });
    expect(audit.note?.split('\n')).toEqual([
      'displayName: (none) → Priya Patel',
      'email: (none) → priya.patel@derbyshire.gov.uk',
      'roles: (none) → qa_manager',
      'districtIds: (none) → chesterfield, erewash',
      'identities.slackUserId: (none) → account-2',
    ]);
  });

  it('are named by their email when the platform gives no name', () => {
    const { person } = registerQaManager(
      onFirst,
      { email: 'priya.patel@derbyshire.gov.uk' },
      {
        id: 'person-priya',
        districtIds: [],
        at,
      },
    );

    expect(person.displayName).toBe('priya.patel@derbyshire.gov.uk');
  });

  it('are the ones walked through the set-up', () => {
    expect(seesSetUpGuide(actorFor(aPerson({ roles: ['qa_manager'] })))).toBe(true);
    expect(seesSetUpGuide(actorFor(aPerson({ roles: ['senior_manager', 'auditor'] })))).toBe(false);
  });
});

describe('what someone not registered is told', () => {
  it('names the QA managers who can add them, in one sentence', () => {
    expect(notRegisteredMessage([{ displayName: 'Priya Patel' }])).toBe(
      'You are not registered with the Challenge Day bot yet, so it cannot act for you: ask your QA manager, Priya Patel, to add you.',
    );
    expect(
      notRegisteredMessage([
        { displayName: 'Ann Lee' },
        { displayName: 'Priya Patel' },
        { displayName: 'Martin Cole' },
      ]),
    ).toBe(
      'You are not registered with the Challenge Day bot yet, so it cannot act for you: ask a QA manager, Ann Lee, Priya Patel or Martin Cole, to add you.',
    );
  });

  it('says nobody in the county can add them yet when there is no QA manager', () => {
    expect(notRegisteredMessage([])).toMatch(/no QA manager is registered to add you/);
  });
});

describe('the audit of a change to a person', () => {
  it('lists each changed field with its old and new value', () => {
    const before = aPerson({ _id: 'person-sam', roles: ['auditor'], identities: {} });
    const after = { ...before, roles: ['auditor' as const, 'staff' as const], identities: { slackUserId: 'U1' } };

    expect(describePersonChange(before, after).split('\n')).toEqual([
      'roles: auditor → auditor, staff',
      'identities.slackUserId: (none) → U1',
    ]);
  });

  it('keeps two changes of the same record in the same millisecond apart, and the same change once', () => {
    const none = aPerson({ _id: 'person-sam', identities: {} });
    const change = {
      transition: 'link_identity',
      actor: { id: 'system', roles: [], districtIds: [], isSystem: true },
      at,
    };
    const first = personChangeAudit(none, { ...none, identities: { teamsAadObjectId: 'a' } }, change);
    const second = personChangeAudit(none, { ...none, identities: { slackUserId: 'b' } }, change);
    const again = personChangeAudit(none, { ...none, identities: { teamsAadObjectId: 'a' } }, change);

    expect(first._id).not.toBe(second._id);
    expect(again._id).toBe(first._id);
  });
});

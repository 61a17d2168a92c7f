import { describe, expect, it } from 'vitest';
import { transitionChallengeDay, type ChallengeDayTransition } from '../../../src/domain/challenge-day/lifecycle.js';
import type { ChallengeDay } from '../../../src/domain/challenge-day/challenge-day.js';
import { SYSTEM_ACTOR, actorFor, type Actor } from '../../../src/domain/people/actor.js';
import { aChallengeDay, aPerson } from '../../support/fixtures.js';

const now = new Date('2026-12-01T09:00:00Z');
const qaManager = actorFor(aPerson({ _id: 'person-qa', roles: ['qa_manager'] }));
const seniorManager = actorFor(aPerson({ _id: 'person-sm', roles: ['senior_manager'] }));
const staff = actorFor(aPerson({ _id: 'person-staff', roles: ['staff'] }));

const step = (day: ChallengeDay, name: ChallengeDayTransition, actor: Actor) =>
  transitionChallengeDay(day, name, { actor, commandId: `cmd-${name}`, now });

describe('the Challenge Day lifecycle', () => {
  it('runs planned → announced → in progress → report drafted → verified → circulated → closed', () => {
    const path: [ChallengeDayTransition, Actor, ChallengeDay['status']][] = [
      ['announce', SYSTEM_ACTOR, 'announced'],
      ['start', SYSTEM_ACTOR, 'in_progress'],
      ['draft_report', qaManager, 'report_drafted'],
      ['verify', seniorManager, 'verified'],
      ['circulate', SYSTEM_ACTOR, 'circulated'],
      ['close', qaManager, 'closed'],
    ];
    let day = aChallengeDay();
    for (const [name, actor, status] of path) {
      const result = step(day, name, actor);
      if (!result.ok) throw new Error(result.error.userMessage);
      expect(result.value.status).toBe(status);
      expect(result.value.history.at(-1)).toMatchObject({
        transition: name,
        actorId: actor.id,
        from: day.status,
        to: status,
      });
      day = result.value;
    }
    expect(day.history).toHaveLength(7);
  });

  it('can be cancelled by a QA manager before the report, but not after it', () => {
    expect(step(aChallengeDay({ status: 'announced' }), 'cancel', qaManager)).toMatchObject({
      ok: true,
      value: { status: 'cancelled' },
    });
    const late = step(aChallengeDay({ status: 'verified' }), 'cancel', qaManager);
    expect(!late.ok && late.error.userMessage).toBe('This Challenge Day is verified, so it cannot be cancelled now.');
  });

  it('lets only a senior manager verify the report, and never the bot on its own', () => {
    const drafted = aChallengeDay({ status: 'report_drafted' });
    for (const actor of [qaManager, staff, SYSTEM_ACTOR]) {
      const result = step(drafted, 'verify', actor);
      expect(!result.ok && result.error).toMatchObject({
        reason: 'not_allowed',
        userMessage: 'Only a senior manager can verify the report.',
      });
    }
  });

  it('tells staff they cannot cancel or close a day', () => {
    expect(step(aChallengeDay(), 'cancel', staff)).toMatchObject({
      ok: false,
      error: { userMessage: 'Only a QA manager can cancel a Challenge Day.' },
    });
  });
});

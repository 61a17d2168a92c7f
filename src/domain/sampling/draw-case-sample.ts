import { DateTime } from 'luxon';
import type { AuditEvent } from '../audit/audit-event.js';
import { auditEventId } from '../audit/audit-event.js';
import { findIdentityData } from '../case-finding/identity-patterns.js';
import type { ChallengeDay } from '../challenge-day/challenge-day.js';
import type { Delivery } from '../notifications/notification.js';
import type { Actor } from '../people/actor.js';
import type { Person } from '../people/person.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { SERVICE_TIME_ZONE, isoFromCalendarDate } from '../shared/london-time.js';
import { idForCommand } from '../shared/new-id.js';
import type { CaseSample } from './case-sample.js';
import { readCaseList } from './case-list.js';
import { SAMPLING_METHOD, drawSample } from './draw-sample.js';
import { mayDrawCaseSamples } from './permissions.js';

export interface CaseSamplePorts {
  findChallengeDay(id: string): Promise<ChallengeDay | null>;
  findPeople(ids: readonly string[]): Promise<Person[]>;
  /** Case references in the district's samples drawn since a date, other than this day's own. */
  sampledSince(districtId: string, since: Date, exceptChallengeDayId: string): Promise<Set<string>>;
  /** Stores the day's one sample; an existing one is returned instead. */
  saveSample(sample: CaseSample): Promise<{ stored: CaseSample; replayed: boolean }>;
  recordAudit(event: AuditEvent): Promise<void>;
}

export interface DrawCaseSample {
  readonly challengeDayId: string;
  /** The district's cases as pasted: "reference, team" per line. */
  readonly caseList: string;
  readonly size: number;
  /** Leave out cases audited within this many months. */
  readonly excludeAuditedWithinMonths: number;
  /** Defaults to "<district>-<date of the day>", so a draw can be repeated from the day alone. */
  readonly seed?: string;
}

const OPEN_FOR_SAMPLING: readonly ChallengeDay['status'][] = ['planned', 'announced', 'in_progress'];

/**
 * The QA manager draws the day's case sample: checked, reproducible, recorded with its seed and method in
 * the audit trail, and each auditor sent a case-finding card per case. A day has one sample; drawing again
 * with the same list and seed gives the same sample back, anything else is refused.
 */
export async function drawCaseSample(
  ports: CaseSamplePorts,
  request: DrawCaseSample,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<{ sample: CaseSample; deliveries: Delivery[]; replayed: boolean }>> {
  const { actor, now } = context;
  const allowed = mayDrawCaseSamples(actor);
  if (!allowed.ok) return allowed;
  const day = await ports.findChallengeDay(request.challengeDayId);
  if (!day) return refuse('not_found', 'That Challenge Day was not found.');
  if (!OPEN_FOR_SAMPLING.includes(day.status)) {
    return refuse(
      'invalid_transition',
      'The sample is drawn before the day’s report; this Challenge Day is past that.',
    );
  }
  const list = readCaseList(request.caseList);
  if (!list.ok) {
    const shown = list.problems.slice(0, 5).map((problem) => `Line ${problem.line}: ${problem.message}`);
    const more = list.problems.length > 5 ? [`and ${list.problems.length - 5} more lines to correct.`] : [];
    return refuse('invalid_input', [...shown, ...more].join('\n'));
  }

  const since = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE })
    .minus({ months: request.excludeAuditedWithinMonths })
    .toJSDate();
  const excluded = await ports.sampledSince(day.districtId, since, day._id);
  const auditors = await ports.findPeople(day.auditTeamIds);
  // The seed is shown on the receipt and kept in the audit trail, so it must not be someone's data.
  if (request.seed && findIdentityData(request.seed)) {
    return refuse(
      'invalid_input',
      'That seed looks like a date of birth, an NHS number or a postcode. Choose a word or number of your own, e.g. “dec-2026”.',
    );
  }
  const seed = request.seed?.trim() || `${day.districtId}-${isoFromCalendarDate(day.date)}`;
  const drawn = drawSample({
    cases: list.cases,
    size: request.size,
    seed,
    excluded,
    auditors: auditors.map((auditor) => ({
      id: auditor._id,
      ...(auditor.teamName ? { teamName: auditor.teamName } : {}),
    })),
  });
  if (!drawn.ok) return drawn;

  const sample: CaseSample = {
    _id: idForCommand('sample', `${day._id}`),
    challengeDayId: day._id,
    districtId: day.districtId,
    seed,
    method: SAMPLING_METHOD,
    excludedAuditedWithinMonths: request.excludeAuditedWithinMonths,
    cases: drawn.value.cases,
    drawnById: actor.id,
    drawnAt: now,
  };
  const { stored, replayed } = await ports.saveSample(sample);
  if (replayed && JSON.stringify(stored.cases) !== JSON.stringify(sample.cases)) {
    return refuse(
      'conflict',
      `A sample was already drawn for this Challenge Day, with the seed “${stored.seed}”. Drawing again with that seed and the same list gives the same cases.`,
    );
  }
  await ports.recordAudit({
    _id: auditEventId('case_sample', stored._id, 1),
    entityKind: 'case_sample',
    entityId: stored._id,
    transition: 'draw',
    actorId: stored.drawnById,
    at: stored.drawnAt,
    commandId: context.commandId,
    before: 'none',
    after: 'drawn',
    caseReferences: stored.cases.map((entry) => entry.caseReference),
    districtId: stored.districtId,
    note: `seed “${stored.seed}”; ${stored.cases.length} of ${list.cases.length} cases (${drawn.value.excludedCount} audited within ${stored.excludedAuditedWithinMonths} months left out); method: ${stored.method}`,
  });
  const deliveries: Delivery[] = stored.cases.map((entry) => ({
    key: `case-request:${stored._id}:${entry.caseReference}`,
    notification: { kind: 'case_finding_request', challengeDayId: day._id, caseReference: entry.caseReference },
    destination: { kind: 'person', personId: entry.auditorId },
  }));
  return succeed({ sample: stored, deliveries, replayed });
}

import { DateTime } from 'luxon';
import type { AuditEvent } from '../audit/audit-event.js';
import { auditEventId } from '../audit/audit-event.js';
import { findIdentityData } from '../case-finding/identity-patterns.js';
import type { CaseList } from '../case-list/case-list.js';
import { auditTeamOn, type ChallengeDay } from '../challenge-day/challenge-day.js';
import type { Team } from '../districts/team.js';
import type { Delivery } from '../notifications/notification.js';
import type { Actor } from '../people/actor.js';
import type { Person } from '../people/person.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { SERVICE_TIME_ZONE, isoFromCalendarDate } from '../shared/london-time.js';
import { idForCommand } from '../shared/new-id.js';
import type { CaseSample } from './case-sample.js';
import type { SitedCase } from './allocate-to-auditors.js';
import { readCaseList } from './case-list.js';
import { SAMPLING_METHOD, drawSample } from './draw-sample.js';
import { mayDrawCaseSamples } from './permissions.js';

export interface CaseSamplePorts {
  findChallengeDay(id: string): Promise<ChallengeDay | null>;
  findPeople(ids: readonly string[]): Promise<Person[]>;
  /** The district's current case list, imported from the case system; null before one is applied. */
  currentCaseList(districtId: string): Promise<CaseList | null>;
  /** The district's teams, retired ones too: each case's site is its team's. */
  teamsOf(districtId: string): Promise<Team[]>;
  /** Case references in the district's samples drawn since a date, other than this day's own. */
  sampledSince(districtId: string, since: Date, exceptChallengeDayId: string): Promise<Set<string>>;
  /** Stores the day's one sample; an existing one is returned instead. */
  saveSample(sample: CaseSample): Promise<{ stored: CaseSample; replayed: boolean }>;
  recordAudit(event: AuditEvent): Promise<void>;
}

export interface DrawCaseSample {
  readonly challengeDayId: string;
  /**
   * The district's cases as pasted: "reference, team" per line. Blank: the district's current case list,
   * imported from the case system, is drawn from.
   */
  readonly caseList?: string;
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
  const list = await casesToDrawFrom(ports, day.districtId, request.caseList ?? '');
  if (!list.ok) return list;

  const since = DateTime.fromJSDate(now, { zone: SERVICE_TIME_ZONE })
    .minus({ months: request.excludeAuditedWithinMonths })
    .toJSDate();
  const excluded = await ports.sampledSince(day.districtId, since, day._id);
  const asAuditors = (people: readonly Person[]) =>
    people.map((auditor) => ({ id: auditor._id, ...(auditor.teamName ? { teamName: auditor.teamName } : {}) }));
  const auditors = asAuditors(await ports.findPeople(auditTeamOn(day, 'district')));
  const matAuditors = asAuditors(await ports.findPeople(auditTeamOn(day, 'mat')));
  // The seed is shown on the receipt and kept in the audit trail, so it must not be someone's data.
  if (request.seed && findIdentityData(request.seed)) {
    return refuse(
      'invalid_input',
      'That seed looks like a date of birth, an NHS number or a postcode. Choose a word or number of your own, e.g. “dec-2026”.',
    );
  }
  const seed = request.seed?.trim() || `${day.districtId}-${isoFromCalendarDate(day.date)}`;
  const drawn = drawSample({
    cases: list.value,
    size: request.size,
    seed,
    excluded,
    auditors,
    matAuditors,
  });
  if (!drawn.ok) return drawn;

  const sample: CaseSample = {
    _id: idForCommand('sample', `${day._id}`),
    challengeDayId: day._id,
    districtId: day.districtId,
    seed,
    method: SAMPLING_METHOD,
    excludedAuditedWithinMonths: request.excludeAuditedWithinMonths,
    cases: drawn.value.cases.map((entry) => ({
      caseReference: entry.caseReference,
      teamName: entry.teamName,
      auditorId: entry.auditorId,
      site: entry.site,
      ...(entry.caseType ? { caseType: entry.caseType } : {}),
    })),
    casesSharingAWorker: drawn.value.sharingAWorker,
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
    note: `seed “${stored.seed}”; ${stored.cases.length} of ${list.value.length} cases from ${request.caseList?.trim() ? 'a pasted list' : 'the district’s case list'} (${drawn.value.excludedCount} audited within ${stored.excludedAuditedWithinMonths} months left out); ${[tooFewWorkersNote(stored), `method: ${stored.method}`].filter((part) => part !== '').join(' ')}`,
  });
  const deliveries: Delivery[] = stored.cases.map((entry) => ({
    key: `case-request:${stored._id}:${entry.caseReference}`,
    notification: { kind: 'case_finding_request', challengeDayId: day._id, caseReference: entry.caseReference },
    destination: { kind: 'person', personId: entry.auditorId },
  }));
  return succeed({ sample: stored, deliveries, replayed });
}

/** Said on the receipt and in the audit note when the list had too few workers for one case each; else ''. */
export function tooFewWorkersNote(sample: Pick<CaseSample, 'casesSharingAWorker'>): string {
  const sharing = sample.casesSharingAWorker ?? 0;
  if (sharing === 0) return '';
  const share = sharing === 1 ? '1 sampled case shares its worker' : `${sharing} sampled cases share their worker`;
  return `The list has too few workers for one case each: ${share} with another.`;
}

/**
 * The cases the sample is drawn from, each with its team's site: the pasted lines, or, when none were
 * pasted, the district's current case list.
 */
async function casesToDrawFrom(
  ports: CaseSamplePorts,
  districtId: string,
  pasted: string,
): Promise<Outcome<SitedCase[]>> {
  const teams = await ports.teamsOf(districtId);
  if (pasted.trim() !== '') {
    const list = readCaseList(pasted);
    if (!list.ok) {
      const shown = list.problems.slice(0, 5).map((problem) => `Line ${problem.line}: ${problem.message}`);
      const more = list.problems.length > 5 ? [`and ${list.problems.length - 5} more lines to correct.`] : [];
      return refuse('invalid_input', [...shown, ...more].join('\n'));
    }
    const siteByName = new Map(teams.map((team) => [team.name.toLowerCase(), team.site]));
    return succeed(
      list.cases.map((entry) => {
        const site = siteByName.get(entry.teamName.toLowerCase());
        return site ? { ...entry, site } : entry;
      }),
    );
  }
  const current = await ports.currentCaseList(districtId);
  if (!current) {
    return refuse(
      'not_found',
      'There is no case list for this district yet. Send the case system’s export of open cases (a CSV file) to the bot in your personal chat and apply it, or paste the cases on the lines below the command.',
    );
  }
  const siteById = new Map(teams.map((team) => [team._id, team.site]));
  return succeed(
    current.cases.map((entry) => {
      const site = siteById.get(entry.teamId);
      return {
        caseReference: entry.caseReference,
        teamName: entry.teamName,
        caseType: entry.caseType,
        ...(entry.workerReference ? { workerReference: entry.workerReference } : {}),
        ...(site ? { site } : {}),
      };
    }),
  );
}

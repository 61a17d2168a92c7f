import type { AuditEvent } from '../audit/audit-event.js';
import { mayModerateFindings } from './permissions.js';
import { worksInDistrict, type Actor } from '../people/actor.js';
import { refuse, succeed, type Outcome } from '../shared/domain-error.js';
import { AUDIT_DOMAINS, AUDIT_DOMAIN_LABELS, type AuditDomain } from './audit-domains.js';
import type { CaseFinding } from './case-finding.js';
import { checkCaseReference } from './case-reference.js';
import { caseTagOf } from './case-tag.js';
import { gradeMove } from './grade-move.js';
import { type OfstedGrade } from './grades.js';

export interface ModerationPorts {
  /** The findings for a case reference in a district, newest first. */
  findingsForCase(districtId: string | undefined, caseReference: string): Promise<CaseFinding[]>;
  saveModeration(findingId: string, moderation: NonNullable<CaseFinding['moderation']>): Promise<CaseFinding | null>;
  recordAudit(event: AuditEvent): Promise<void>;
}

export interface Moderation {
  readonly caseReference: string;
  readonly overallGrade?: OfstedGrade;
  readonly domainGrades: Partial<Record<AuditDomain, OfstedGrade>>;
}

/**
 * The QA manager (or a senior manager moderating for the district) sets the grades a finding should have.
 * The auditor's grades stay as they were; the report counts the moderated ones and how many moved.
 */
export async function moderateFinding(
  ports: ModerationPorts,
  moderation: Moderation,
  context: { actor: Actor; commandId: string; now: Date },
): Promise<Outcome<CaseFinding>> {
  const { actor, now } = context;
  const allowed = mayModerateFindings(actor);
  if (!allowed.ok) return allowed;
  // Checked before it is looked up, so a name or an NHS number typed in its place is never repeated back.
  const reference = checkCaseReference(moderation.caseReference);
  if (!reference.ok) return refuse('invalid_input', reference.message);
  const [finding] = await ports.findingsForCase(undefined, reference.reference);
  if (!finding || !worksInDistrict(actor, finding.districtId))
    return refuse('not_found', `No finding for ${moderation.caseReference} was found in your districts.`);
  if (!moderation.overallGrade && Object.keys(moderation.domainGrades).length === 0) {
    return refuse(
      'invalid_input',
      'Say which grade to set, e.g. “moderate CR-104233 overall good, timeliness requires improvement”.',
    );
  }
  const moderated = await ports.saveModeration(finding._id, {
    moderatorId: actor.id,
    overallGrade: moderation.overallGrade ?? finding.moderation?.overallGrade ?? finding.overallGrade,
    domainGrades: { ...finding.moderation?.domainGrades, ...moderation.domainGrades },
    at: now,
  });
  if (!moderated) return refuse('not_found', `No finding for ${moderation.caseReference} was found in your districts.`);
  const changes = [
    ...(moderation.overallGrade ? [`overall ${gradeMove(finding.overallGrade, moderation.overallGrade)}`] : []),
    ...AUDIT_DOMAINS.flatMap((domain) => {
      const grade = moderation.domainGrades[domain];
      return grade ? [`${AUDIT_DOMAIN_LABELS[domain]} ${gradeMove(finding.domains[domain].grade, grade)}`] : [];
    }),
  ];
  await ports.recordAudit({
    _id: `case_finding:${finding._id}:moderation:${context.commandId}`.slice(0, 300),
    entityKind: 'case_finding',
    entityId: finding._id,
    transition: 'moderate',
    actorId: actor.id,
    at: now,
    commandId: context.commandId,
    before: 'submitted',
    after: 'moderated',
    note: changes.join('; '),
    ...caseTagOf(finding),
  });
  return succeed(moderated);
}

const GRADE_WORDS: [RegExp, OfstedGrade][] = [
  [/\boutstanding\b/, 'outstanding'],
  [/\brequires? improvement(?: to be good)?\b|\bri\b/, 'requires_improvement'],
  [/\binadequate\b/, 'inadequate'],
  [/\bgood\b/, 'good'],
];
const DOMAIN_WORDS: [RegExp, AuditDomain][] = [
  [/\bvoice\b/, 'voice_of_child'],
  [/\b(?:oversight|supervision|management)\b/, 'management_oversight'],
  [/\b(?:assessment|plan)\b/, 'assessment_and_plan'],
  [/\b(?:risk|safety)\b/, 'risk_and_safety'],
  [/\btimeliness\b|\btimely\b/, 'timeliness'],
];

/** "moderate CR-104233 overall good, timeliness requires improvement". Null when it is not a moderation. */
export function readModeration(text: string): Moderation | null {
  const match = /^\s*moderate\s+(\S+)\s*(.*)$/i.exec(text.trim());
  if (!match) return null;
  const domainGrades: Partial<Record<AuditDomain, OfstedGrade>> = {};
  let overallGrade: OfstedGrade | undefined;
  for (const part of (match[2] ?? '').toLowerCase().split(/[,;]|\band\b/)) {
    const grade = GRADE_WORDS.find(([pattern]) => pattern.test(part))?.[1];
    if (!grade) continue;
    const domain = DOMAIN_WORDS.find(([pattern]) => pattern.test(part))?.[1];
    if (domain) domainGrades[domain] = grade;
    else overallGrade = grade;
  }
  return { caseReference: (match[1] ?? '').toUpperCase(), ...(overallGrade ? { overallGrade } : {}), domainGrades };
}

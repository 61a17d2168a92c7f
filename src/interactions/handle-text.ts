import { renderCard } from '../cards/render-card.js';
import { linkChannelToDistrict, unlinkChannel } from '../domain/links/link-channel.js';
import type { ConversationLink } from '../domain/links/conversation-link.js';
import { actorFor, hasRole } from '../domain/people/actor.js';
import type { Person } from '../domain/people/person.js';
import { answerActionsQuestion } from '../domain/questions/answer-actions-question.js';
import { parseQuestion } from '../domain/questions/parse-question.js';
import type { ActionsQuery, ParsedQuestion } from '../domain/questions/query.js';
import { DomainError } from '../domain/shared/domain-error.js';
import { formatCalendarDate, londonCalendarDate } from '../domain/shared/london-time.js';
import { AUDIT_DOMAIN_LABELS, type AuditDomain } from '../domain/case-finding/audit-domains.js';
import { OFSTED_GRADE_LABELS } from '../domain/case-finding/grades.js';
import { moderateFinding, readModeration, type Moderation } from '../domain/case-finding/moderate-finding.js';
import { readFindingRequest, viewFinding } from '../domain/case-finding/view-finding.js';
import { transitionChallengeDay } from '../domain/challenge-day/lifecycle.js';
import { readDayCommand } from '../domain/challenge-day/read-day-command.js';
import { draftReport } from '../domain/reports/draft-report.js';
import { readReportCommand } from '../domain/reports/read-report-command.js';
import { draftReportReply } from './card-actions/report-actions.js';
import { drawCaseSample } from '../domain/sampling/draw-case-sample.js';
import { readSampleCommand, type SampleCommand } from '../domain/sampling/read-sample-request.js';
import type { InteractionDeps } from './interaction-deps.js';
import { formCard } from './present/form-cards.js';
import { receipt } from './present/message-cards.js';
import { queryResultCard } from './present/query-result-card.js';
import type { Reply } from './reply.js';

export interface TextMessage {
  readonly person: Person;
  readonly text: string;
  /** Where it was written, for channel commands ("link this channel to …"). */
  readonly conversation: ConversationLink;
  /** How the platform names a mentioned owner: a Slack user id, or a Teams display name. */
  readonly resolveMention?: (owner: NonNullable<ActionsQuery['owner']>) => Promise<string | undefined>;
}

/**
 * Answers what a person wrote to the bot: a command or a question in plain words. Never silent: an
 * unclear question gets what was understood and questions to copy.
 */
export async function handleText(deps: InteractionDeps, message: TextMessage, page = 0): Promise<Reply> {
  const now = deps.now();
  const districts = await deps.stores.districts.all();
  const sample = readSampleCommand(message.text, districts);
  if (sample) return drawSampleFromChat(deps, message.person, sample, now);
  const findingAsked = readFindingRequest(message.text);
  if (findingAsked) return showFinding(deps, message, findingAsked, now);
  const dayCommand = readDayCommand(message.text, districts);
  if (dayCommand?.command === 'cancel') return cancelFromChat(deps, message.person, dayCommand.districtId, now);
  if (dayCommand?.command === 'edit') return editFormFromChat(deps, message.person, dayCommand.districtId, now);
  const moderation = readModeration(message.text);
  if (moderation) return moderateFromChat(deps, message.person, moderation, now);
  const report = readReportCommand(message.text, districts);
  if (report) return draftReportFromChat(deps, message.person, report.districtId, now);
  const people = await deps.stores.people.collection.raw
    .find({}, { projection: { displayName: 1 } })
    .limit(2000)
    .toArray();
  const parsed = parseQuestion(message.text, {
    now,
    districts,
    people: people.map((known) => ({ id: String(known._id), displayName: String(known.displayName) })),
    askerId: message.person._id,
  });
  return answer(deps, message, parsed, now, page);
}

async function answer(
  deps: InteractionDeps,
  message: TextMessage,
  parsed: ParsedQuestion,
  now: Date,
  page: number,
): Promise<Reply> {
  const actor = actorFor(message.person);
  switch (parsed.kind) {
    case 'help':
      return helpReply(deps);
    case 'unclear':
      return { ...(await helpReply(deps)), text: [parsed.understood, 'Try:', ...parsed.suggestions].join('\n') };
    case 'plan_challenge_day':
      return formCard(deps, message.person, 'plan', {});
    case 'link_channel': {
      const district = await deps.stores.districts.findById(parsed.districtId);
      if (!district) throw new DomainError('not_found', 'That district was not found.');
      const linked = await linkChannelToDistrict(
        deps.stores.conversationLinks,
        { link: message.conversation, district, audience: parsed.audience },
        actor,
        now,
      );
      if (!linked.ok) throw linked.error;
      const what = parsed.audience === 'mat' ? district.matLocality : district.name;
      return receipt(
        `This channel is now linked to ${what}`,
        message.person.displayName,
        now,
        [],
        `${what}’s notices and digests will be posted here.`,
      );
    }
    case 'unlink_channel': {
      const unlinked = await unlinkChannel(deps.stores.conversationLinks, message.conversation, actor, now);
      if (!unlinked.ok) throw unlinked.error;
      return receipt('This channel is no longer linked to a district', message.person.displayName, now, []);
    }
    case 'actions': {
      const { owner, ...rest } = parsed;
      const ownerId = owner
        ? owner.kind === 'person'
          ? owner.personId
          : await message.resolveMention?.(owner)
        : undefined;
      if (owner && !ownerId) throw new DomainError('not_found', 'I do not know who that is; ask with their full name.');
      const found = await answerActionsQuestion(
        {
          searchActions: (search, paging) => deps.stores.actions.searchActions(search, paging),
          latestChallengeDay: (districtId, onOrBefore) =>
            deps.stores.challengeDays.latestForDistrict(districtId, onOrBefore),
          challengeDayOn: (districtId, date) => deps.stores.challengeDays.onDate(districtId, date),
        },
        { ...rest, ...(ownerId ? { ownerId } : {}) },
        actor,
        now,
        page,
      );
      if (!found.ok) throw found.error;
      return queryResultCard(
        deps.stores,
        { heading: await headingFor(deps, parsed, found.value.challengeDay?.date), text: message.text },
        found.value,
        now,
      );
    }
    case 'open_capture_form': {
      const day = await dayUnderWay(deps, message.person, parsed.districtId, now);
      return formCard(deps, message.person, parsed.form, { challengeDayId: day._id });
    }
    case 'notice_not_replied':
      return notYetReplied(deps, message.person, parsed.districtId, now);
    case 'failed_deliveries': {
      if (!hasRole(actor, 'qa_manager'))
        throw new DomainError('not_allowed', 'Only a QA manager can see failed deliveries.');
      const failed = await deps.stores.outbox.failedDeliveries(20);
      return receipt(
        failed.length === 0 ? 'No failed deliveries' : `${failed.length} failed deliveries (newest first)`,
        'Challenge Day bot',
        now,
        failed.map((entry) => ({
          title: `${entry.key} → ${entry.platform}`,
          value: entry.lastError ?? 'unknown reason',
        })),
      );
    }
    case 'case_audit_trail': {
      if (!hasRole(actor, 'qa_manager'))
        throw new DomainError('not_allowed', 'Only a QA manager can read the audit trail.');
      const findings = await deps.stores.caseFindings.collection.raw
        .find({ caseReference: parsed.caseReference })
        .sort({ submittedAt: 1 })
        .toArray();
      const trail = deps.stores.caseFindings.collection.readAll(findings);
      return receipt(
        `Audit trail for case ${parsed.caseReference}`,
        'Challenge Day bot',
        now,
        trail.map((finding) => ({
          title: formatCalendarDate(finding.submittedAt),
          value: `Finding submitted by ${finding.auditorId} (Challenge Day ${finding.challengeDayId})`,
        })),
      );
    }
  }
}

async function helpReply(deps: InteractionDeps): Promise<Reply> {
  const first = (await deps.stores.districts.all())[0];
  return {
    card: renderCard('help', { exampleDistrict: first?.name ?? 'Chesterfield' }),
    text: 'How to use the Challenge Day bot',
    audience: 'person',
  };
}

const STATE_WORDS: Record<ActionsQuery['state'], string> = {
  overdue: 'Overdue actions',
  outstanding: 'Outstanding actions',
  awaiting_verification: 'Actions awaiting verification',
  completed: 'Completed actions',
  any: 'Actions',
};

async function headingFor(deps: InteractionDeps, query: ActionsQuery, dayDate: Date | undefined): Promise<string> {
  const district = query.districtId ? await deps.stores.districts.findById(query.districtId) : null;
  return [
    STATE_WORDS[query.state],
    district ? `in ${district.name}` : '',
    dayDate ? `from the Challenge Day of ${formatCalendarDate(dayDate)}` : '',
    query.due ? `due ${formatCalendarDate(query.due.from)} to ${formatCalendarDate(query.due.to)}` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The Challenge Day a form is for: the named district's day announced or under way, or else the one the
 * person is on the audit team of. Days started up to two days ago count, as findings come in after the day.
 */
async function dayUnderWay(deps: InteractionDeps, person: Person, districtId: string | undefined, now: Date) {
  const recent = await deps.stores.challengeDays.upcoming(new Date(now.getTime() - 2 * 86_400_000));
  const open = recent.filter((day) => day.status === 'announced' || day.status === 'in_progress');
  const onTeam = (candidate: (typeof open)[number]) => candidate.auditTeamIds.includes(person._id);
  // In a district with more than one day open, the person's own (on its audit team) comes first.
  const day = districtId
    ? (open.find((candidate) => candidate.districtId === districtId && onTeam(candidate)) ??
      open.find((candidate) => candidate.districtId === districtId))
    : open.find(onTeam);
  if (!day) {
    throw new DomainError(
      'not_found',
      districtId
        ? 'There is no Challenge Day announced or under way in that district now.'
        : 'You are not on the audit team of a Challenge Day announced or under way now. Name the district, e.g. “case finding for Chesterfield”.',
    );
  }
  return day;
}

/**
 * "show finding CR-104233": the finding in full, to those who may read it, and only in a personal chat —
 * never where others would see it. Each view is recorded in the audit trail.
 */
async function showFinding(
  deps: InteractionDeps,
  message: TextMessage,
  idOrCaseReference: string,
  now: Date,
): Promise<Reply> {
  if (message.conversation.kind !== 'personal') {
    throw new DomainError('not_allowed', 'Findings are shown only in a personal chat with the bot; ask me there.');
  }
  const viewed = await viewFinding(
    {
      findById: (id) => deps.stores.caseFindings.findById(id),
      forCase: (caseReference) => deps.stores.caseFindings.forCase(undefined, caseReference),
      recordAudit: (event) => deps.stores.auditEvents.record(event),
    },
    idOrCaseReference,
    { actor: actorFor(message.person), commandId: `view:${message.person._id}:${now.toISOString()}`, now },
  );
  if (!viewed.ok) throw viewed.error;
  const finding = viewed.value;
  const auditor = await deps.stores.people.findById(finding.auditorId);
  return receipt(`Case finding ${finding.caseReference}`, auditor?.displayName ?? 'an auditor', finding.submittedAt, [
    { title: 'Overall grade', value: OFSTED_GRADE_LABELS[finding.overallGrade] },
    ...(finding.moderation
      ? [{ title: 'Moderated overall', value: OFSTED_GRADE_LABELS[finding.moderation.overallGrade] }]
      : []),
    ...Object.entries(finding.domains).map(([domain, graded]) => ({
      title: AUDIT_DOMAIN_LABELS[domain as AuditDomain],
      value: `${OFSTED_GRADE_LABELS[graded.grade]}${graded.comment ? ` — ${graded.comment}` : ''}`,
    })),
    ...(finding.strengths ? [{ title: 'Strengths', value: finding.strengths }] : []),
    ...(finding.areasForImprovement ? [{ title: 'Areas for improvement', value: finding.areasForImprovement }] : []),
    { title: 'Immediate safeguarding concern', value: finding.safeguardingConcern.raised ? 'Raised' : 'None' },
  ]);
}

/** The district's next Challenge Day, to change or cancel; the messages say what to write instead. */
async function nextDayIn(deps: InteractionDeps, districtId: string | undefined, now: Date, verb: 'change' | 'cancel') {
  if (!districtId) {
    throw new DomainError('invalid_input', `Say which district, e.g. “${verb} the Challenge Day for Chesterfield”.`);
  }
  const day = (await deps.stores.challengeDays.upcoming(now)).find((candidate) => candidate.districtId === districtId);
  if (!day) throw new DomainError('not_found', `There is no Challenge Day coming up in that district to ${verb}.`);
  return day;
}

/** "change the Challenge Day for Chesterfield": the plan form of the district's next day, filled in. */
async function editFormFromChat(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Reply> {
  const day = await nextDayIn(deps, districtId, now, 'change');
  return formCard(deps, person, 'plan', { challengeDayId: day._id });
}

/**
 * "cancel the Challenge Day for Chesterfield": the district's next day is cancelled, and every notice
 * already posted for it is updated to say so, without its reply buttons.
 */
async function cancelFromChat(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Reply> {
  const day = await nextDayIn(deps, districtId, now, 'cancel');
  const cancelled = transitionChallengeDay(day, 'cancel', {
    actor: actorFor(person),
    commandId: `cancel:${day._id}`,
    now,
  });
  if (!cancelled.ok) throw cancelled.error;
  const saved = await deps.stores.challengeDays.saveTransition(day, cancelled.value);
  if (saved.kind === 'conflict')
    throw new DomainError('conflict', 'This Challenge Day changed a moment ago; try again.');
  await deps.refreshDelivered(`notice:${day._id}`, { kind: 'challenge_day_notice', challengeDayId: day._id });
  return receipt(
    `Challenge Day cancelled: ${formatCalendarDate(day.date)}`,
    person.displayName,
    now,
    [],
    'Every notice already posted now says it is cancelled.',
  );
}

/** "moderate CR-104233 overall good": set the grades a finding should have, keeping the auditor's. */
async function moderateFromChat(
  deps: InteractionDeps,
  person: Person,
  moderation: Moderation,
  now: Date,
): Promise<Reply> {
  const moderated = await moderateFinding(
    {
      findingsForCase: (districtId, caseReference) => deps.stores.caseFindings.forCase(districtId, caseReference),
      saveModeration: (id, grades) => deps.stores.caseFindings.saveModeration(id, grades),
      recordAudit: (event) => deps.stores.auditEvents.record(event),
    },
    moderation,
    { actor: actorFor(person), commandId: `moderate:${moderation.caseReference}:${now.toISOString()}`, now },
  );
  if (!moderated.ok) throw moderated.error;
  const finding = moderated.value;
  return receipt(
    `Finding for ${finding.caseReference} moderated`,
    person.displayName,
    now,
    [
      {
        title: 'Overall',
        value: `${OFSTED_GRADE_LABELS[finding.overallGrade]} → ${OFSTED_GRADE_LABELS[finding.moderation?.overallGrade ?? finding.overallGrade]}`,
      },
      ...Object.entries(finding.moderation?.domainGrades ?? {}).map(([domain, grade]) => ({
        title: AUDIT_DOMAIN_LABELS[domain as AuditDomain],
        value: `${OFSTED_GRADE_LABELS[finding.domains[domain as AuditDomain].grade]} → ${OFSTED_GRADE_LABELS[grade]}`,
      })),
    ],
    'The auditor’s grades are kept; the report counts the moderated ones.',
  );
}

/**
 * The QA manager drafts the report of the district's day under way (or just held), to check and change
 * before submitting it; asked again, it shows the report as it stands with any new recommendations added.
 */
async function draftReportFromChat(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Reply> {
  if (!districtId) throw new DomainError('invalid_input', 'Say which district, e.g. “draft the report for High Peak”.');
  const day = await deps.stores.challengeDays.latestForDistrict(districtId, londonCalendarDate(now));
  if (!day) throw new DomainError('not_found', 'There is no Challenge Day in that district to report on yet.');
  const drafted = await draftReport(
    {
      challengeDays: deps.stores.challengeDays,
      reports: deps.stores.reports,
      capturedOn: async (id) => ({
        findings: await deps.stores.caseFindings.forChallengeDay(id),
        focusGroups: await deps.stores.focusGroupFeedback.forChallengeDay(id),
        visits: await deps.stores.observedVisits.forChallengeDay(id),
      }),
      districtManagerId: async (id) => (await deps.stores.people.withRoleInDistrict('district_manager', id))[0]?._id,
    },
    day._id,
    { actor: actorFor(person), commandId: `report:${day._id}:${now.toISOString().slice(0, 16)}`, now },
  );
  if (!drafted.ok) throw drafted.error;
  return { ...(await draftReportReply(deps, person, drafted.value.report)), audience: 'person' };
}

/** The QA manager's pasted case list: draw the sample for the district's next day and send the cards. */
async function drawSampleFromChat(
  deps: InteractionDeps,
  person: Person,
  command: SampleCommand,
  now: Date,
): Promise<Reply> {
  if (!command.districtId)
    throw new DomainError(
      'invalid_input',
      'Say which district, e.g. “draw sample of 8 for Chesterfield”, with the cases on the lines below.',
    );
  const upcoming = await deps.stores.challengeDays.upcoming(new Date(now.getTime() - 86_400_000));
  const day = upcoming.find((candidate) => candidate.districtId === command.districtId);
  if (!day)
    throw new DomainError('not_found', 'There is no Challenge Day planned in that district to draw a sample for.');
  const commandId = `sample:${day._id}:${command.seed ?? ''}:${command.size}`;
  const drawn = await drawCaseSample(
    {
      findChallengeDay: (id) => deps.stores.challengeDays.findById(id),
      findPeople: async (ids) =>
        (await Promise.all(ids.map((id) => deps.stores.people.findById(id)))).flatMap((found) =>
          found ? [found] : [],
        ),
      sampledSince: (districtId, since, except) =>
        deps.stores.caseSamples.referencesSampledSince(districtId, since, except),
      saveSample: (sample) => deps.stores.caseSamples.saveOnce(sample),
      recordAudit: (event) => deps.stores.auditEvents.record(event),
    },
    { challengeDayId: day._id, ...command },
    { actor: actorFor(person), commandId, now },
  );
  if (!drawn.ok) throw drawn.error;
  await deps.deliver(drawn.value.deliveries);
  const { sample } = drawn.value;
  const names = await Promise.all(
    [...new Set(sample.cases.map((entry) => entry.auditorId))].map((id) => deps.stores.people.findById(id)),
  );
  return receipt(
    `Case sample drawn: ${sample.cases.length} cases for ${formatCalendarDate(day.date)}`,
    person.displayName,
    sample.drawnAt,
    [
      { title: 'Seed', value: sample.seed },
      ...names.flatMap((auditor) =>
        auditor
          ? [
              {
                title: auditor.displayName,
                value: sample.cases
                  .filter((entry) => entry.auditorId === auditor._id)
                  .map((entry) => entry.caseReference)
                  .join(', '),
              },
            ]
          : [],
      ),
    ],
    'Each auditor has been sent a case-finding card for each of their cases. Drawing again with the same list and seed gives the same sample.',
  );
}

/** "Who hasn't replied for Chesterfield?": the people named on the district's latest notice who have not answered. */
async function notYetReplied(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Reply> {
  const actor = actorFor(person);
  if (!hasRole(actor, 'qa_manager', 'district_manager', 'senior_manager')) {
    throw new DomainError('not_allowed', 'Only managers can see who has not replied to a notice.');
  }
  const upcoming = (await deps.stores.challengeDays.upcoming(new Date(now.getTime() - 24 * 3_600_000))).filter(
    (day) => day.status !== 'planned' && (!districtId || day.districtId === districtId),
  );
  const day = upcoming[0];
  if (!day) throw new DomainError('not_found', 'No notice has gone out for a Challenge Day in that district yet.');
  if (!hasRole(actor, 'qa_manager') && !actor.districtIds.includes(day.districtId)) {
    throw new DomainError('not_allowed', 'You can see replies only for the districts you work in.');
  }
  const replied = new Set((await deps.stores.noticeReplies.repliesForDay(day._id)).map((reply) => reply.personId));
  const waiting = day.expectedAttendeeIds.filter((id) => !replied.has(id));
  const people = await Promise.all(waiting.map((id) => deps.stores.people.findById(id)));
  const district = await deps.stores.districts.findById(day.districtId);
  return receipt(
    waiting.length === 0
      ? `Everyone has replied for ${district?.name ?? day.districtId}`
      : `Not yet replied for ${district?.name ?? day.districtId}`,
    'Challenge Day bot',
    now,
    people.map((found, index) => ({ title: found?.displayName ?? waiting[index] ?? '', value: found?.teamName ?? '' })),
    `Challenge Day on ${formatCalendarDate(day.date)}`,
  );
}

import { renderCard } from '../cards/render-card.js';
import type { Person } from '../domain/people/person.js';
import { parseQuestion } from '../domain/questions/parse-question.js';
import type { OpenCaptureFormCommand, ParsedQuestion } from '../domain/questions/query.js';
import { mayAnswerLater } from '../domain/questions/may-answer-later.js';
import { auditorIdsOf, type ChallengeDay } from '../domain/challenge-day/challenge-day.js';
import { refuse, succeed, type Outcome } from '../domain/shared/domain-error.js';
import { actorFor } from '../domain/people/actor.js';
import { seesSetUpGuide } from '../domain/people/permissions.js';
import { replyForFailure } from './failures.js';
import type { InteractionDeps } from './interaction-deps.js';
import { caseFindingFormFor, focusGroupForm, observedVisitForm } from './present/day-forms.js';
import { planForm } from './present/plan-form.js';
import { setUpGuide } from './present/set-up-guide.js';
import { unclearQuestionReply } from './present/unclear-question-card.js';
import type { FormRenderer } from './verbs/card-verb.js';
import type { Reply } from './reply.js';
import { withWhoCanHelp } from './who-can-help.js';
import { answerActions } from './text-commands/actions-answer.js';
import { answerExport } from './text-commands/export-answer.js';
import { answerAwaitingDecision } from './text-commands/awaiting-decision-answer.js';
import { answerChallengeDay } from './text-commands/challenge-day-answer.js';
import { answerCount } from './text-commands/count-answer.js';
import { answerTopOwners } from './text-commands/top-owners-answer.js';
import { answerFigures } from './text-commands/figures-answer.js';
import { linkThisChannel, unlinkThisChannel } from './text-commands/channel-link-answers.js';
import type { ChatCommand } from './text-commands/chat-command.js';
import { plannedDayCommand } from './text-commands/day-commands.js';
import { districtCommand } from './text-commands/district-commands.js';
import { moderateFindingCommand, showFindingCommand } from './text-commands/finding-commands.js';
import { notYetReplied } from './text-commands/not-yet-replied.js';
import { noticeAgainCommand } from './text-commands/notice-again-command.js';
import { dayRepliesCommand, registerCommand } from './text-commands/attendance-commands.js';
import {
  addPersonCommand,
  changePersonCommand,
  peopleInCommand,
  personLeftCommand,
} from './text-commands/people-commands.js';
import { showCaseAuditTrail } from './text-commands/case-audit-trail.js';
import { failedDeliveries } from './text-commands/qa-manager-answers.js';
import { draftReportCommand } from './text-commands/report-command.js';
import { reassignCommand } from './text-commands/reassign-command.js';
import { drawSampleCommand } from './text-commands/sample-command.js';
import { rosterCommand } from './text-commands/roster-command.js';
import { digestScheduleCommand, managersChannelCommand } from './text-commands/schedule-commands.js';
import { programmeCommand } from './text-commands/programme-commands.js';
import { answerOverdueDistricts } from './text-commands/overdue-districts-answer.js';
import { themeCommand } from './text-commands/theme-commands.js';
import { answerThemes } from './text-commands/themes-answer.js';
import type { TextMessage } from './text-commands/text-message.js';

export type { TextMessage } from './text-commands/text-message.js';

/** The forms "case finding for Chesterfield" and the like open, for the day under way there. */
const CAPTURE_FORMS: Record<OpenCaptureFormCommand['form'], FormRenderer> = {
  'case-finding': caseFindingFormFor,
  'focus-group': focusGroupForm,
  'observed-visit': observedVisitForm,
};

/** Commands with a fixed form of words, tried in this order before the message is read as a question. */
const COMMANDS: readonly ChatCommand[] = [
  drawSampleCommand,
  showFindingCommand,
  plannedDayCommand,
  moderateFindingCommand,
  draftReportCommand,
  managersChannelCommand,
  digestScheduleCommand,
  programmeCommand,
  addPersonCommand,
  peopleInCommand,
  changePersonCommand,
  personLeftCommand,
  rosterCommand,
  reassignCommand,
  noticeAgainCommand,
  themeCommand,
  registerCommand,
  dayRepliesCommand,
];

/**
 * Answers what a person wrote to the bot: a command or a question in plain words. Never silent: an
 * unclear question gets what was understood and up to three questions to ask with a press.
 */
export async function handleText(deps: InteractionDeps, message: TextMessage, page = 0): Promise<Reply> {
  const answered = await withWhoCanHelp(deps.stores, message.person, await answerText(deps, message, page));
  return answered.ok ? answered.value : replyForFailure(answered.error, { verb: 'text', typed: {}, retryData: {} });
}

async function answerText(deps: InteractionDeps, message: TextMessage, page: number): Promise<Outcome<Reply>> {
  const now = deps.now();
  // Retired districts are neither recognised nor offered: only their history still reads.
  const districts = await deps.stores.districts.active();
  // Setting up the county starts with its districts, so their commands work before there is one.
  const setUp = districtCommand(message.text, districts);
  if (setUp) return setUp(deps, message, now);
  // Nothing else works before the county has a district: the QA manager is walked through setting it up.
  if (districts.length === 0 && seesSetUpGuide(actorFor(message.person))) return succeed(setUpGuide());
  for (const command of COMMANDS) {
    const run = command(message.text, districts);
    if (run) return run(deps, message, now);
  }
  const people = await deps.stores.people.displayNames(2000);
  const parsed = parseQuestion(message.text, { now, districts, people, askerId: message.person._id }, message.mentions);
  if (mayAnswerLater(parsed)) message.whenOnlyReading?.();
  return answer(deps, message, parsed, now, page);
}

async function answer(
  deps: InteractionDeps,
  message: TextMessage,
  parsed: ParsedQuestion,
  now: Date,
  page: number,
): Promise<Outcome<Reply>> {
  switch (parsed.kind) {
    case 'help':
      return succeed(await helpReply(deps));
    case 'unclear':
      return succeed(unclearQuestionReply(parsed, deps.suggestedQuestions));
    case 'plan_challenge_day':
      return planForm(deps, message.person, {}, {});
    case 'link_channel':
      return linkThisChannel(deps, message, parsed.districtId, parsed.audience, now);
    case 'unlink_channel':
      return unlinkThisChannel(deps, message, now);
    case 'actions':
      return answerActions(deps, message, parsed, now, page);
    case 'export_actions':
      return answerExport(deps, message, parsed, now);
    case 'open_capture_form': {
      const day = await dayUnderWay(deps, message.person, parsed.districtId, now);
      if (!day.ok) return day;
      return CAPTURE_FORMS[parsed.form](deps, message.person, { challengeDayId: day.value._id }, {});
    }
    case 'notice_not_replied':
      return notYetReplied(deps, message.person, parsed.districtId, now);
    case 'failed_deliveries':
      return failedDeliveries(deps, message.person, now);
    case 'case_audit_trail':
      return showCaseAuditTrail(deps, message, parsed.caseReference, now);
    case 'challenge_day':
      return answerChallengeDay(deps, message, parsed, now);
    case 'awaiting_my_decision':
      return answerAwaitingDecision(deps, message, now, page);
    case 'count_actions':
      return answerCount(deps, message, parsed, now);
    case 'top_overdue_owners':
      return answerTopOwners(deps, message, parsed, now);
    case 'performance_figures':
      return answerFigures(deps, message, parsed, now);
    case 'themes':
      return answerThemes(deps, message, parsed);
    case 'overdue_districts':
      return answerOverdueDistricts(deps, message, now);
  }
}

async function helpReply(deps: InteractionDeps): Promise<Reply> {
  const first = (await deps.stores.districts.active())[0];
  return {
    card: renderCard('help', { exampleDistrict: first?.name ?? 'Chesterfield' }),
    text: 'How to use the Challenge Day bot',
    audience: 'person',
  };
}

/**
 * The Challenge Day a form is for: the named district's day announced or under way, or else the one the
 * person is on the audit team of. Days started up to two days ago count, as findings come in after the day.
 */
async function dayUnderWay(
  deps: InteractionDeps,
  person: Person,
  districtId: string | undefined,
  now: Date,
): Promise<Outcome<ChallengeDay>> {
  const recent = await deps.stores.challengeDays.upcoming(new Date(now.getTime() - 2 * 86_400_000));
  const open = recent.filter((day) => day.status === 'announced' || day.status === 'in_progress');
  const onTeam = (candidate: (typeof open)[number]) => auditorIdsOf(candidate).includes(person._id);
  // In a district with more than one day open, the person's own (on its audit team) comes first.
  const day = districtId
    ? (open.find((candidate) => candidate.districtId === districtId && onTeam(candidate)) ??
      open.find((candidate) => candidate.districtId === districtId))
    : open.find(onTeam);
  if (!day) {
    return refuse(
      'not_found',
      districtId
        ? 'There is no Challenge Day announced or under way in that district now.'
        : 'You are not on the audit team of a Challenge Day announced or under way now. Name the district, e.g. “case finding for Chesterfield”.',
    );
  }
  return succeed(day);
}

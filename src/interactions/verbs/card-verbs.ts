import type { z } from 'zod/v4';
import { actionAcknowledgeVerb } from './action-acknowledge.js';
import { actionAddProgressVerb } from './action-add-progress.js';
import { actionApproveDateChangeVerb } from './action-approve-date-change.js';
import { actionCompleteVerb } from './action-complete.js';
import { actionDeclineDateChangeVerb } from './action-decline-date-change.js';
import { actionReassignVerb } from './action-reassign.js';
import { actionReopenVerb } from './action-reopen.js';
import { actionRequestDateChangeVerb } from './action-request-date-change.js';
import { actionVerifyVerb } from './action-verify.js';
import type { CardVerbModule } from './card-verb.js';
import { districtAddVerb } from './district-add.js';
import { districtChangeVerb } from './district-change.js';
import { districtRetireVerb } from './district-retire.js';
import { districtTeamsVerb } from './district-teams.js';
import { findingOpenVerb } from './finding-open.js';
import { findingSubmitVerb } from './finding-submit.js';
import { focusGroupSubmitVerb } from './focus-group-submit.js';
import { formOpenVerb } from './form-open.js';
import { noticeReplyVerb } from './notice-reply.js';
import { peopleImportApplyVerb } from './people-import-apply.js';
import { caseListApplyVerb } from './case-list-apply.js';
import { planSubmitVerb } from './plan-submit.js';
import { programmePlanDayVerb } from './programme-plan-day.js';
import { programmeSetVerb } from './programme-set.js';
import { planUpdateVerb } from './plan-update.js';
import { peoplePageVerb } from './people-page.js';
import { personAddVerb } from './person-add.js';
import { personChangeVerb } from './person-change.js';
import { personHandOnVerb } from './person-hand-on.js';
import { personLeftVerb } from './person-left.js';
import { queryPageVerb } from './query-page.js';
import { registerSubmitVerb } from './register-submit.js';
import { questionAskVerb } from './question-ask.js';
import { reportApproveVerb } from './report-approve.js';
import { reportEditActionVerb } from './report-edit-action.js';
import { reportOpenLinkVerb } from './report-open-link.js';
import { reportPageVerb } from './report-page.js';
import { reportReturnVerb } from './report-return.js';
import { reportSubmitVerb } from './report-submit.js';
import { teamAddVerb } from './team-add.js';
import { teamChangeVerb } from './team-change.js';
import { teamRetireVerb } from './team-retire.js';
import { rosterAddVerb } from './roster-add.js';
import { safeguardingActedVerb } from './safeguarding-acted.js';
import { caseAcknowledgeVerb } from './case-acknowledge.js';
import { visitSubmitVerb } from './visit-submit.js';

/**
 * Every card verb the bot knows: the one list both channels read. Adding a form is a template in cards/ and
 * one module here; a module missing a piece, or listed under another verb's name, fails the build.
 */
export const CARD_VERBS = byName([
  planSubmitVerb,
  programmeSetVerb,
  programmePlanDayVerb,
  planUpdateVerb,
  noticeReplyVerb,
  findingSubmitVerb,
  findingOpenVerb,
  safeguardingActedVerb,
  caseAcknowledgeVerb,
  focusGroupSubmitVerb,
  visitSubmitVerb,
  registerSubmitVerb,
  actionAcknowledgeVerb,
  actionRequestDateChangeVerb,
  actionAddProgressVerb,
  actionCompleteVerb,
  actionApproveDateChangeVerb,
  actionDeclineDateChangeVerb,
  actionVerifyVerb,
  actionReopenVerb,
  actionReassignVerb,
  reportEditActionVerb,
  reportPageVerb,
  reportSubmitVerb,
  reportApproveVerb,
  reportReturnVerb,
  reportOpenLinkVerb,
  queryPageVerb,
  questionAskVerb,
  districtAddVerb,
  districtChangeVerb,
  districtRetireVerb,
  districtTeamsVerb,
  teamAddVerb,
  teamChangeVerb,
  teamRetireVerb,
  formOpenVerb,
  personAddVerb,
  personChangeVerb,
  personLeftVerb,
  personHandOnVerb,
  peoplePageVerb,
  rosterAddVerb,
  peopleImportApplyVerb,
  caseListApplyVerb,
]);

type AnyVerbModule = CardVerbModule<string, z.ZodObject, z.ZodType>;

type VerbsByName<Modules extends readonly AnyVerbModule[]> = {
  readonly [Module in Modules[number] as Module['name']]: Module;
};

function byName<const Modules extends readonly AnyVerbModule[]>(modules: Modules): VerbsByName<Modules> {
  const named = new Map<string, AnyVerbModule>();
  for (const module of modules) {
    if (named.has(module.name)) throw new Error(`Two card verbs are named ${module.name}.`);
    named.set(module.name, module);
  }
  return Object.fromEntries(named) as VerbsByName<Modules>;
}

export type CardVerbs = typeof CARD_VERBS;
export type CardVerb = keyof CardVerbs;
export const CARD_VERB_NAMES = Object.keys(CARD_VERBS) as CardVerb[];

export type VerbContext<Verb extends CardVerb> = z.output<CardVerbs[Verb]['context']>;
export type VerbSubmission<Verb extends CardVerb> = z.output<CardVerbs[Verb]['submission']>;

export function isCardVerb(verb: unknown): verb is CardVerb {
  return typeof verb === 'string' && Object.hasOwn(CARD_VERBS, verb);
}

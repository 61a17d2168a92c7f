import type { ACTION_PRIORITIES } from '../domain/action/status.js';
import { FOCUS_GROUP_KIND_LABELS } from '../domain/capture/focus-groups.js';
import { AUDIT_DOMAIN_LABELS } from '../domain/case-finding/audit-domains.js';
import { OFSTED_GRADE_LABELS } from '../domain/case-finding/grades.js';
import { INTELLIGENCE_SOURCES, type IntelligenceSource } from '../domain/challenge-day/service-priorities.js';
import { RECOMMENDATION_SLOTS } from '../domain/forms/case-finding.js';
import { NOTICE_REPLY_KIND_LABELS } from '../domain/notice/reply-kinds.js';

/** A choice in a ChoiceSet: what the person reads, and the value the card submits. */
export interface Choice {
  readonly title: string;
  readonly value: string;
}

export const INTELLIGENCE_SOURCE_LABELS: Record<IntelligenceSource, string> = {
  management_information: 'Management information',
  complaints: 'Complaints',
  inspection: 'Inspection',
  monthly_audits: 'Monthly audits',
  service_priorities: 'Service priorities',
};

export const ACTION_PRIORITY_LABELS: Record<(typeof ACTION_PRIORITIES)[number], string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

const choicesFrom = (labels: Readonly<Record<string, string>>): Choice[] =>
  Object.entries(labels).map(([value, title]) => ({ title, value }));

/**
 * The fixed lists every template may bind as `${vocabulary.…}`. They come from the domain's own constants,
 * so a label is written once and a card can never offer a value its schema refuses.
 */
export const CARD_VOCABULARY = {
  grades: choicesFrom(OFSTED_GRADE_LABELS),
  auditDomains: Object.entries(AUDIT_DOMAIN_LABELS).map(([key, label]) => ({ key, label })),
  replyKinds: choicesFrom(NOTICE_REPLY_KIND_LABELS),
  focusGroupKinds: choicesFrom(FOCUS_GROUP_KIND_LABELS),
  actionPriorities: choicesFrom(ACTION_PRIORITY_LABELS),
  recommendationSlots: RECOMMENDATION_SLOTS.map((slot) => ({ slot: String(slot) })),
  intelligenceSources: INTELLIGENCE_SOURCES.map((value) => ({ title: INTELLIGENCE_SOURCE_LABELS[value], value })),
} as const;

/** The service priorities as numbered choices; the value is the position, as the form schemas expect. */
export function priorityChoices(priorities: readonly string[]): Choice[] {
  return priorities.map((title, index) => ({ title: `${index + 1}. ${title}`, value: String(index + 1) }));
}

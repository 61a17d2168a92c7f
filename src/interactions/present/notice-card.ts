import type { NoticeCardData } from '../../cards/card-data.js';
import { displayDateTime, displayTime } from '../../cards/display-time.js';
import { renderCard } from '../../cards/render-card.js';
import type { CardJson } from '../../cards/card-templates.js';
import { auditSiteOf, auditTeamLabel, hasMatAuditTeam } from '../../domain/challenge-day/audit-site-of.js';
import { auditorIdsOf, type ChallengeDay } from '../../domain/challenge-day/challenge-day.js';
import { summariseNoticeReplies } from '../../domain/notice/notice-summary.js';
import type { Stores } from '../../store/stores.js';
import { dayHeading } from './day-heading.js';
import { noticeAnswerSentence, noticeAnswerShown } from './notice-answer.js';
import { peopleNames } from './people-names.js';

const ATTENDEES_SHOWN = 8;

/**
 * The 48-hour notice card as it stands now, with the live count of replies; null if the day is gone. With
 * `answeredBy`, the card as that person sees it once they have answered: their answer on it, with Change my
 * answer in place of the reply buttons.
 */
export async function noticeCard(
  stores: Stores,
  challengeDayId: string,
  now: Date,
  answeredBy?: string,
): Promise<{ card: CardJson; text: string } | null> {
  const day = await stores.challengeDays.findById(challengeDayId);
  if (!day) return null;
  const district = await stores.districts.findById(day.districtId);
  const replies = await stores.noticeReplies.repliesForDay(day._id);
  const summary = summariseNoticeReplies(day, replies);
  const answer = answeredBy ? replies.find((reply) => reply.personId === answeredBy) : undefined;
  const team = [...new Set([...auditorIdsOf(day), ...day.expectedAttendeeIds])];
  const names = await peopleNames(stores, team.slice(0, ATTENDEES_SHOWN));
  const heading = dayHeading(day, district);
  const data: NoticeCardData = {
    ...heading,
    startLabel: displayTime(day.startsAt),
    sites: day.sites,
    focusAreas: day.focusAreas,
    attendees: team.slice(0, ATTENDEES_SHOWN).map((id) => ({
      title: names.get(id) ?? id,
      value: placeOnDay(day, id),
    })),
    moreAttendeesCount: Math.max(0, team.length - ATTENDEES_SHOWN),
    summary: {
      attending: summary.attending,
      focusGroup: summary.focusGroup,
      unavailable: summary.unavailable,
      notAnswered: summary.notAnswered,
    },
    summaryUpdatedLabel: displayDateTime(now),
    cancelled: day.status === 'cancelled',
    ...(answer ? { yourAnswer: noticeAnswerShown(answer) } : {}),
  };
  return {
    card: renderCard('challenge-day-notice', data),
    text:
      day.status === 'cancelled'
        ? `Cancelled: the Challenge Day in ${heading.districtName} on ${heading.dateLabel}`
        : answer
          ? noticeAnswerSentence(heading, answer.kind)
          : `Challenge Day in ${heading.districtName} and ${day.matLocality} on ${heading.dateLabel}: please reply.`,
  };
}

/** "Audit team" (on a day with two, which one) or "Expected to attend". */
function placeOnDay(day: ChallengeDay, personId: string): string {
  const site = auditSiteOf(day, personId);
  if (!site) return 'Expected to attend';
  return hasMatAuditTeam(day) ? auditTeamLabel(site) : 'Audit team';
}

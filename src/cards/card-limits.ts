/**
 * The most each card shows. Lists beyond these end in "and N more", so a card stays readable, under the
 * 80 KB a card may weigh, and inside Slack's block limits. Tests render every card at these sizes.
 */
export const CARD_LIMITS = {
  noticeAttendees: 40,
  actionHistory: 10,
  reportActions: 30,
  reportReturns: 5,
  /** The draft report: each action has its own button, and Slack allows 50 blocks in a message. */
  reportDraftActionsPerPage: 8,
  /** Strengths, areas for improvement and themes each; the whole text is in the full report. */
  reportDraftNotes: 8,
  reportDraftNoteLength: 300,
  digestDistricts: 12,
  digestOwnersPerDistrict: 8,
  digestOverduePerDistrict: 5,
  performanceDistricts: 12,
  /** Performance figures on demand: the latest Challenge Days' grades; every day is in the spreadsheet. */
  figuresDays: 12,
  /** Performance figures: the most frequent learning themes; every theme is in the spreadsheet. */
  figuresThemes: 8,
  /** The year's programme card: days beyond these are on its calendar picture. */
  programmeDays: 72,
  queryPageSize: 10,
  /**
   * A person's home page: each action takes up to five blocks (with its buttons), and a Slack view holds 100,
   * so a few of each; the rest are asked for (`my actions`).
   */
  homeActions: 8,
  homeDecisions: 6,
  homeDays: 5,
  receiptFacts: 20,
  /** The districts and teams lists: each line has its own buttons, and Slack allows 50 blocks in a message. */
  listedDistricts: 12,
  listedTeams: 12,
  errorTypedFacts: 40,
  /**
   * People a picker lists before anything is typed: those already chosen, then the first few it would offer
   * (anyone else is found by typing their name). Every choice is repeated in the card (three times for
   * owners, once per recommendation), so these keep the largest form under 80 KB.
   */
  planAuditorChoices: 75,
  planAttendeeChoices: 150,
  recommendationOwnerChoices: 40,
  reportActionOwnerChoices: 16,
  lineManagerChoices: 16,
  handOnChoices: 16,
  reassignChoices: 16,
  teamManagerChoices: 16,
  /** The cases and notes from the notice's answers that the focus-group form offers as topics. */
  focusGroupReplyTopics: 12,
  /** The register's "also came" picker, besides the day's people, who are listed in full. */
  registerAlsoCameChoices: 16,
  /** A district's people: each has its own buttons, and Slack allows 50 blocks in a message. */
  peoplePerPage: 8,
  leaverActions: 10,
  /**
   * A case's findings sent back to its team's manager: the newest findings (a case has one a day, as a rule)
   * and its actions; each note cut short, as the full finding is behind "Open the finding".
   */
  caseHandbackFindings: 2,
  caseHandbackActions: 10,
  caseHandbackNoteLength: 500,
} as const;

/** The weight a rendered card must stay under (Teams refuses larger activities). */
export const MAX_CARD_BYTES = 80 * 1024;

/** The first `limit` items, and how many were left out, for a list that ends in "and N more". */
export function firstOf<Item>(items: readonly Item[], limit: number): { shown: Item[]; moreCount: number } {
  return { shown: items.slice(0, limit), moreCount: Math.max(0, items.length - limit) };
}

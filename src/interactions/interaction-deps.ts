import type { ExportFormat, ExportToken } from '../domain/action-export/export-token.js';
import type { FiguresToken } from '../domain/performance/figures-token.js';
import type { PerformanceFigures } from '../domain/performance/performance-figures.js';
import type { FigureChart } from '../figures/figure-charts.js';
import type { FigureCardLinks } from '../figures/figure-card-links.js';
import type { Delivery, Notification } from '../domain/notifications/notification.js';
import type { ConversationLink } from '../domain/links/conversation-link.js';
import type { QueuedDeliveries } from '../outbox/queue-deliveries.js';
import type { EventBuilder } from '../outbox/queue-webhook-events.js';
import type { Stores } from '../store/stores.js';
import type { SuggestedQuestionSeal } from './suggested-question-seal.js';

/** What the channel-neutral interaction handlers need; main.ts builds it once. */
export interface InteractionDeps {
  readonly stores: Stores;
  readonly servicePriorities: readonly string[];
  readonly now: () => Date;
  /** Queues proactive messages and has them sent soon; says which reach nobody, for the sender's receipt. */
  readonly deliver: (deliveries: readonly Delivery[]) => Promise<QueuedDeliveries>;
  /**
   * A conversation became reachable (a person's personal chat, a channel linked to a district): what could
   * not be delivered for want of it is sent there.
   */
  readonly retryUndelivered: (link: ConversationLink) => Promise<void>;
  /** A step other systems hear of by webhook happened in a district: its event is queued for them. */
  readonly announce: (districtId: string, build: EventBuilder) => Promise<void>;
  /** Updates every delivered copy of a message in place (e.g. the notice's reply counts). */
  readonly refreshDelivered: (key: string, notification: Notification) => Promise<void>;
  /**
   * After a step on an action: updates every delivered message about it (its card, turns, reminders,
   * escalations), each as it now stands for the person it went to.
   */
  readonly refreshActionCopies: (actionId: string) => Promise<void>;
  /** A signed link to a report's page that opens for this person only, and when it stops working. */
  readonly reportLinkFor: (reportId: string, personId: string) => { url: string; pdfUrl: string; expiresAt: Date };
  /** Signed links to an action plan export (one per format) that open for this person only, and until when. */
  readonly exportLinksFor: (
    token: ExportToken,
    personId: string,
  ) => { urls: Record<ExportFormat, string>; expiresAt: Date };
  /** Performance figures a token names, worked out once per answer and kept for its chart images to be drawn from. */
  readonly figuresFor: (token: FiguresToken) => Promise<PerformanceFigures>;
  /** A figures card's links: its chart images (for the chat client) and the person's own spreadsheet link. */
  readonly figureLinksFor: (token: FiguresToken, charts: readonly FigureChart[], personId: string) => FigureCardLinks;
  /** The calendar picture of a year's programme, at a signed link that works for a week. */
  readonly programmePictureUrl: (year: number) => string;
  /** Seals the questions suggested on buttons, so a button asks only what the bot offered. */
  readonly suggestedQuestions: SuggestedQuestionSeal;
}

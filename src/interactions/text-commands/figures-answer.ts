import { randomUUID } from 'node:crypto';
import { actorFor } from '../../domain/people/actor.js';
import { figuresGrantedEvent } from '../../domain/performance/figures-audit.js';
import type { FiguresToken } from '../../domain/performance/figures-token.js';
import { districtsInFigures, mayAskFigures } from '../../domain/performance/permissions.js';
import type { PerformanceFiguresQuery } from '../../domain/questions/query.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { chartsFor } from '../../figures/figure-charts.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { performanceFiguresReply } from '../present/performance-figures-card.js';
import type { Reply } from '../reply.js';
import type { TextMessage } from './text-message.js';

/**
 * "performance for Erewash this quarter", "county performance 2026", "compare districts this year": the figures
 * the person may see, as a card with charts and their own spreadsheet link. A district manager's comparison
 * covers their own districts only; the county's totals are for those who see the county.
 */
export async function answerFigures(
  deps: InteractionDeps,
  message: TextMessage,
  query: PerformanceFiguresQuery,
  now: Date,
): Promise<Outcome<Reply>> {
  const actor = actorFor(message.person);
  const allowed = mayAskFigures(actor, query.scope);
  if (!allowed.ok) return allowed;
  const active = await deps.stores.districts.active();
  const districts =
    query.scope.kind === 'district'
      ? active.filter((district) => query.scope.kind === 'district' && district._id === query.scope.districtId)
      : districtsInFigures(actor, active);
  if (districts.length === 0) return refuse('not_found', 'There are no districts for these figures yet.');
  const token: FiguresToken = {
    figuresId: `figures-${randomUUID()}`,
    scope: query.scope,
    period: query.period,
    districtIds: districts.map((district) => district._id),
    asAt: Math.floor(now.getTime() / 1000),
  };
  const figures = await deps.figuresFor(token);
  const links = deps.figureLinksFor(token, chartsFor(figures), message.person._id);
  await deps.stores.auditEvents.record(
    figuresGrantedEvent({ token, actorId: message.person._id, now, expiresAt: links.expiresAt }),
  );
  return succeed(performanceFiguresReply(figures, links));
}

import type { Document } from 'mongodb';

export interface QueryPlan {
  /** The command explained, as the store sent it (find, or the aggregate behind a count). */
  readonly command: string;
  readonly usesIndex: boolean;
  /**
   * Whether a stage sorts every match before the first is returned (MongoDB's SORT, PostgreSQL's Sort,
   * SQLite's temporary B-tree for ORDER BY), rather than the index giving them in order.
   */
  readonly sortsEveryMatch: boolean;
  /** The plan in a few words: "full scan", or the index or stages used. */
  readonly summary: string;
  /** The server's own words for the plan: FerretDB's SQLite plan and pushdown flags, or MongoDB's stages. */
  readonly detail: string;
}

/**
 * Reads a plan from `explain` as each kind of server writes it: MongoDB's winning plan (an IXSCAN
 * stage uses an index, a COLLSCAN does not), or FerretDB's, which shows its SQL backend's query plan
 * (SQLite's lines, or PostgreSQL's tree) and whether the filter was pushed down to it at all.
 */
export function readQueryPlan(command: string, explained: Document): QueryPlan {
  const planner = (explained.queryPlanner ?? explained.stages?.[0]?.$cursor?.queryPlanner) as Document | undefined;
  const sqlPlan = planner?.Plan as unknown;
  if (Array.isArray(sqlPlan)) {
    const lines = sqlPlan.map(String);
    const pushdown = explained.filterPushdown === true;
    const indexed = lines.some((line) => /USING (COVERING )?INDEX|USING INTEGER PRIMARY KEY/.test(line));
    return {
      command,
      usesIndex: pushdown && indexed,
      sortsEveryMatch: lines.some((line) => /TEMP B-TREE FOR ORDER BY/.test(line)),
      summary:
        pushdown && indexed ? 'an index' : pushdown ? 'filter pushed down, no index' : 'full scan, no filter pushdown',
      detail: `${lines.join('; ')}; filterPushdown=${String(explained.filterPushdown)}, sortPushdown=${String(explained.sortPushdown)}`,
    };
  }
  if (typeof sqlPlan === 'object' && sqlPlan !== null && 'Node Type' in sqlPlan) {
    // FerretDB's PostgreSQL backend gives PostgreSQL's own plan tree.
    const nodes = postgresNodes(sqlPlan);
    const usesIndex = nodes.some((node) => node.includes('Index'));
    return {
      command,
      usesIndex,
      // A Sort (or Incremental Sort) node above the scan orders the matches itself.
      sortsEveryMatch: nodes.some((node) => /^(Incremental )?Sort\b/.test(node)),
      summary: usesIndex ? nodes.join(' ← ') : 'full scan (Seq Scan)',
      detail: nodes.join(' ← '),
    };
  }
  const stages = stageNames(planner?.winningPlan);
  // Stages are named with their index ("IXSCAN district_status_due"), so match on the start.
  const usesIndex = stages.some((stage) => stage.startsWith('IXSCAN'));
  const detail = stages.join(' ← ') || JSON.stringify(explained).slice(0, 300);
  // SORT_MERGE merges runs the index gives in order; only SORT reads every match first.
  const sortsEveryMatch = stages.some((stage) => stage === 'SORT');
  return { command, usesIndex, sortsEveryMatch, summary: usesIndex ? detail : 'full scan (COLLSCAN)', detail };
}

/** Whether the plan of a command that asks for an order (a find with a sort) reads it from the index. */
export function orderWords(plan: QueryPlan): string {
  if (plan.command !== 'find') return 'no order asked';
  if (!plan.usesIndex) return 'no index';
  return plan.sortsEveryMatch ? 'index, then a blocking sort of every match' : 'in index order, no blocking sort';
}

/** Whether every find among the plans reads its matches in the index's order. */
export function readInIndexOrder(plans: readonly QueryPlan[]): boolean {
  const finds = plans.filter((plan) => plan.command === 'find');
  return finds.length > 0 && finds.every((plan) => plan.usesIndex && !plan.sortsEveryMatch);
}

function stageNames(plan: unknown): string[] {
  if (typeof plan !== 'object' || plan === null) return [];
  const stage = plan as { stage?: unknown; indexName?: unknown; inputStage?: unknown; inputStages?: unknown };
  const name =
    typeof stage.stage === 'string'
      ? [stage.indexName ? `${stage.stage} ${String(stage.indexName)}` : stage.stage]
      : [];
  const inputs = Array.isArray(stage.inputStages) ? stage.inputStages : stage.inputStage ? [stage.inputStage] : [];
  return [...name, ...inputs.flatMap(stageNames)];
}

function postgresNodes(plan: unknown): string[] {
  if (typeof plan !== 'object' || plan === null) return [];
  const node = plan as { 'Node Type'?: unknown; 'Index Name'?: unknown; Plans?: unknown };
  const name = typeof node['Node Type'] === 'string' ? node['Node Type'] : '';
  const own = name ? [node['Index Name'] ? `${name} ${String(node['Index Name'])}` : name] : [];
  return [...own, ...(Array.isArray(node.Plans) ? node.Plans.flatMap(postgresNodes) : [])];
}

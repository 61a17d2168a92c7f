import type { Action } from '../action/action.js';
import { daysOverdueOn } from '../action/overdue.js';
import { ACTION_STATUS_LABELS } from '../action/status.js';
import { londonCalendarDate } from '../shared/london-time.js';

/** How a column's cells are typed in a spreadsheet: dates as dates, counts as numbers, the rest as text. */
export type ExportCellKind = 'text' | 'date' | 'number';

export interface ExportColumn<Key extends string = string> {
  readonly key: Key;
  readonly header: string;
  readonly kind: ExportCellKind;
  /** Width in characters, for a spreadsheet that opens readable. */
  readonly width: number;
}

/** One action as a row: text, calendar dates (00:00 UTC of the London day) and whole numbers, or empty. */
export interface ActionExportRow {
  readonly reference: string;
  readonly district: string;
  readonly what: string;
  readonly source: string;
  readonly sourceSummary: string;
  readonly owner: string;
  readonly dueDate: Date;
  readonly priority: string;
  readonly status: string;
  readonly acknowledged: Date | null;
  readonly completed: Date | null;
  readonly verified: Date | null;
  readonly daysOverdue: number;
}

/** The columns of an action plan export, in order; both the CSV and the XLSX are written from these. */
export const ACTION_EXPORT_COLUMNS: readonly ExportColumn<keyof ActionExportRow>[] = [
  { key: 'reference', header: 'Reference', kind: 'text', width: 24 },
  { key: 'district', header: 'District', kind: 'text', width: 20 },
  { key: 'what', header: 'Action', kind: 'text', width: 60 },
  { key: 'source', header: 'Source', kind: 'text', width: 16 },
  { key: 'sourceSummary', header: 'Source summary', kind: 'text', width: 40 },
  { key: 'owner', header: 'Owner', kind: 'text', width: 24 },
  { key: 'dueDate', header: 'Due date', kind: 'date', width: 12 },
  { key: 'priority', header: 'Priority', kind: 'text', width: 10 },
  { key: 'status', header: 'Status', kind: 'text', width: 32 },
  { key: 'acknowledged', header: 'Acknowledged', kind: 'date', width: 14 },
  { key: 'completed', header: 'Completed', kind: 'date', width: 12 },
  { key: 'verified', header: 'Verified', kind: 'date', width: 12 },
  { key: 'daysOverdue', header: 'Days overdue', kind: 'number', width: 13 },
];

const SOURCE_LABELS: Record<Action['source']['kind'], string> = {
  case_finding: 'Case finding',
  focus_group: 'Focus group',
  observed_visit: 'Observed visit',
  report: 'Report',
};

const PRIORITY_LABELS: Record<Action['priority'], string> = { high: 'High', medium: 'Medium', low: 'Low' };

/**
 * The rows of an action plan export, one per action in the order given: names instead of ids, the dates each
 * step was taken on in the London calendar, and days overdue worked out as everywhere else (overdue.ts).
 */
export function actionExportRows(
  actions: readonly Action[],
  names: { readonly people: ReadonlyMap<string, string>; readonly districts: ReadonlyMap<string, string> },
  now: Date,
): ActionExportRow[] {
  const today = londonCalendarDate(now);
  const londonDay = londonDays();
  return actions.map((action) => ({
    reference: referenceOf(action),
    district: names.districts.get(action.districtId) ?? action.districtId,
    what: action.what,
    source: SOURCE_LABELS[action.source.kind],
    sourceSummary: action.source.summary,
    owner: names.people.get(action.ownerId) ?? action.ownerId,
    dueDate: action.dueDate,
    priority: PRIORITY_LABELS[action.priority],
    status: ACTION_STATUS_LABELS[action.status],
    acknowledged: londonDay(action.acknowledgedAt),
    completed: londonDay(action.completion?.at),
    verified: action.status === 'verified' ? londonDay(lastStep(action, 'verify')) : null,
    daysOverdue: daysOverdueOn(action, today),
  }));
}

/** An action's short reference ("A-12"); its id for one stored before references, until start-up gives it one. */
function referenceOf(action: Action): string {
  return action.reference ?? action._id;
}

function lastStep(action: Action, transition: string): Date | undefined {
  return action.history.findLast((entry) => entry.transition === transition)?.at;
}

/**
 * The London calendar date of instants, remembered by UTC hour: London's offset from UTC is whole hours and
 * changes on the hour, so every instant of one UTC hour falls on the same London day. Converting each
 * instant through the time zone rules would be most of the work of a large export.
 */
function londonDays(): (instant: Date | undefined) => Date | null {
  const byHour = new Map<number, Date>();
  return (instant) => {
    if (!instant) return null;
    const hour = Math.floor(instant.getTime() / 3_600_000);
    const known = byHour.get(hour);
    if (known) return known;
    const day = londonCalendarDate(instant);
    byHour.set(hour, day);
    return day;
  };
}

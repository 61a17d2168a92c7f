import type { District } from '../districts/district.js';
import { londonCalendarDate } from '../shared/london-time.js';
import {
  addCounts,
  countByDistrictAndMonth,
  countOverdueByDistrict,
  NO_ACTIONS,
  type ActionCounts,
  type ActionFacts,
} from './action-figures.js';
import { monthsSoFar, periodRange, type FiguresPeriod } from './figures-period.js';
import {
  gradesByDay,
  gradesPerDomain,
  goodOrBetterOverall,
  type DayFacts,
  type DayGrades,
  type DomainGrades,
  type FindingFacts,
  type GradeCounts,
} from './grade-figures.js';
import { themeFigures, type ThemeFacts, type ThemeFigures } from './theme-figures.js';
import type { Theme } from '../themes/theme.js';

/** Whose figures: one district, the county as a whole, or districts side by side. */
export type FiguresScope =
  | { readonly kind: 'district'; readonly districtId: District['_id'] }
  | { readonly kind: 'county' }
  | { readonly kind: 'compare' };

/** One district's line when districts are shown side by side. */
export interface DistrictFigures {
  readonly districtId: string;
  readonly name: string;
  readonly actions: ActionCounts;
  readonly overdueNow: number;
  /** Cases graded on the district's Challenge Days in the period, and how many of them good or better overall. */
  readonly cases: number;
  readonly goodOrBetter: number;
}

/**
 * The performance figures of a district or the county over a period, as they stand at `asAt`: actions, grades and
 * learning themes, each section worked out independently from the same facts.
 */
export interface PerformanceFigures {
  readonly scope: FiguresScope;
  /** The districts the figures cover (one for a district; every one the asker may see otherwise). */
  readonly districts: readonly Pick<District, '_id' | 'name'>[];
  readonly period: FiguresPeriod;
  readonly asAt: Date;
  /** The period's months up to now, each with its counts: the trend by month. */
  readonly months: readonly ({ readonly month: string } & ActionCounts)[];
  readonly totals: ActionCounts;
  /** Outstanding actions past their due date now, whenever they were given. */
  readonly overdueNow: number;
  /** Grades per audit domain of the cases graded on Challenge Days held in the period. */
  readonly grades: { readonly domains: readonly DomainGrades[]; readonly overall: GradeCounts; readonly cases: number };
  /** The same, Challenge Day by Challenge Day: the trend across days. */
  readonly days: readonly DayGrades[];
  /** Each district's own figures, for districts side by side (empty for one district). */
  readonly byDistrict: readonly DistrictFigures[];
  /** The learning themes recorded on the period's Challenge Days, most frequent first: counts, never text. */
  readonly themes: readonly ThemeFigures[];
}

/** What the figures are worked out from: the store reads only the districts, dates and fields they need. */
export interface FiguresFacts {
  /** Actions of the districts given or due in the period, and any outstanding past their due date. */
  readonly actions: readonly ActionFacts[];
  /** Challenge Days of the districts held in the period (not cancelled), and the case findings of those days. */
  readonly days: readonly DayFacts[];
  readonly findings: readonly FindingFacts[];
  /** The themes chosen on those days' focus groups and visit notes (a finding's are on the finding). */
  readonly focusGroups: readonly ThemeFacts[];
  readonly visits: readonly ThemeFacts[];
  /** The vocabulary, to name the themes. */
  readonly vocabulary: readonly Pick<Theme, '_id' | 'name' | 'retiredAt'>[];
}

/**
 * Works out the figures. Pure: the districts in scope, the facts and the clock come in. An action is counted in
 * the month it was given and in the month its due date (the one in force) fell in; working days leave out
 * weekends and bank holidays, as everywhere in the product.
 */
export function performanceFigures(
  request: {
    readonly scope: FiguresScope;
    readonly districts: readonly Pick<District, '_id' | 'name'>[];
    readonly period: FiguresPeriod;
  },
  facts: FiguresFacts,
  now: Date,
): PerformanceFigures {
  const today = londonCalendarDate(now);
  const months = monthsSoFar(request.period, now);
  const inScope = new Set(request.districts.map((district) => district._id));
  const actions = facts.actions.filter((action) => inScope.has(action.districtId));
  const { from, until } = periodRange(request.period);
  const heldInPeriod = (date: Date) => date.getTime() >= from.getTime() && date.getTime() < until.getTime();
  const days = facts.days.filter((day) => inScope.has(day.districtId) && heldInPeriod(day.date));
  const dayIds = new Set(days.map((day) => day._id));
  const findings = facts.findings.filter((finding) => dayIds.has(finding.challengeDayId));
  const counted = countByDistrictAndMonth(actions, months, today);
  const overdue = countOverdueByDistrict(actions, today);
  const perMonth = months.map((month) => ({
    month,
    ...addCounts([...counted.values()].map((own) => own.get(month) ?? NO_ACTIONS)),
  }));
  const byDistrict =
    request.scope.kind === 'district'
      ? []
      : request.districts.map((district) => {
          const ownFindings = findings.filter((finding) => finding.districtId === district._id);
          return {
            districtId: district._id,
            name: district.name,
            actions: addCounts(counted.get(district._id)?.values() ?? []),
            overdueNow: overdue.get(district._id) ?? 0,
            cases: ownFindings.length,
            goodOrBetter: goodOrBetterOverall(ownFindings),
          };
        });
  return {
    scope: request.scope,
    districts: request.districts,
    period: request.period,
    asAt: now,
    months: perMonth,
    totals: addCounts(perMonth),
    overdueNow: [...overdue.values()].reduce((sum, count) => sum + count, 0),
    grades: { ...gradesPerDomain(findings), cases: findings.length },
    days: gradesByDay(days, findings),
    byDistrict,
    themes: themeFigures(days, facts, facts.vocabulary, { from, until }),
  };
}

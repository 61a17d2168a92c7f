import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../../../src/config.js';
import { purgeRules } from '../../../src/domain/retention/retention-periods.js';
import { retentionPeriods } from '../../../src/jobs/purge-records.js';

const cutOffs = (env: Record<string, string>, now: Date) =>
  Object.fromEntries(
    purgeRules(retentionPeriods(readConfig(env)), now).map((rule) => [rule.kind, rule.cutOff.toISOString()]),
  );

describe('retention periods', () => {
  it('by default keep findings, reports and registers of who came 6 years after the day, replies a year, outbox and finished work 90 days', () => {
    expect(cutOffs({}, new Date('2032-06-15T12:00:00Z'))).toEqual({
      case_finding: '2026-06-15T00:00:00.000Z',
      case_sample: '2026-06-15T00:00:00.000Z',
      case_handback: '2026-06-15T00:00:00.000Z',
      focus_group_feedback: '2026-06-15T00:00:00.000Z',
      observed_visit: '2026-06-15T00:00:00.000Z',
      action: '2026-06-15T00:00:00.000Z',
      report: '2026-06-15T00:00:00.000Z',
      attendance_register: '2026-06-15T00:00:00.000Z',
      notice_reply: '2031-06-16T00:00:00.000Z', // 365 days back across 29 Feb 2032
      challenge_day: '2026-06-15T00:00:00.000Z',
      // The same London wall-clock time 90 days back, before the clocks went forward.
      outbox_entry: '2032-03-17T13:00:00.000Z',
      scheduled_work: '2032-03-17T13:00:00.000Z',
      // People files and member lists sent or offered in chat: a week.
      people_import: '2032-06-08T12:00:00.000Z',
      roster_offer: '2032-06-08T12:00:00.000Z',
      report_link_claim: '2032-06-08T12:00:00.000Z',
      // Audit events: 7 years after they happened, longer than any record they describe.
      audit_event: '2025-06-15T00:00:00.000Z',
    });
  });

  it('follow the configuration, and a day is kept as long as the longest-kept of its records', () => {
    const rules = cutOffs(
      {
        RETENTION_CASE_FINDINGS_YEARS: '10',
        RETENTION_REPORTS_YEARS: '3',
        RETENTION_OUTBOX_DAYS: '30',
        RETENTION_AUDIT_EVENTS_YEARS: '12',
      },
      new Date('2032-06-15T12:00:00Z'),
    );
    expect(rules.case_finding).toBe('2022-06-15T00:00:00.000Z');
    expect(rules.report).toBe('2029-06-15T00:00:00.000Z');
    expect(rules.challenge_day).toBe('2022-06-15T00:00:00.000Z');
    expect(rules.outbox_entry).toBe('2032-05-16T12:00:00.000Z'); // both in summer time
    expect(rules.audit_event).toBe('2020-06-15T00:00:00.000Z');
  });

  it('count in London days: just after midnight in summer it is already the next day', () => {
    expect(cutOffs({}, new Date('2032-06-14T23:30:00Z')).case_finding).toBe('2026-06-15T00:00:00.000Z');
    expect(cutOffs({}, new Date('2032-02-29T10:00:00Z')).case_finding).toBe('2026-02-28T00:00:00.000Z');
  });

  it('refuse a period out of bounds, naming the variable', () => {
    expect(() => readConfig({ RETENTION_OUTBOX_DAYS: '3', RETENTION_REPORTS_YEARS: 'six' })).toThrow(ConfigError);
    try {
      readConfig({ RETENTION_OUTBOX_DAYS: '3', RETENTION_REPORTS_YEARS: 'six' });
    } catch (error) {
      expect((error as ConfigError).problems).toEqual([
        { variable: 'RETENTION_REPORTS_YEARS', problem: 'must be a whole number of years from 1 to 100' },
        { variable: 'RETENTION_OUTBOX_DAYS', problem: 'must be a whole number of days from 14 to 36500' },
      ]);
    }
  });
});

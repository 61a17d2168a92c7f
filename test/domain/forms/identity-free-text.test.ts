import { describe, expect, it } from 'vitest';
import { CARD_VERBS } from '../../../src/interactions/verbs/card-verbs.js';
import { findIdentityData, maskIdentityData } from '../../../src/domain/case-finding/identity-patterns.js';

const errorsOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));

const plan = (sites: { districtSite: string; matSite: string }) =>
  CARD_VERBS['plan.submit'].submission.safeParse({
    districtId: 'chesterfield',
    date: '2026-12-10',
    startTime: '09:30',
    focusAreas: '2',
    ...sites,
  });

describe('names, dates of birth, NHS numbers and addresses in text others will read', () => {
  it.each([
    ['Ellie-May O’Connor was seen at home', 'name'],
    ['Mrs McDonald attended', 'name'],
    ['Ask Jordan Young to join', 'name'],
    ['Visit at 14 Elm Grove', 'address'],
    ['Postcode NG10 1AA', 'postcode'],
    ['Born 3rd March 2015', 'date_of_birth'],
    ['NHS 943-476-5919', 'nhs_number'],
  ])('"%s" is found as %s', (text, kind) => {
    expect(findIdentityData(text)).toBe(kind);
    expect(findIdentityData(maskIdentityData(text))).toBeNull();
  });

  it.each([
    'Ask the Team Manager to review the Child Protection plan',
    'Share the plan with the Independent Reviewing Officer',
    'Ofsted Inspection findings discussed at the Looked After Children review',
    'Core group on 12 January',
  ])('"%s" is not mistaken for identity data', (text) => {
    expect(findIdentityData(text)).toBeNull();
    expect(maskIdentityData(text)).toBe(text);
  });

  it('a recommendation naming a child is refused with a message that says why and what to do', () => {
    const result = CARD_VERBS['finding.submit'].submission.safeParse({
      caseReference: 'CR-104233',
      overallGrade: 'good',
      voice_of_child_grade: 'good',
      management_oversight_grade: 'good',
      assessment_and_plan_grade: 'good',
      risk_and_safety_grade: 'good',
      timeliness_grade: 'good',
      strengths: 'Jamie Smith is well known to the worker.',
      recommendation1Text: 'Record Jamie Smith’s wishes at every visit',
      recommendation1DueDate: '2027-01-15',
    });
    // The finding's own notes are kept whole (shown in full only in its detail view); the recommendation,
    // which becomes an action others read, is refused.
    expect(errorsOf(result)).toEqual({
      recommendation1Text: expect.stringMatching(/^This looks like a person’s name\. Never name a child/),
    });
  });

  it('progress notes, reasons, evidence and report comments are refused in the same way', () => {
    expect(
      errorsOf(CARD_VERBS['action.addProgress'].submission.safeParse({ note: 'Met Kayden Marsh, 12/03/2015' })),
    ).toEqual({ note: expect.stringMatching(/looks like a date of birth/) });
    expect(errorsOf(CARD_VERBS['action.complete'].submission.safeParse({ evidence: 'Letter to 7 Park Road' }))).toEqual(
      {
        evidence: expect.stringMatching(/looks like a street address/),
      },
    );
    expect(
      errorsOf(CARD_VERBS['report.return'].submission.safeParse({ comments: 'NHS 943 476 5919 is wrong' })),
    ).toEqual({ comments: expect.stringMatching(/looks like an NHS number/) });
    expect(
      CARD_VERBS['action.addProgress'].submission.safeParse({ note: 'Team Manager briefed the duty team' }).success,
    ).toBe(true);
  });

  it('a Challenge Day’s site may be a building with capitalised words, never a person or a street address', () => {
    expect(
      plan({ districtSite: 'Chesterfield Town Hall, Committee Room 2', matSite: 'Staveley Healthy Living Centre' })
        .success,
    ).toBe(true);
    expect(errorsOf(plan({ districtSite: 'Jamie Smith Centre', matSite: '14 Elm Grove' }))).toEqual({
      districtSite: expect.stringMatching(/looks like a person’s name\. Give the building or office/),
      matSite: expect.stringMatching(/without a street address/),
    });
  });
});

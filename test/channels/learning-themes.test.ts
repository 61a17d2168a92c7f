import { beforeAll, describe, expect, it } from 'vitest';
import { calendarDateFromIso } from '../../src/domain/shared/london-time.js';
import { reportHtml } from '../../src/interactions/present/report-html.js';
import { reportView } from '../../src/interactions/present/report-view.js';
import { caseFindingGrades, focusGroupSubmission, observedVisitSubmission } from '../support/form-submissions.js';
import { aCaseFinding, aChallengeDay, aFocusGroupFeedback, anObservedVisit } from '../support/fixtures.js';
import { useTestDatabase } from '../support/test-database.js';
import { NOW, people, records, seedCounty } from '../security/support/county.js';
import { useSecuredBot } from '../security/support/secured-bot.js';
import { slackChannel, teamsChannel, type Channel } from '../security/support/speak-to-bot.js';
import { everythingStored } from '../security/support/stored-records.js';

/*
 * Learning themes through the bot's real Teams and Slack endpoints: the vocabulary kept by QA managers in
 * chat, chosen on the three forms, and asked about across Challenge Days without naming anyone.
 */

const database = useTestDatabase();
const { priya, sue, bill, dan, sam } = people;
const day = calendarDateFromIso;

// Three past Challenge Days in Erewash, each with themes recorded by Ada (auditor) and Bill (senior manager).
const erewashDays = ['2026-09-03', '2026-10-01', '2026-11-05'].map((date) =>
  aChallengeDay({
    _id: `day-erewash-${date}`,
    districtId: 'erewash',
    matLocality: 'Erewash MAT',
    date: day(date),
    startsAt: new Date(`${date}T09:30:00Z`),
    status: 'closed',
    auditTeamIds: [people.ada._id, bill._id],
  }),
);
const [september, october, november] = erewashDays.map((erewashDay) => erewashDay._id) as [string, string, string];
const history = {
  findings: [
    { dayId: september, themes: ['theme-chronology'], text: 'The chronology had gaps. Ada Lowe checked it.' },
    { dayId: october, themes: ['theme-chronology', 'theme-supervision'], text: 'No chronology on CR-200002 at all.' },
    { dayId: november, themes: ['theme-chronology'], text: 'The chronology stopped after the strategy meeting.' },
    { dayId: november, themes: ['theme-chronology'], text: 'Kayden said the chronology was wrong.' },
  ].map(({ dayId, themes, text }, index) =>
    aCaseFinding({
      _id: `finding-erewash-${index}`,
      submissionId: `submission-erewash-${index}`,
      challengeDayId: dayId,
      districtId: 'erewash',
      caseReference: `CR-20000${index}`,
      auditorId: people.ada._id,
      areasForImprovement: text,
      learningThemeIds: themes,
    }),
  ),
  focusGroup: aFocusGroupFeedback({
    _id: 'focus-erewash',
    submissionId: 'submission-focus-erewash',
    challengeDayId: september,
    facilitatorId: bill._id,
    worries: 'Supervision is often cancelled at short notice.',
    learningThemeIds: ['theme-supervision'],
  }),
  chesterfieldFinding: aCaseFinding({
    _id: 'finding-chesterfield-november-themed',
    submissionId: 'submission-chesterfield-november-themed',
    challengeDayId: records.novemberDayChesterfield._id,
    districtId: 'chesterfield',
    caseReference: 'CR-100055',
    auditorId: dan._id,
    learningThemeIds: ['theme-planning', 'theme-recording'],
  }),
  chesterfieldVisit: anObservedVisit({
    _id: 'visit-chesterfield-november',
    submissionId: 'submission-visit-chesterfield-november',
    challengeDayId: records.novemberDayChesterfield._id,
    seniorManagerId: sue._id,
    learningThemeIds: ['theme-planning'],
  }),
};

const bot = useSecuredBot(database, {
  now: NOW,
  seed: async () => {
    await seedCounty(database.stores);
    for (const erewashDay of erewashDays) await database.stores.challengeDays.create(erewashDay);
    for (const finding of [...history.findings, history.chesterfieldFinding]) {
      await database.stores.caseFindings.submit(finding);
    }
    await database.stores.focusGroupFeedback.submit(history.focusGroup);
    await database.stores.observedVisits.submit(history.chesterfieldVisit);
  },
});
const teams = teamsChannel(bot);
const slack = slackChannel(bot);

beforeAll(async () => {
  for (const channel of [teams, slack])
    for (const person of [priya, sue, bill, dan, sam]) await channel.say(person, 'help');
});

describe('the vocabulary of learning themes', () => {
  it('starts with the seeded themes, listed to anyone who asks “themes”', async () => {
    const answer = await slack.say(sam, 'themes');
    for (const name of [
      'Management oversight',
      'Voice of the child',
      'Chronology',
      'Multi-agency working',
      'Supervision',
    ]) {
      expect(answer.shown).toContain(name);
    }
  });

  it('a QA manager adds a theme in Teams: it is stored and the change is audited', async () => {
    const answer = await teams.say(priya, 'add theme Neglect');

    expect(answer.shown).toContain('Theme added: Neglect');
    const stored = (await database.stores.themes.all()).find((theme) => theme._id === 'theme-neglect');
    expect(stored).toMatchObject({ name: 'Neglect', addedAt: NOW });
    const audited = (await database.stores.auditEvents.byActor(priya._id)).filter(
      (event) => event.entityKind === 'theme',
    );
    expect(audited).toEqual([
      expect.objectContaining({ entityId: 'theme-neglect', transition: 'add', after: 'active' }),
    ]);
  });

  it('a theme already there is refused, and nothing is stored', async () => {
    const before = await everythingStored(database.stores);
    const answer = await slack.say(priya, 'add theme chronology');
    expect(answer.shown).toContain('“Chronology” is a theme already.');
    expect(await everythingStored(database.stores)).toEqual(before);
  });

  it('a senior manager cannot change the themes: refused with who can, nothing stored', async () => {
    const before = await everythingStored(database.stores);
    for (const channel of [teams, slack]) {
      expect((await channel.say(sue, 'add theme Housing')).shown).toContain('Only a QA manager can add a theme.');
      expect((await channel.say(sue, 'retire theme planning')).shown).toContain(
        'Only a QA manager can retire a theme.',
      );
    }
    expect(await everythingStored(database.stores)).toEqual(before);
  });
});

describe('themes on the forms', () => {
  const finding = (learningThemes: string, caseReference: string) =>
    caseFindingGrades('good', {
      challengeDayId: records.dayChesterfield._id,
      caseReference,
      safeguardingConcern: 'false',
      areasForImprovement: 'The chronology was out of date and supervision notes were thin.',
      learningThemes,
    });

  it('an auditor’s finding carries the themes chosen, and the receipt suggests those the words read like', async () => {
    const answer = await slack.press(dan, 'finding.submit', finding('theme-supervision', 'CR-100071'));

    expect(answer.shown).toContain('Learning themes');
    expect(answer.shown).toContain('Supervision');
    expect(answer.shown).toContain('This reads like: chronology — not chosen as learning themes this time.');
    const [stored] = await database.stores.caseFindings.forCase('chesterfield', 'CR-100071');
    expect(stored?.learningThemeIds).toEqual(['theme-supervision']);
  });

  it('a QA manager retires a theme, audited: it stays on the records that carry it', async () => {
    await teams.say(priya, 'retire theme recording');
    const themes = await database.stores.themes.all();
    expect(themes.find((theme) => theme._id === 'theme-recording')?.retiredAt).toEqual(NOW);
    const kept = await database.stores.caseFindings.findById(history.chesterfieldFinding._id);
    expect(kept?.learningThemeIds).toEqual(['theme-planning', 'theme-recording']);
    const audited = (await database.stores.auditEvents.byActor(priya._id)).filter(
      (event) => event.entityKind === 'theme' && event.transition === 'retire',
    );
    expect(audited).toEqual([
      expect.objectContaining({ entityId: 'theme-recording', before: 'active', after: 'retired' }),
    ]);
  });

  const tampered: readonly (readonly [string, string])[] = [
    ['a retired theme', 'theme-recording'],
    ['an id that is no theme', 'theme-made-up'],
  ];
  for (const channel of ['Teams', 'Slack'] as const) {
    for (const [what, id] of tampered) {
      it(`${channel}: ${what} sent on any of the three forms is refused beside the themes, and nothing is stored`, async () => {
        const speak: Channel = channel === 'Teams' ? teams : slack;
        const before = await everythingStored(database.stores);
        const answers = [
          await speak.press(dan, 'finding.submit', finding(`theme-planning,${id}`, 'CR-100072')),
          await speak.press(sue, 'focusGroup.submit', {
            challengeDayId: records.dayChesterfield._id,
            ...focusGroupSubmission({ learningThemes: id }),
          }),
          await speak.press(sue, 'visit.submit', {
            challengeDayId: records.dayChesterfield._id,
            ...observedVisitSubmission({ learningThemes: id }),
          }),
        ];
        for (const answer of answers) {
          expect(answer.shown).toContain(
            id === 'theme-recording'
              ? 'Choose the learning themes from the list: “Recording” is retired.'
              : 'Choose the learning themes from the list: one of them is not a theme.',
          );
        }
        expect(await everythingStored(database.stores)).toEqual(before);
      });
    }
  }

  it('a senior manager’s focus-group feedback and visit notes carry their themes', async () => {
    await teams.press(sue, 'focusGroup.submit', {
      challengeDayId: records.dayChesterfield._id,
      ...focusGroupSubmission({ learningThemes: 'theme-neglect,theme-supervision' }),
    });
    await slack.press(sue, 'visit.submit', {
      challengeDayId: records.dayChesterfield._id,
      ...observedVisitSubmission({ learningThemes: 'theme-voice-of-the-child' }),
    });
    const [feedback] = await database.stores.focusGroupFeedback.forChallengeDay(records.dayChesterfield._id);
    const [visit] = await database.stores.observedVisits.forChallengeDay(records.dayChesterfield._id);
    expect(feedback?.learningThemeIds).toEqual(['theme-neglect', 'theme-supervision']);
    expect(visit?.learningThemeIds).toEqual(['theme-voice-of-the-child']);
  });
});

describe('asking about recurring themes', () => {
  const everyoneNamed = Object.values(people).flatMap((person) => person.displayName.split(' '));

  it('the QA manager sees Erewash’s themes by count and by Challenge Day, with excerpts that name nobody and no case', async () => {
    const answer = await slack.say(priya, 'recurring themes in Erewash');

    expect(answer.shown).toContain('Recurring themes in Erewash, the last 12 months');
    expect(answer.shown).toContain('Chronology: 4');
    expect(answer.shown).toContain(
      'Rising. By Challenge Day: Thu 3 Sep 2026: 1 · Thu 1 Oct 2026: 1 · Thu 5 Nov 2026: 2.',
    );
    expect(answer.shown).toContain('Supervision: 2');
    expect(answer.shown).toContain('“The chronology stopped after the strategy meeting.” “The chronology had gaps.”');
    for (const name of everyoneNamed) expect(answer.shown).not.toContain(name);
    expect(answer.shown).not.toMatch(/CR-\d+|Kayden/);
  });

  it('answers in Teams too', async () => {
    const answer = await teams.say(bill, 'themes for Erewash this quarter');
    expect(answer.shown).toContain('Recurring themes in Erewash, this quarter (from 1 Oct)');
    expect(answer.shown).toContain('Counted from 3 case findings, focus groups and visit notes on 3 Challenge Days.');
  });

  it('a senior manager sees only their own district’s themes', async () => {
    const answer = await slack.say(bill, 'themes this year');
    expect(answer.shown).toContain('Recurring themes in Erewash, 2026 so far');
    expect(answer.shown).toContain('Chronology: 4');
    expect(answer.shown).not.toContain('Planning');
  });

  it('across the county the trend is month by month', async () => {
    const answer = await slack.say(priya, 'themes this year');
    expect(answer.shown).toContain('Recurring themes across the county, 2026 so far');
    expect(answer.shown).toContain('Chronology: 4');
    expect(answer.shown).toContain(
      'By month: Jan 0 · Feb 0 · Mar 0 · Apr 0 · May 0 · Jun 0 · Jul 0 · Aug 0 · Sep 1 · Oct 1 · Nov 2 · Dec 0.',
    );
    expect(answer.shown).toContain('Planning: 2');
    expect(answer.shown).toContain('Recording (retired): 1');
  });

  it('another district’s themes, and themes for staff, are refused with who can help', async () => {
    for (const channel of [teams, slack]) {
      expect((await channel.say(sue, 'recurring themes in Erewash')).shown).toContain(
        'You can see the themes only of the districts you manage; a QA manager can see any district’s.',
      );
      expect((await channel.say(sam, 'themes this year')).shown).toContain(
        'Learning themes are for QA managers, and for senior and district managers about their own districts.',
      );
    }
  });
});

describe('the report', () => {
  it('lists the day’s learning themes by count and where they were recorded, naming nobody', async () => {
    const view = await reportView(database.stores, records.submittedReportChesterfield, { withCaseSections: true });
    expect(view).not.toBeNull();
    const html = reportHtml(view ?? reportNotFound(), 'report.pdf');
    expect(html).toContain(
      '<h2>Learning themes</h2><ul><li>Planning: 2 (1 case finding, 1 visit)</li><li>Recording: 1 (1 case finding)</li></ul>',
    );
  });
});

function reportNotFound(): never {
  throw new Error('The report’s Challenge Day was not found.');
}

import { beforeAll, describe, expect, it } from 'vitest';
import type { Person } from '../../src/domain/people/person.js';
import { caseFindingGrades, planSubmission } from '../support/form-submissions.js';
import { useTestDatabase } from '../support/test-database.js';
import { NOW, people, records, seedCounty, who } from './support/county.js';
import { useSecuredBot } from './support/secured-bot.js';
import { slackChannel, teamsChannel, type Answer, type Channel } from './support/speak-to-bot.js';
import { everythingStored } from './support/stored-records.js';

/*
 * Every command that changes data or reads restricted data, and every role that must not run it: each is
 * refused with a message saying why, through the real Teams and Slack endpoints, and nothing stored changes.
 */

const database = useTestDatabase();
const bot = useSecuredBot(database, { now: NOW, seed: () => seedCounty(database.stores) });
const channels = [teamsChannel(bot), slackChannel(bot)];

const { priya, quinn, sue, bill, dee, dom, dan, ada, owen, stella, tia, ted, sam, pat } = people;
const r = records;

/** Whom a refusal names as able to help, the same for everyone refused or by who they are. */
type Helpers = readonly Person[] | ((person: Person) => readonly Person[]);

interface Refusal {
  readonly command: string;
  readonly by: readonly Person[];
  readonly says: string;
  /** Named after the reason ("Ask …"); HIDDEN where the record stays unseen, so nobody is named. */
  readonly askThem: Helpers;
  readonly run: (channel: Channel, person: Person) => Promise<Answer>;
}

const press =
  (verb: string, data: Record<string, unknown>) =>
  (channel: Channel, person: Person): Promise<Answer> =>
    channel.press(person, verb, data);

/** Written in the person's personal chat with the bot, or in a team channel (its id per platform). */
const say =
  (text: string, where?: { Teams: string; Slack: string }) =>
  (channel: Channel, person: Person): Promise<Answer> =>
    where ? channel.say(person, text, 'channel', where[channel.name]) : channel.say(person, text);

const aNewChannel = { Teams: '19:not-yet-linked@thread.tacv2', Slack: 'C-NOT-YET-LINKED' };
const chesterfieldChannel = {
  Teams: r.teamsChannelChesterfield.conversationId,
  Slack: r.slackChannelChesterfield.conversationId,
};

const plan = planSubmission({
  date: '2026-12-24',
  districtSite: 'Chesterfield Town Hall, Room 4',
  focusAreas: '1',
  intelligence: 'complaints',
  auditTeamIds: people.dan._id,
  expectedAttendeeIds: people.owen._id,
});
const finding = caseFindingGrades('good', { caseReference: 'CR-100099', safeguardingConcern: 'false' });
const draftAction = {
  reportId: r.draftReportChesterfield._id,
  actionKey: 'finding-chesterfield-dan:1',
};

/** A record the person may not know of: the refusal names nobody, as that could tell where it is. */
const HIDDEN: Helpers = [];
const QA_MANAGERS = [priya, quinn];
const CHESTERFIELD_MANAGERS = [quinn, sue, dee];
const EREWASH_MANAGERS = [bill, dom];
const inOwnDistrict = (chesterfield: readonly Person[], erewash: readonly Person[]) => (person: Person) =>
  person.districtIds.includes('chesterfield') ? chesterfield : erewash;
/** Refused before the matter's district is known: the managers of the person's own district. */
const ownDistrictManagers = inOwnDistrict(CHESTERFIELD_MANAGERS, EREWASH_MANAGERS);
const ownSeniorManagers = inOwnDistrict([quinn, sue], [bill]);
const ownDistrictManager = inOwnDistrict([dee], [dom]);
/** Someone else's action in their own district: its owner or the district's managers; elsewhere it is hidden. */
const ownerInTheirDistrict = inOwnDistrict([owen, ...CHESTERFIELD_MANAGERS], []);

const NOT_OWNER = 'Only the owner of this action or a manager for its district can do that.';
const ACTION_NOT_FOUND =
  'That action was not found. It may have been removed, or it belongs to a district you do not work in.';
const NOT_DATE_MANAGER = 'Only a manager for this district can decide on a new date.';
const NOT_VERIFIER = 'Only a manager for this district can verify or reopen a completed action.';
const ONLY_SENIOR_MANAGER_RECORDS = (what: string) => `Only a senior manager records ${what}.`;
const DAY_NOT_FOUND = 'That Challenge Day was not found.';
const ASK_QA_TO_ADD = 'Ask a QA manager, Priya Shah or Quinn Taylor, to add you to its audit team.';
const NOT_ON_AUDIT_TEAM = `You are not on this Challenge Day’s audit team, so you cannot record its case findings. ${ASK_QA_TO_ADD}`;
const NOT_PART_OF_DAY = `You are not on this Challenge Day’s audit team and do not work in its district, so you cannot record anything on it. ${ASK_QA_TO_ADD}`;
const NOT_QA = [sue, dee, dan, owen, pat, bill];
const ONLY_REASSIGNERS =
  'Only a district manager or senior manager of the action’s district, or a QA manager, can give an action to someone else.';
/** The references of another district's actions are not recognised, so their existence is not revealed. */
const ANOTHER_DISTRICTS_REFERENCE = 'was found among those you can see.';
const reassignTo = (newOwner: Person) => ({ newOwnerId: newOwner._id, reason: 'The team has capacity now.' });
/** "reassign A-12 to …", with the action's short reference as the store gave it. */
const sayReassign =
  (actionId: string, name: string) =>
  async (channel: Channel, person: Person): Promise<Answer> => {
    const reference = (await database.stores.actions.findById(actionId))?.reference ?? 'A-0';
    return channel.say(person, `reassign ${reference} to ${name} because the team has capacity now`);
  };

const NOT_PEOPLE_MANAGERS = [sue, bill, dan, ada, owen, stella, sam, pat];
const ONLY_PEOPLE_MANAGERS =
  'Only a QA manager, or a district manager for their own district’s staff, can change who is registered.';
const OWN_DISTRICT_STAFF_ONLY =
  'A district manager can change only the staff of their own districts; for anyone else, a QA manager can.';
const ONLY_QA_GIVES_COUNTY_ROLES = 'Only a QA manager can give or change the QA manager and senior manager roles.';
const newStarter = {
  displayName: 'Nina Cole',
  email: 'nina.cole@derbyshire.gov.uk',
  roles: 'staff',
  districtIds: 'chesterfield',
};
const owenMoved = {
  displayName: 'Owen Hart',
  email: 'owen.hart@derbyshire.gov.uk',
  roles: 'staff',
  districtIds: 'erewash',
};

const refusals: Refusal[] = [
  // The plan
  {
    command: 'plans a Challenge Day',
    by: NOT_QA,
    says: 'Only a QA manager can plan a Challenge Day.',
    askThem: QA_MANAGERS,
    run: press('plan.submit', plan),
  },
  {
    command: 'changes a planned Challenge Day',
    by: NOT_QA,
    says: 'Only a QA manager can change a Challenge Day.',
    askThem: QA_MANAGERS,
    run: press('plan.update', { ...plan, date: '2026-12-18', challengeDayId: r.nextDayChesterfield._id }),
  },
  {
    command: 'opens the plan form from a button',
    by: NOT_QA,
    says: 'Only a QA manager can plan a Challenge Day.',
    askThem: QA_MANAGERS,
    run: press('form.open', { form: 'plan.submit' }),
  },
  {
    command: 'asks for the plan form',
    by: NOT_QA,
    says: 'Only a QA manager can plan a Challenge Day.',
    askThem: QA_MANAGERS,
    run: say('plan a challenge day'),
  },
  {
    command: 'asks to change the district’s next Challenge Day',
    by: NOT_QA,
    says: 'Only a QA manager can plan a Challenge Day.',
    askThem: QA_MANAGERS,
    run: say('change the Challenge Day for Chesterfield'),
  },
  {
    command: 'cancels the district’s next Challenge Day',
    by: NOT_QA,
    says: 'Only a QA manager can cancel a Challenge Day.',
    askThem: QA_MANAGERS,
    run: say('cancel the Challenge Day for Chesterfield'),
  },
  {
    command: 'draws the case sample',
    by: NOT_QA,
    says: 'Only a QA manager draws the case sample.',
    askThem: QA_MANAGERS,
    run: say('draw sample of 2 for Chesterfield\nCR-100010, Team 1\nCR-100011, Team 2\nCR-100012, Team 3'),
  },
  // Channels and schedules
  {
    command: 'links a channel to a district without being a QA manager',
    by: NOT_QA,
    says: 'Only a QA manager can link a channel to a district.',
    askThem: QA_MANAGERS,
    run: say('link this channel to Chesterfield', aNewChannel),
  },
  {
    command: 'unlinks the district’s channel',
    by: NOT_QA,
    says: 'Only a QA manager can unlink a channel.',
    askThem: QA_MANAGERS,
    run: say('unlink this channel', chesterfieldChannel),
  },
  {
    command: 'makes a channel the managers’ channel',
    by: NOT_QA,
    says: 'Only a QA manager can choose the managers’ channel.',
    askThem: QA_MANAGERS,
    run: say('link this channel to managers', aNewChannel),
  },
  {
    command: 'moves the district’s weekly digest',
    by: NOT_QA,
    says: 'Only a QA manager can change when a district’s weekly digest goes.',
    askThem: QA_MANAGERS,
    run: say('weekly digest for Chesterfield on Friday at 8:30'),
  },
  // The programme of Challenge Days
  {
    command: 'asks for the year’s programme form',
    by: NOT_QA,
    says: 'Only a QA manager can set the programme of Challenge Days or move a day in it.',
    askThem: QA_MANAGERS,
    run: say('programme for 2027'),
  },
  {
    command: 'sets the year’s programme',
    by: NOT_QA,
    says: 'Only a QA manager can set the programme of Challenge Days or move a day in it.',
    askThem: QA_MANAGERS,
    run: press('programme.set', {
      year: '2027',
      rota: 'Chesterfield, every 8 weeks, Wednesday, from 2027-01-06',
      blackouts: '',
      reminderWeeks: '4',
    }),
  },
  {
    command: 'moves a proposed day of the programme',
    by: NOT_QA,
    says: 'Only a QA manager can set the programme of Challenge Days or move a day in it.',
    askThem: QA_MANAGERS,
    run: say('move the Chesterfield Challenge Day of 6 January 2027 to 13 January 2027'),
  },
  {
    command: 'skips a proposed day of the programme',
    by: NOT_QA,
    says: 'Only a QA manager can set the programme of Challenge Days or move a day in it.',
    askThem: QA_MANAGERS,
    run: say('skip the Chesterfield Challenge Day of 6 January 2027'),
  },
  {
    command: 'opens the plan form from a programme reminder',
    by: NOT_QA,
    says: 'Only a QA manager can plan a Challenge Day.',
    askThem: QA_MANAGERS,
    run: press('programme.planDay', { districtId: 'chesterfield', date: '2027-01-06' }),
  },
  {
    command: 'asks which districts are overdue for a Challenge Day without managing one',
    by: [dan, ada, owen, stella, tia, ted, sam, pat],
    says: 'Only QA managers, senior managers and district managers can ask which districts are overdue for a Challenge Day.',
    askThem: QA_MANAGERS,
    run: say('which districts are overdue for a Challenge Day?'),
  },
  // Districts and teams
  {
    command: 'asks for the form to add a district',
    by: NOT_QA,
    says: 'Only a QA manager can add a district.',
    askThem: QA_MANAGERS,
    run: say('add a district'),
  },
  {
    command: 'adds a district',
    by: NOT_QA,
    says: 'Only a QA manager can add a district.',
    askThem: QA_MANAGERS,
    run: press('district.add', { name: 'High Peak', matLocality: 'High Peak MAT', aliases: 'Glossop' }),
  },
  {
    command: 'opens the form to change a district',
    by: NOT_QA,
    says: 'Only a QA manager can change a district.',
    askThem: QA_MANAGERS,
    run: press('form.open', { form: 'district.change', districtId: 'chesterfield' }),
  },
  {
    command: 'renames a district',
    by: NOT_QA,
    says: 'Only a QA manager can change a district.',
    askThem: QA_MANAGERS,
    run: press('district.change', { districtId: 'chesterfield', name: 'Chesterfield Borough', matLocality: 'X' }),
  },
  {
    command: 'asks to retire a district',
    by: NOT_QA,
    says: 'Only a QA manager can retire a district.',
    askThem: QA_MANAGERS,
    run: press('form.open', { form: 'district.retire', districtId: 'chesterfield' }),
  },
  {
    command: 'retires a district',
    by: NOT_QA,
    says: 'Only a QA manager can retire a district.',
    askThem: QA_MANAGERS,
    run: press('district.retire', { districtId: 'chesterfield' }),
  },
  {
    command: 'asks for the form to add a team',
    by: NOT_QA,
    says: 'Only a QA manager can add a team.',
    askThem: QA_MANAGERS,
    run: say('add a team to Chesterfield'),
  },
  {
    command: 'adds a team',
    by: NOT_QA,
    says: 'Only a QA manager can add a team.',
    askThem: QA_MANAGERS,
    run: press('team.add', { districtId: 'chesterfield', name: 'Duty Team', managerId: people.dee._id }),
  },
  {
    command: 'opens the form to change a team',
    by: NOT_QA,
    says: 'Only a QA manager can change a team.',
    askThem: QA_MANAGERS,
    run: press('form.open', { form: 'team.change', teamId: r.teamChesterfield._id }),
  },
  {
    command: 'changes a team’s manager',
    by: NOT_QA,
    says: 'Only a QA manager can change a team.',
    askThem: QA_MANAGERS,
    run: press('team.change', { teamId: r.teamChesterfield._id, name: 'CP Team 1', managerId: people.owen._id }),
  },
  {
    command: 'retires a team',
    by: NOT_QA,
    says: 'Only a QA manager can retire a team.',
    askThem: QA_MANAGERS,
    run: press('team.retire', { teamId: r.teamChesterfield._id }),
  },
  // People
  {
    command: 'asks who in the district’s channel is not registered',
    by: NOT_QA,
    says: 'Only a QA manager can add a channel’s members to the bot.',
    askThem: QA_MANAGERS,
    run: say('who here is not registered?', chesterfieldChannel),
  },
  {
    command: 'adds a channel’s members from a roster card',
    by: NOT_QA,
    says: 'Only a QA manager can add a channel’s members to the bot.',
    askThem: QA_MANAGERS,
    run: press('roster.add', { offerId: 'roster-chesterfield', role_0: 'qa_manager' }),
  },
  {
    command: 'applies a people file',
    by: NOT_QA,
    says: 'Only a QA manager can import people from a file.',
    askThem: QA_MANAGERS,
    run: press('peopleImport.apply', { importId: 'import-chesterfield' }),
  },
  {
    command: 'applies a district’s case list',
    by: NOT_QA,
    says: 'Only a QA manager can import a district’s case list.',
    askThem: QA_MANAGERS,
    run: press('caseList.apply', { listId: 'caselist-chesterfield' }),
  },
  {
    command: 'draws the case sample from the district’s stored case list',
    by: NOT_QA,
    says: 'Only a QA manager draws the case sample.',
    askThem: QA_MANAGERS,
    run: say('draw sample of 2 for Chesterfield'),
  },
  // The 48-hour notice
  {
    command: 'answers another district’s 48-hour notice',
    by: [owen, stella, dan, dee, pat],
    says: 'That Challenge Day was not found, or it is not in a district you work in.',
    askThem: HIDDEN,
    run: press('notice.reply', { challengeDayId: r.dayErewash._id, kind: 'attending' }),
  },
  {
    command: 'posts the notice again where no notice is out',
    by: NOT_QA,
    says: 'No Challenge Day you may know of has its 48-hour notice out now, so there is no notice to post again.',
    askThem: HIDDEN,
    run: say('post the notice again for Chesterfield'),
  },
  {
    command: 'asks who has not replied to the notice without being a manager',
    by: [owen, stella, dan, pat],
    says: 'Only managers can see who has not replied to a notice.',
    askThem: ownDistrictManagers,
    run: say('who hasn’t replied for Chesterfield'),
  },
  {
    command: 'asks who has not replied in another district',
    by: [dom, bill],
    says: 'You can see replies only for the districts you work in.',
    askThem: CHESTERFIELD_MANAGERS,
    run: say('who hasn’t replied for Chesterfield'),
  },
  {
    command: 'asks for the replies to a notice without being a manager',
    by: [owen, stella, dan, pat],
    says: 'Only managers can see the replies to a notice.',
    askThem: ownDistrictManagers,
    run: say('replies for Chesterfield'),
  },
  {
    command: 'asks for the replies to another district’s notice',
    by: [dom, bill],
    says: 'You can see replies only for the districts you work in.',
    askThem: CHESTERFIELD_MANAGERS,
    run: say('replies for Chesterfield'),
  },
  // Who came: the register is kept by the QA managers, the day's planner and the senior managers on its audit team
  {
    command: 'opens the register of who came without keeping it',
    by: [owen, stella, dan, dee, pat, bill],
    says: 'Only a QA manager, whoever planned the day, or a senior manager on its audit team can record who came.',
    askThem: QA_MANAGERS,
    run: say('register for Chesterfield'),
  },
  {
    command: 'records who came without keeping the register',
    by: [owen, stella, dan, dee, pat, bill],
    says: 'Only a QA manager, whoever planned the day, or a senior manager on its audit team can record who came.',
    askThem: QA_MANAGERS,
    run: press('register.submit', { challengeDayId: r.dayChesterfield._id, attended: people.owen._id }),
  },
  {
    command: 'records who came to another district’s day',
    by: [dom, ada, sam],
    says: 'That Challenge Day was not found.',
    askThem: HIDDEN,
    run: press('register.submit', { challengeDayId: r.dayChesterfield._id, attended: people.owen._id }),
  },
  // Learning themes: the vocabulary is the QA managers'; answers follow the action plan's need-to-know
  {
    command: 'adds a learning theme',
    by: NOT_QA,
    says: 'Only a QA manager can add a theme.',
    askThem: QA_MANAGERS,
    run: say('add theme Housing'),
  },
  {
    command: 'retires a learning theme',
    by: NOT_QA,
    says: 'Only a QA manager can retire a theme.',
    askThem: QA_MANAGERS,
    run: say('retire theme chronology'),
  },
  {
    command: 'renames a learning theme',
    by: NOT_QA,
    says: 'Only a QA manager can rename a theme.',
    askThem: QA_MANAGERS,
    run: say('rename theme recording to case recording'),
  },
  {
    command: 'asks for recurring themes without managing a district',
    by: [owen, stella, dan, ada, sam, pat],
    says: 'Learning themes are for QA managers, and for senior and district managers about their own districts.',
    askThem: ownDistrictManagers,
    run: say('recurring themes in Chesterfield'),
  },
  {
    command: 'asks for another district’s recurring themes',
    by: [dom, bill],
    says: 'You can see the themes only of the districts you manage; a QA manager can see any district’s.',
    askThem: QA_MANAGERS,
    run: say('recurring themes in Chesterfield'),
  },
  // Exports of the action plan
  {
    command: 'exports an action plan without managing one',
    by: [owen, stella, dan, ada, sam, pat],
    says: 'An action plan is exported by a QA manager, or by a senior or district manager for their own districts.',
    askThem: CHESTERFIELD_MANAGERS,
    run: say('export the action plan for Chesterfield'),
  },
  {
    command: 'exports another district’s action plan',
    by: [dom, bill],
    says: 'You can export the action plan only of the districts you manage; a QA manager can export any district’s.',
    askThem: CHESTERFIELD_MANAGERS,
    run: say('export all overdue actions for Chesterfield'),
  },
  // Performance figures on demand
  {
    command: 'asks for performance figures without managing a district’s plan',
    by: [owen, stella, dan, ada, sam, pat],
    says: 'Performance figures are for the district’s managers and the QA team.',
    askThem: ownDistrictManagers,
    run: say('performance for Chesterfield this quarter'),
  },
  {
    command: 'asks for another district’s performance figures',
    by: [dom],
    says: 'You can see performance figures only for the districts you manage; a QA manager can give you any other’s.',
    askThem: QA_MANAGERS,
    run: say('performance for Chesterfield this quarter'),
  },
  {
    command: 'asks for the county’s performance figures as a district manager',
    by: [dee, dom],
    says: 'County figures are for QA managers and senior managers.',
    askThem: QA_MANAGERS,
    run: say('county performance this year'),
  },
  // What is captured on the day
  {
    command: 'submits a case finding for a day of their district whose audit team they are not on',
    by: [owen, stella, dee, bill],
    says: NOT_ON_AUDIT_TEAM,
    askThem: QA_MANAGERS,
    run: press('finding.submit', { ...finding, challengeDayId: r.dayChesterfield._id }),
  },
  {
    command: 'submits a case finding for another district’s day',
    by: [ada, sam],
    says: DAY_NOT_FOUND,
    askThem: HIDDEN,
    run: press('finding.submit', { ...finding, challengeDayId: r.dayChesterfield._id }),
  },
  {
    command: 'records focus-group feedback without being a senior manager',
    by: [dan, owen, stella, dee, pat],
    says: ONLY_SENIOR_MANAGER_RECORDS('focus-group feedback'),
    askThem: ownSeniorManagers,
    run: press('focusGroup.submit', { challengeDayId: r.dayChesterfield._id, group: 'staff', attendeeCount: '8' }),
  },
  {
    command: 'records focus-group feedback for another district’s day they had the notice of',
    by: [bill],
    says: NOT_PART_OF_DAY,
    askThem: QA_MANAGERS,
    run: press('focusGroup.submit', { challengeDayId: r.dayChesterfield._id, group: 'staff', attendeeCount: '8' }),
  },
  {
    command: 'records focus-group feedback for another district’s day',
    by: [ada, sam, dom],
    says: DAY_NOT_FOUND,
    askThem: HIDDEN,
    run: press('focusGroup.submit', { challengeDayId: r.dayChesterfield._id, group: 'staff', attendeeCount: '8' }),
  },
  {
    command: 'records an observed visit without being a senior manager',
    by: [dan, owen, stella, dee, pat],
    says: ONLY_SENIOR_MANAGER_RECORDS('observed-visit notes'),
    askThem: ownSeniorManagers,
    run: press('visit.submit', {
      challengeDayId: r.dayChesterfield._id,
      workerReference: 'SW-0412',
      observed: 'A calm, child-centred visit.',
    }),
  },
  {
    command: 'records an observed visit for another district’s day they had the notice of',
    by: [bill],
    says: NOT_PART_OF_DAY,
    askThem: QA_MANAGERS,
    run: press('visit.submit', {
      challengeDayId: r.dayChesterfield._id,
      workerReference: 'SW-0412',
      observed: 'A calm, child-centred visit.',
    }),
  },
  {
    command: 'records an observed visit for another district’s day',
    by: [ada, sam, dom],
    says: DAY_NOT_FOUND,
    askThem: HIDDEN,
    run: press('visit.submit', {
      challengeDayId: r.dayChesterfield._id,
      workerReference: 'SW-0412',
      observed: 'A calm, child-centred visit.',
    }),
  },
  {
    command: 'asks for the case-finding form of a day of their district whose audit team they are not on',
    by: [owen, stella, dee, bill],
    says: NOT_ON_AUDIT_TEAM,
    askThem: QA_MANAGERS,
    run: say('case finding for Chesterfield'),
  },
  {
    command: 'asks for the case-finding form of another district’s day',
    by: [ada, sam],
    says: DAY_NOT_FOUND,
    askThem: HIDDEN,
    run: say('case finding for Chesterfield'),
  },
  {
    command: 'asks for the focus-group form without being a senior manager',
    by: [dan, owen, stella, dee, pat],
    says: ONLY_SENIOR_MANAGER_RECORDS('focus-group feedback'),
    askThem: ownSeniorManagers,
    run: say('focus group feedback for Chesterfield'),
  },
  {
    command: 'opens the observed-visit form without being a senior manager',
    by: [dan, owen, stella, dee, pat],
    says: ONLY_SENIOR_MANAGER_RECORDS('observed-visit notes'),
    askThem: ownSeniorManagers,
    run: press('form.open', { form: 'visit.submit', challengeDayId: r.dayChesterfield._id }),
  },
  {
    command: 'asks for the focus-group form of another district’s day they had the notice of',
    by: [bill],
    says: NOT_PART_OF_DAY,
    askThem: QA_MANAGERS,
    run: say('focus group feedback for Chesterfield'),
  },
  {
    command: 'asks for the focus-group form of another district’s day',
    by: [ada, sam, dom],
    says: DAY_NOT_FOUND,
    askThem: HIDDEN,
    run: say('focus group feedback for Chesterfield'),
  },
  // Findings
  {
    command: 'reads another district’s finding',
    by: [sam, ada, bill, dom],
    says: 'No finding CR-100001 was found among those you may read.',
    askThem: HIDDEN,
    run: say('show finding CR-100001'),
  },
  {
    command: 'reads another district’s finding by its id',
    by: [sam, ada, bill, dom],
    says: `No finding ${r.findingChesterfield._id} was found among those you may read.`,
    askThem: HIDDEN,
    run: say(`show finding ${r.findingChesterfield._id}`),
  },
  {
    command: 'reads another auditor’s finding as a partner-agency member',
    by: [pat],
    says: 'No finding CR-100001 was found among those you may read.',
    askThem: HIDDEN,
    run: say('show finding CR-100001'),
  },
  {
    command: 'reads another auditor’s finding by its id as a partner-agency member',
    by: [pat],
    says: `No finding ${r.findingChesterfield._id} was found among those you may read.`,
    askThem: HIDDEN,
    run: say(`show finding ${r.findingChesterfield._id}`),
  },
  {
    command: 'says they have acted on a safeguarding alert that was not for them',
    by: [sue, dan, owen, stella],
    says: 'Only the people this alert went to can say they have acted on it. Ask one of them: Priya Shah, Quinn Taylor or Dee Watts.',
    askThem: [priya, quinn, dee],
    run: press('safeguarding.acted', { caseFindingId: r.findingWithConcern._id }),
  },
  {
    command: 'says they have acted on another district’s safeguarding alert, or one about a case they did not audit',
    by: [sam, ada, bill, dom, pat],
    says: 'That safeguarding alert was not found among those you may see.',
    askThem: HIDDEN,
    run: press('safeguarding.acted', { caseFindingId: r.findingWithConcern._id }),
  },
  {
    command: 'opens another district’s finding from a safeguarding alert',
    by: [sam, ada, bill, dom, pat],
    says: `No finding ${r.findingWithConcern._id} was found among those you may read.`,
    askThem: HIDDEN,
    run: press('finding.open', { caseFindingId: r.findingWithConcern._id }),
  },
  {
    command: 'acknowledges a case’s findings sent to the manager of the team holding it',
    by: [ted, dan, owen, stella, dee, sue, priya],
    says: 'Only the manager case CR-100001’s findings were sent to can acknowledge them.',
    askThem: [tia],
    run: press('case.acknowledge', { caseHandbackId: r.handbackToTia._id }),
  },
  {
    command: 'acknowledges another district’s case findings, or a case a partner did not write the finding of',
    by: [pat, bill, sam, ada, dom],
    says: 'Those case findings were not found among those you may see.',
    askThem: HIDDEN,
    run: press('case.acknowledge', { caseHandbackId: r.handbackToTia._id }),
  },
  {
    command: 'moderates a finding without being a QA or senior manager',
    by: [dan, owen, dee, pat],
    says: 'Only a QA manager or a senior manager moderates findings.',
    askThem: [priya, quinn, sue],
    run: say('moderate CR-100001 overall outstanding'),
  },
  {
    command: 'moderates another district’s finding',
    by: [bill],
    says: 'No finding for CR-100001 was found in your districts.',
    askThem: HIDDEN,
    run: say('moderate CR-100001 overall outstanding'),
  },
  {
    command: 'reads a case’s audit trail without needing to know the case',
    by: [owen, stella, ted, pat, bill, sam, ada, dom],
    says: 'A case’s audit trail is shown only to those who need to know the case',
    askThem: QA_MANAGERS,
    run: say('audit trail for case CR-100001'),
  },
  {
    command: 'reads a finding’s grades and notes without needing to know the case (gets its reference and count)',
    by: [owen, stella, ted],
    says: 'A finding’s grades and notes are shown only to those who need to know the case',
    askThem: HIDDEN,
    run: say('show finding CR-100001'),
  },
  {
    command: 'reads the failed deliveries',
    by: NOT_QA,
    says: 'Only a QA manager can see failed deliveries.',
    askThem: QA_MANAGERS,
    run: say('show failed deliveries'),
  },
  // Actions
  {
    command: 'acknowledges someone else’s action',
    by: [stella, dan, pat],
    says: NOT_OWNER,
    askThem: [owen, ...CHESTERFIELD_MANAGERS],
    run: press('action.acknowledge', { actionId: r.openChesterfield._id }),
  },
  {
    command: 'acknowledges another district’s action',
    by: [sam, dom, bill, ada],
    says: ACTION_NOT_FOUND,
    askThem: HIDDEN,
    run: press('action.acknowledge', { actionId: r.openChesterfield._id }),
  },
  {
    command: 'asks for a new date on someone else’s action',
    by: [stella, dan, pat, sam, dom],
    says: '',
    askThem: ownerInTheirDistrict,
    run: press('action.requestDateChange', {
      actionId: r.openChesterfield._id,
      requestedDate: '2027-01-31',
      reason: 'Short of staff.',
    }),
  },
  {
    command: 'adds progress to someone else’s action',
    by: [stella, dan, pat, sam, dom],
    says: '',
    askThem: ownerInTheirDistrict,
    run: press('action.addProgress', { actionId: r.openChesterfield._id, note: 'Done half of it.' }),
  },
  {
    command: 'marks someone else’s action complete',
    by: [stella, dan, pat, sam, dom],
    says: '',
    askThem: ownerInTheirDistrict,
    run: press('action.complete', { actionId: r.acknowledgedChesterfield._id, evidence: 'All done.' }),
  },
  {
    command: 'approves a new date without managing the district',
    by: [owen, stella, dan, pat],
    says: NOT_DATE_MANAGER,
    askThem: CHESTERFIELD_MANAGERS,
    run: press('action.approveDateChange', { actionId: r.ownerAskedChesterfield._id }),
  },
  {
    command: 'approves a new date in another district',
    by: [dom, bill],
    says: ACTION_NOT_FOUND,
    askThem: HIDDEN,
    run: press('action.approveDateChange', { actionId: r.ownerAskedChesterfield._id }),
  },
  {
    command: 'approves their own date-change request',
    by: [dee],
    says: 'You asked for this new date, so another manager must decide on it.',
    askThem: [quinn, sue],
    run: press('action.approveDateChange', { actionId: r.managerAskedChesterfield._id }),
  },
  {
    command: 'declines a new date without managing the district',
    by: [owen, stella, dan, pat],
    says: NOT_DATE_MANAGER,
    askThem: CHESTERFIELD_MANAGERS,
    run: press('action.declineDateChange', { actionId: r.ownerAskedChesterfield._id, reason: 'No.' }),
  },
  {
    command: 'declines their own date-change request',
    by: [dee],
    says: 'You asked for this new date, so another manager must decide on it.',
    askThem: [quinn, sue],
    run: press('action.declineDateChange', { actionId: r.managerAskedChesterfield._id, reason: 'No.' }),
  },
  {
    command: 'verifies a completed action without managing the district',
    by: [owen, stella, dan, pat],
    says: NOT_VERIFIER,
    askThem: CHESTERFIELD_MANAGERS,
    run: press('action.verify', { actionId: r.completedChesterfield._id }),
  },
  {
    command: 'verifies a completed action in another district',
    by: [dom, bill],
    says: ACTION_NOT_FOUND,
    askThem: HIDDEN,
    run: press('action.verify', { actionId: r.completedChesterfield._id }),
  },
  {
    command: 'verifies their own completed action',
    by: [dee],
    says: 'This action is yours, so another manager must check that it is done.',
    askThem: [quinn, sue],
    run: press('action.verify', { actionId: r.deesCompletedChesterfield._id }),
  },
  {
    command: 'reopens a completed action without managing the district',
    by: [owen, stella, dan, pat],
    says: NOT_VERIFIER,
    askThem: CHESTERFIELD_MANAGERS,
    run: press('action.reopen', { actionId: r.completedChesterfield._id, reason: 'Not done.' }),
  },
  {
    command: 'reopens their own completed action',
    by: [dee],
    says: 'This action is yours, so another manager must check that it is done.',
    askThem: [quinn, sue],
    run: press('action.reopen', { actionId: r.deesCompletedChesterfield._id, reason: 'Not done.' }),
  },
  {
    command: 'gives an action to someone else from its Reassign button',
    by: [owen, stella, dan, pat],
    says: ONLY_REASSIGNERS,
    askThem: CHESTERFIELD_MANAGERS,
    run: press('action.reassign', { actionId: r.openChesterfield._id, ...reassignTo(stella) }),
  },
  {
    command: 'opens the Reassign form of an action',
    by: [owen, stella, dan, pat],
    says: ONLY_REASSIGNERS,
    askThem: CHESTERFIELD_MANAGERS,
    run: press('form.open', { form: 'action.reassign', actionId: r.openChesterfield._id }),
  },
  {
    command: 'gives an action of another district to someone else',
    by: [dom, bill],
    says: ACTION_NOT_FOUND,
    askThem: HIDDEN,
    run: press('action.reassign', { actionId: r.openChesterfield._id, ...reassignTo(stella) }),
  },
  {
    command: 'gives an action to someone else in words',
    by: [owen, stella, dan, pat],
    says: ONLY_REASSIGNERS,
    askThem: CHESTERFIELD_MANAGERS,
    run: sayReassign(r.openChesterfield._id, 'Stella Brook'),
  },
  {
    command: 'gives an action of another district to someone else in words',
    by: [dom, bill],
    says: '',
    askThem: HIDDEN,
    run: sayReassign(r.openChesterfield._id, 'Stella Brook'),
  },
  {
    command: 'asks which new dates wait for their decision',
    by: [owen, stella, dan, pat, sam, ada],
    says: 'Only a district’s managers decide on new dates. Your own requests show on your actions: ask “my actions”.',
    askThem: ownDistrictManagers,
    run: say('date requests'),
  },
  {
    command: 'asks what is waiting for their approval without being a manager',
    by: [owen, stella, dan, pat, sam, ada],
    says: 'Only managers are asked to decide: a district’s managers approve new dates and verify completed actions, its senior managers verify reports. Your own actions: ask “my actions”.',
    askThem: ownDistrictManagers,
    run: say('what is waiting for my approval?'),
  },
  {
    command: 'asks who owns the most overdue actions without being a manager',
    by: [owen, stella, dan, pat, sam, ada],
    says: 'Only managers can see who holds the most overdue actions. Your own: ask “my overdue actions”.',
    askThem: ownDistrictManagers,
    run: say('who owns the most overdue actions?'),
  },
  {
    command: 'asks who owns the most overdue actions in another district',
    by: [dom, bill],
    says: 'You can see actions only for the districts you work in.',
    askThem: CHESTERFIELD_MANAGERS,
    run: say('who owns the most overdue actions in Chesterfield'),
  },
  {
    command: 'asks how many overdue actions another district has',
    by: [sam, dom, bill, ada],
    says: 'You can see actions only for the districts you work in.',
    askThem: CHESTERFIELD_MANAGERS,
    run: say('how many overdue actions in Chesterfield'),
  },
  {
    command: 'asks when another district’s next Challenge Day is',
    by: [sam, dom, ada],
    says: 'You can ask about the Challenge Days of the districts you work in.',
    askThem: QA_MANAGERS,
    run: say('when is the next Challenge Day in Chesterfield?'),
  },
  {
    command: 'asks who is on the audit team of another district’s next Challenge Day',
    by: [sam, dom, ada],
    says: 'You can ask about the Challenge Days of the districts you work in.',
    askThem: QA_MANAGERS,
    run: say('who is on the audit team for the next Challenge Day in Chesterfield?'),
  },
  {
    command: 'asks what the last Challenge Day found before its report is verified',
    by: [sue, dee, dan, owen, stella, pat],
    says: 'What that Challenge Day found is shared once a senior manager has verified its report. Ask a QA manager, Priya Shah or Quinn Taylor.',
    askThem: QA_MANAGERS,
    run: say('how did the last Challenge Day in Chesterfield go?'),
  },
  {
    command: 'asks what came out of the last Challenge Day before its report is verified',
    by: [sue, owen],
    says: 'What that Challenge Day found is shared once a senior manager has verified its report. Ask a QA manager, Priya Shah or Quinn Taylor.',
    askThem: QA_MANAGERS,
    run: say('what came out of the last Challenge Day in Chesterfield'),
  },
  {
    command: 'asks for another district’s overdue actions',
    by: [sam, dom, bill, ada],
    says: 'You can see actions only for the districts you work in.',
    askThem: CHESTERFIELD_MANAGERS,
    run: say('overdue actions for Chesterfield'),
  },
  {
    command: 'asks, through a result’s next page, for another district’s actions',
    by: [owen, dan, dee, sue, pat],
    says: 'You can see actions only for the districts you work in.',
    askThem: EREWASH_MANAGERS,
    run: press('query.page', { query: 'overdue actions for Erewash', page: '2' }),
  },
  {
    command: 'asks, through a suggested question changed on its button, for another district’s actions',
    by: [priya, owen, dan, dee, sue, pat],
    says: 'That button was changed after the bot sent it, so its question was not asked.',
    askThem: HIDDEN,
    run: press('question.ask', { question: 'overdue actions for Erewash', seal: '0'.repeat(64) }),
  },
  // The report
  {
    command: 'drafts the report',
    by: NOT_QA,
    says: 'Only a QA manager drafts the Challenge Day report.',
    askThem: QA_MANAGERS,
    run: say('draft the report for Chesterfield'),
  },
  {
    command: 'changes an action of the draft report',
    by: NOT_QA,
    says: 'Only a QA manager can change the draft report.',
    askThem: QA_MANAGERS,
    run: press('report.editAction', {
      ...draftAction,
      what: 'Record wishes and feelings at every visit',
      ownerId: owen._id,
      dueDate: '2027-01-20',
      priority: 'high',
    }),
  },
  {
    command: 'opens the form to change an action of the draft report',
    by: NOT_QA,
    says: 'Only a QA manager can change the draft report.',
    askThem: QA_MANAGERS,
    run: press('form.open', { form: 'report.editAction', ...draftAction }),
  },
  {
    command: 'pages through the draft report',
    by: NOT_QA,
    says: 'That report was not found.',
    askThem: HIDDEN,
    run: press('report.page', { reportId: r.draftReportChesterfield._id, page: '1' }),
  },
  {
    command: 'asks for a link to the draft report',
    by: NOT_QA,
    says: 'That report was not found.',
    askThem: HIDDEN,
    run: press('report.openLink', { reportId: r.draftReportChesterfield._id }),
  },
  {
    command: 'asks for a link to a report awaiting verification without being a QA or senior manager',
    by: [dee, dan, owen, pat, sam],
    says: 'That report was not found.',
    askThem: HIDDEN,
    run: press('report.openLink', { reportId: r.submittedReportChesterfield._id }),
  },
  {
    command: 'submits the draft report',
    by: NOT_QA,
    says: 'Only a QA manager submits the report.',
    askThem: QA_MANAGERS,
    run: press('report.submit', { reportId: r.draftReportChesterfield._id }),
  },
  {
    command: 'verifies a report without being a senior manager',
    by: [priya, dee, dan, owen, pat],
    says: 'Only a senior manager can verify a report.',
    askThem: [bill, quinn, sue],
    run: press('report.approve', { reportId: r.submittedReportChesterfield._id }),
  },
  {
    command: 'verifies their own report',
    by: [quinn],
    says: 'You drafted this report, so another senior manager must verify it.',
    askThem: [bill, sue],
    run: press('report.approve', { reportId: r.submittedReportChesterfield._id }),
  },
  {
    command: 'returns a report without being a senior manager',
    by: [priya, dee, dan, owen, pat],
    says: 'Only a senior manager can verify a report.',
    askThem: [bill, quinn, sue],
    run: press('report.return', { reportId: r.submittedReportChesterfield._id, comments: 'Add the themes.' }),
  },
  {
    command: 'returns their own report',
    by: [quinn],
    says: 'You drafted this report, so another senior manager must verify it.',
    askThem: [bill, sue],
    run: press('report.return', { reportId: r.submittedReportChesterfield._id, comments: 'Add the themes.' }),
  },
  // People
  {
    command: 'opens the form to add a person',
    by: NOT_PEOPLE_MANAGERS,
    says: ONLY_PEOPLE_MANAGERS,
    askThem: ownDistrictManager,
    run: say('add a person'),
  },
  {
    command: 'adds a person',
    by: NOT_PEOPLE_MANAGERS,
    says: ONLY_PEOPLE_MANAGERS,
    askThem: ownDistrictManager,
    run: press('person.add', newStarter),
  },
  {
    command: 'adds a person to another district',
    by: [dom],
    says: OWN_DISTRICT_STAFF_ONLY,
    askThem: QA_MANAGERS,
    run: press('person.add', newStarter),
  },
  {
    command: 'gives a new person a county-wide role',
    by: [dee],
    says: ONLY_QA_GIVES_COUNTY_ROLES,
    askThem: QA_MANAGERS,
    run: press('person.add', { ...newStarter, roles: 'senior_manager' }),
  },
  {
    command: 'lists a district’s people',
    by: NOT_PEOPLE_MANAGERS,
    says: ONLY_PEOPLE_MANAGERS,
    askThem: ownDistrictManager,
    run: say('people in Chesterfield'),
  },
  {
    command: 'lists another district’s people',
    by: [dom],
    says: 'A district manager can see only the staff of their own districts; for anyone else, a QA manager can.',
    askThem: QA_MANAGERS,
    run: say('people in Chesterfield'),
  },
  {
    command: 'pages through another district’s people',
    by: [dom],
    says: 'A district manager can see only the staff of their own districts; for anyone else, a QA manager can.',
    askThem: QA_MANAGERS,
    run: press('people.page', { districtId: 'chesterfield', page: '2' }),
  },
  {
    command: 'asks to change someone',
    by: NOT_PEOPLE_MANAGERS,
    says: ONLY_PEOPLE_MANAGERS,
    askThem: ownDistrictManager,
    run: say('change Owen Hart'),
  },
  {
    command: 'asks to change someone in another district',
    by: [dom],
    says: OWN_DISTRICT_STAFF_ONLY,
    askThem: QA_MANAGERS,
    run: say('change Owen Hart'),
  },
  {
    command: 'asks to change a senior manager by name',
    by: [dee],
    says: ONLY_QA_GIVES_COUNTY_ROLES,
    askThem: QA_MANAGERS,
    run: say('change Sue Marsh'),
  },
  {
    command: 'opens the form to change someone in another district',
    by: [dom],
    says: OWN_DISTRICT_STAFF_ONLY,
    askThem: QA_MANAGERS,
    run: press('form.open', { form: 'person.change', personId: owen._id }),
  },
  {
    command: 'changes someone',
    by: NOT_PEOPLE_MANAGERS,
    says: ONLY_PEOPLE_MANAGERS,
    askThem: ownDistrictManager,
    run: press('person.change', { personId: owen._id, ...owenMoved }),
  },
  {
    command: 'changes someone in another district',
    by: [dom],
    says: OWN_DISTRICT_STAFF_ONLY,
    askThem: QA_MANAGERS,
    run: press('person.change', { personId: owen._id, ...owenMoved }),
  },
  {
    command: 'changes a QA manager’s record',
    by: [dee],
    says: ONLY_QA_GIVES_COUNTY_ROLES,
    askThem: QA_MANAGERS,
    run: press('person.change', { personId: priya._id, ...owenMoved }),
  },
  {
    command: 'says someone has left',
    by: NOT_PEOPLE_MANAGERS,
    says: ONLY_PEOPLE_MANAGERS,
    askThem: ownDistrictManager,
    run: say('Owen Hart has left'),
  },
  {
    command: 'says someone in another district has left',
    by: [dom],
    says: OWN_DISTRICT_STAFF_ONLY,
    askThem: QA_MANAGERS,
    run: say('Owen Hart has left'),
  },
  {
    command: 'records that someone has left',
    by: NOT_PEOPLE_MANAGERS,
    says: ONLY_PEOPLE_MANAGERS,
    askThem: ownDistrictManager,
    run: press('person.left', { personId: owen._id }),
  },
  {
    command: 'records that someone in another district has left',
    by: [dom],
    says: OWN_DISTRICT_STAFF_ONLY,
    askThem: QA_MANAGERS,
    run: press('person.left', { personId: owen._id }),
  },
  {
    command: 'records that they themselves have left',
    by: [dee],
    says: 'You cannot record yourself as having left: another manager records it.',
    askThem: QA_MANAGERS,
    run: press('person.left', { personId: dee._id }),
  },
  {
    command: 'records that a senior manager has left',
    by: [dee],
    says: ONLY_QA_GIVES_COUNTY_ROLES,
    askThem: QA_MANAGERS,
    run: press('person.left', { personId: sue._id }),
  },
  {
    command: 'gives someone’s actions to another person',
    by: NOT_PEOPLE_MANAGERS,
    says: ONLY_PEOPLE_MANAGERS,
    askThem: ownDistrictManager,
    run: press('person.handOn', { personId: owen._id, newOwnerId: stella._id }),
  },
  {
    command: 'gives actions of someone in another district to another person',
    by: [dom],
    says: OWN_DISTRICT_STAFF_ONLY,
    askThem: QA_MANAGERS,
    run: press('person.handOn', { personId: owen._id, newOwnerId: stella._id }),
  },
  {
    command: 'gives the actions of someone who has not left to another person',
    by: [priya, dee],
    says: 'Record that Owen Hart has left before giving their actions to someone.',
    askThem: HIDDEN,
    run: press('person.handOn', { personId: owen._id, newOwnerId: stella._id }),
  },
];

/** Owners of someone else's action in their own district are told so; elsewhere the action is not found. */
function expectedMessage(refusal: Refusal, person: Person): string {
  if (refusal.says) return refusal.says;
  if (refusal.command.includes('in words')) return ANOTHER_DISTRICTS_REFERENCE;
  return person.districtIds.includes('chesterfield') ? NOT_OWNER : ACTION_NOT_FOUND;
}

function helpersFor(refusal: Refusal, person: Person): readonly Person[] {
  return typeof refusal.askThem === 'function' ? refusal.askThem(person) : refusal.askThem;
}

/**
 * The refusal's last "Ask …" sentence names everyone who can help and nobody else (never the person
 * refused); a record kept hidden gets no such sentence.
 */
function expectToBeToldWhoCanHelp(shown: string, helpers: readonly Person[]): void {
  const ask = [...shown.matchAll(/Ask [^.]*\./g)].at(-1)?.[0];
  if (helpers.length === 0) {
    expect(ask).toBeUndefined();
    return;
  }
  expect(ask).toBeDefined();
  for (const someone of Object.values(people)) {
    if (helpers.includes(someone)) expect(ask).toContain(someone.displayName);
    else expect(ask).not.toContain(someone.displayName);
  }
}

beforeAll(async () => {
  // Everyone has a personal chat with the bot on both platforms, as after their first message.
  for (const channel of channels) for (const person of Object.values(people)) await channel.say(person, 'help');
});

describe.each(channels)('$name', (channel) => {
  for (const refusal of refusals) {
    for (const person of refusal.by) {
      it(`${who(person)} ${refusal.command}: refused, and nothing stored changes`, async () => {
        const before = await everythingStored(database.stores);

        const answer = await refusal.run(channel, person);

        expect(answer.status).toBe(200);
        expect(answer.shown).toContain(expectedMessage(refusal, person));
        expectToBeToldWhoCanHelp(answer.shown, helpersFor(refusal, person));
        expect(await everythingStored(database.stores)).toEqual(before);
      });
    }
  }
});

describe('what a refused person reads, in full: why, and who can help by name', () => {
  const slack = channels[1] as Channel;
  const QA = 'Ask a QA manager, Priya Shah or Quinn Taylor.';
  const cases: [string, Person, (channel: Channel, person: Person) => Promise<Answer>, string][] = [
    [
      'wrong role: staff planning a Challenge Day',
      owen,
      press('plan.submit', plan),
      `Only a QA manager can plan a Challenge Day. ${QA}`,
    ],
    [
      'wrong district: a senior manager asking for another district’s overdue actions',
      bill,
      say('overdue actions for Chesterfield'),
      'You can see actions only for the districts you work in. Ask a manager of Chesterfield, Quinn Taylor, Sue Marsh or Dee Watts.',
    ],
    [
      'wrong audit team: staff of the district asking for the day’s case-finding form',
      owen,
      say('case finding for Chesterfield'),
      NOT_ON_AUDIT_TEAM,
    ],
    [
      'someone else’s action: staff acknowledging a colleague’s action',
      stella,
      press('action.acknowledge', { actionId: r.openChesterfield._id }),
      `${NOT_OWNER} Ask its owner, Owen Hart, or a manager of Chesterfield, Quinn Taylor, Sue Marsh or Dee Watts.`,
    ],
    [
      'a day’s matter: a district manager cancelling the district’s next Challenge Day',
      dee,
      say('cancel the Challenge Day for Chesterfield'),
      `Only a QA manager can cancel a Challenge Day. ${QA}`,
    ],
    [
      'a district manager deciding on a new date they asked for themselves',
      dee,
      press('action.approveDateChange', { actionId: r.managerAskedChesterfield._id }),
      'You asked for this new date, so another manager must decide on it. Ask a manager of Chesterfield, Quinn Taylor or Sue Marsh.',
    ],
  ];

  it.each(cases)('%s', async (_case, person, run, message) => {
    const before = await everythingStored(database.stores);

    const answer = await run(slack, person);

    expect(answer.shown).toContain(message);
    expect(await everythingStored(database.stores)).toEqual(before);
  });
});

describe('the same records, for the people allowed to use them', () => {
  const slack = channels[1] as Channel;

  it('those who need to know the case read Chesterfield’s finding in full: the QA manager, the day’s auditor, the district’s senior and district managers, the manager of the team holding the case', async () => {
    for (const person of [priya, dan, sue, dee, tia]) {
      const answer = await slack.say(person, 'show finding CR-100001');
      expect(answer.shown, who(person)).toContain('Dan’s notes: consistent worker who knows the family well.');
    }
  });

  it('a Chesterfield worker sees the finding’s case reference and a count, not its grades or notes', async () => {
    const answer = await slack.say(stella, 'show finding CR-100001');
    expect(answer.shown).toContain('CR-100001');
    expect(answer.shown).toContain('Findings recorded');
    expect(answer.shown).not.toContain('Dan’s notes');
  });

  it('those who need to know the case read its audit trail', async () => {
    for (const person of [priya, dan, sue, dee, tia]) {
      const answer = await slack.say(person, 'audit trail for case CR-100001');
      expect(answer.shown, who(person)).toContain('Audit trail for case CR-100001');
    }
  });

  it('the manager of the team holding the case reads its finding and audit trail, each view recorded; the manager of another team in the district gets the reference only', async () => {
    const finding = await slack.say(tia, 'show finding CR-100001');
    const trail = await slack.say(tia, 'audit trail for case CR-100001');
    const otherTeam = await slack.say(ted, 'show finding CR-100001');

    expect(finding.shown).toContain('Dan’s notes: consistent worker who knows the family well.');
    expect(trail.shown).toContain('Audit trail for case CR-100001');
    const views = (await database.stores.auditEvents.aboutCase('CR-100001')).filter(
      (event) => event.actorId === tia._id && event.transition === 'view',
    );
    expect(views.map((event) => event.entityKind).sort()).toEqual(['case', 'case_finding']);
    expect(otherTeam.shown).toContain('Findings recorded');
    expect(otherTeam.shown).not.toContain('Dan’s notes');
  });

  it('a partner-agency member reads their own finding', async () => {
    const answer = await slack.say(pat, `show finding ${r.findingByPat._id}`);
    expect(answer.shown).toContain('Pat’s notes: police checks done on time.');
  });

  it('the owner acknowledges their own action', async () => {
    await slack.press(sam, 'action.acknowledge', { actionId: r.openErewash._id });
    expect((await database.stores.actions.findById(r.openErewash._id))?.status).toBe('acknowledged');
  });

  it('another manager of the district approves the date a manager asked for', async () => {
    await slack.press(sue, 'action.approveDateChange', { actionId: r.managerAskedChesterfield._id });
    const action = await database.stores.actions.findById(r.managerAskedChesterfield._id);
    expect(action?.dateChangeRequest).toBeUndefined();
    expect(action?.dueDate).toEqual(r.managerAskedChesterfield.dateChangeRequest?.requestedDate);
  });

  it('a senior manager who did not draft the report verifies it', async () => {
    await slack.press(sue, 'report.approve', { reportId: r.submittedReportChesterfield._id });
    expect((await database.stores.reports.findById(r.submittedReportChesterfield._id))?.status).toBe('approved');
  });

  it('the QA manager, and the district’s senior and district managers, get their own links to its action plan export', async () => {
    for (const person of [priya, sue, dee]) {
      const answer = await slack.say(person, 'export the action plan for Chesterfield');
      expect(answer.shown, who(person)).toContain('Download CSV');
      expect(answer.shown, who(person)).toContain('These links are for you only');
      const granted = (await database.stores.auditEvents.byActor(person._id)).filter(
        (event) => event.entityKind === 'action_export' && event.transition === 'link_granted',
      );
      expect(granted, who(person)).toHaveLength(1);
    }
  });

  it('the QA manager links a channel to the district', async () => {
    await slack.say(priya, 'link this channel to Chesterfield', 'channel', aNewChannel.Slack);
    const link = await database.stores.conversationLinks.findByConversation('slack', aNewChannel.Slack);
    expect(link?.districtId).toBe('chesterfield');
  });
});

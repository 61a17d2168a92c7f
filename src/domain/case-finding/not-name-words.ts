/**
 * Capitalised words that are not people's names: the service's roles, teams, places and buildings, the
 * calendar, and the verbs a sentence starts with. "Team Manager", "Chesterfield Town Hall" or "Ask the
 * Child Protection chair" are then not mistaken for a name, while "Jamie Smith" and "Ask Jamie Smith" are.
 */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  `a about after all an and any as at by for from if in into it its no not of on or our the their this that
  these those to we when where which with within without
  ask agree arrange audit born called check complete discuss ensure make met named please record review
  see seen share spoke talked update use visit visited lives living
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  team teams manager managers management service services social care worker workers work child children
  young people person family families parent parents carer carers protection plan plans planning conference
  core group groups council county district districts health visitor visitors nurse police constabulary
  school schools education early help ofsted inspection audits auditor auditors challenge day days reviews
  board safeguarding local authority court assessment assessments multi agency agencies multi-agency
  partnership partnerships quality assurance senior head director officer lead leader practitioner
  practitioners practice supervision supervisor case cases duty intake referral referrals front door mash
  hub office offices centre center hall house room rooms building library station hospital clinic surgery
  base site road street lane avenue way park town city village north south east west new old high long
  upper lower great little valley dales peak derbyshire committee meeting meetings strategy looked
  domestic abuse violence neglect mental substance misuse sexual exploitation criminal missing episode
  youth offending justice independent reviewing chair public law legal special guardianship order orders
  emergency interim professional professionals virtual personal pathway leavers priority urgent low medium
  healthy living community civic leisure resource resources learning training suite floor wing block annexe
  unit area fire ambulance microsoft teams slack bot mat`
    .split(/\s+/)
    .filter(Boolean),
);

import type { Theme } from './theme.js';
import { themeIdFor } from './theme.js';

/**
 * The themes a county starts with: what children's social care audits most often find recurring. Each has
 * the words that suggest it in a finding, a focus group's notes or a visit's, for the suggestions on receipts.
 */
const SEEDED: readonly { name: string; cues: readonly string[] }[] = [
  {
    name: 'Management oversight',
    cues: ['oversight', 'management direction', 'manager direction', 'managerial', 'sign-off', 'signed off'],
  },
  {
    name: 'Voice of the child',
    cues: ['voice of the child', 'child’s voice', "child's voice", 'wishes and feelings', 'seen alone', 'direct work'],
  },
  { name: 'Planning', cues: ['plan', 'plans', 'planning', 'smart', 'contingency', 'outcomes'] },
  { name: 'Chronology', cues: ['chronology', 'chronologies', 'timeline', 'history of the case'] },
  {
    name: 'Multi-agency working',
    cues: [
      'multi-agency',
      'multi agency',
      'partner',
      'partners',
      'police',
      'health visitor',
      'school',
      'gp',
      'strategy discussion',
    ],
  },
  { name: 'Supervision', cues: ['supervision', 'supervised', 'reflective', 'supervisor'] },
  { name: 'Recording', cues: ['recording', 'recorded', 'case notes', 'case recording', 'write-up', 'up to date'] },
  { name: 'Assessment', cues: ['assessment', 'assessments', 'analysis', 'risk analysis'] },
  { name: 'Timeliness', cues: ['timeliness', 'timely', 'delay', 'delayed', 'drift', 'overdue', 'late'] },
];

/** The seeded themes as records, added at the given time; ids follow their names. */
export function seededThemes(at: Date): Theme[] {
  return SEEDED.map(({ name, cues }) => ({ _id: themeIdFor(name), name, cues: [...cues], addedAt: at }));
}

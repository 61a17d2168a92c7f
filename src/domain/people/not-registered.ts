import { formatCalendarDate, londonCalendarDate } from '../shared/london-time.js';
import type { Person } from './person.js';

/** "Priya Patel", "Priya Patel or Martin Cole", "Ann Lee, Priya Patel or Martin Cole". */
export function either(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

/**
 * What someone the bot does not know is told, in one sentence: who can add them, by name. With no QA
 * manager registered yet, nobody in the county can, so they are sent to whoever runs the bot.
 */
export function notRegisteredMessage(qaManagers: readonly Pick<Person, 'displayName'>[]): string {
  const names = qaManagers.map((person) => person.displayName);
  if (names.length === 0) {
    return 'You are not registered with the Challenge Day bot yet, and no QA manager is registered to add you: ask whoever runs the bot for your county.';
  }
  const who = names.length === 1 ? 'your QA manager' : 'a QA manager';
  return `You are not registered with the Challenge Day bot yet, so it cannot act for you: ask ${who}, ${either(names)}, to add you.`;
}

/**
 * What someone recorded as having left is told when they write or press a button: that the bot no longer
 * acts for them, and which QA managers can put it right if the record is wrong.
 */
export function leftMessage(leftAt: Date, qaManagers: readonly Pick<Person, 'displayName'>[]): string {
  const names = qaManagers.map((person) => person.displayName);
  const when = formatCalendarDate(londonCalendarDate(leftAt));
  const ask =
    names.length === 0
      ? 'whoever runs the bot for your county'
      : `${names.length === 1 ? 'your QA manager' : 'a QA manager'}, ${either(names)},`;
  return `Your record says you left the service on ${when}, so the Challenge Day bot no longer acts for you: if that is wrong, ask ${ask} to change it.`;
}

import { actorFor } from '../../domain/people/actor.js';
import { overdueDistricts } from '../../domain/programme/overdue-districts.js';
import { mayAskOverdueDistricts } from '../../domain/programme/permissions.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { formatCalendarDate, formatLondon, londonCalendarDate } from '../../domain/shared/london-time.js';
import { loadProgramme } from '../../programme/load-programme.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { answer } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import type { TextMessage } from './text-message.js';

/**
 * "which districts are overdue for a Challenge Day?": from this year's programme, the districts whose proposed
 * day has passed without a day planned for it, and those whose last day was longer ago than their interval.
 */
export async function answerOverdueDistricts(
  deps: InteractionDeps,
  message: TextMessage,
  now: Date,
): Promise<Outcome<Reply>> {
  const allowed = mayAskOverdueDistricts(actorFor(message.person));
  if (!allowed.ok) return allowed;
  const today = londonCalendarDate(now);
  const year = today.getUTCFullYear();
  const loaded = await loadProgramme(deps.stores, year);
  if (!loaded) {
    return refuse(
      'not_found',
      `No programme of Challenge Days is set for ${year}, so none is overdue by it. A QA manager sets it with “programme for ${year}”.`,
    );
  }
  const lastDays = new Map<string, Date>();
  for (const line of loaded.programme.rota) {
    const last = await deps.stores.challengeDays.latestForDistrict(line.districtId, today);
    if (last) lastDays.set(line.districtId, last.date);
  }
  const overdue = overdueDistricts(loaded.programme, loaded.days, lastDays, today);
  const districts = await deps.stores.districts.all();
  const name = (id: string) => districts.find((district) => district._id === id)?.name ?? id;
  const facts = overdue.map((district) => ({
    title: name(district.districtId),
    value:
      district.kind === 'missed'
        ? `its proposed day, ${formatCalendarDate(district.proposedDate)}, passed without a Challenge Day planned${district.lastDay ? `; the last was on ${formatCalendarDate(district.lastDay)}` : ''}`
        : `no Challenge Day since ${formatCalendarDate(district.lastDay)}, longer than its ${district.everyWeeks} weeks`,
  }));
  return succeed(
    answer(
      overdue.length === 0
        ? 'No district is overdue for a Challenge Day'
        : `${overdue.length} ${overdue.length === 1 ? 'district is' : 'districts are'} overdue for a Challenge Day`,
      facts,
      `From the ${year} programme (“programme ${year}”). A QA manager plans a day with “plan”, or moves or skips a proposed one.`,
      `As it stands on ${formatLondon(now)}`,
    ),
  );
}

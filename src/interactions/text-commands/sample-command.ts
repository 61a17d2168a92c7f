import { actorFor } from '../../domain/people/actor.js';
import type { Person } from '../../domain/people/person.js';
import { drawCaseSample, tooFewWorkersNote } from '../../domain/sampling/draw-case-sample.js';
import { readSampleCommand, type SampleCommand } from '../../domain/sampling/read-sample-request.js';
import { refuse, succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { formatCalendarDate } from '../../domain/shared/london-time.js';
import { caseSamplePorts } from '../case-sample-ports.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { receipt } from '../present/message-cards.js';
import { reachNote } from '../present/reach-note.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';

/** From the district's case list (or a pasted one): draw the sample for the district's next day and send the cards. */
async function drawSampleFromChat(
  deps: InteractionDeps,
  person: Person,
  command: SampleCommand,
  now: Date,
): Promise<Outcome<Reply>> {
  if (!command.districtId)
    return refuse(
      'invalid_input',
      'Say which district, e.g. “draw sample of 8 for Chesterfield”: it is drawn from the district’s case list, or from cases pasted on the lines below.',
    );
  const upcoming = await deps.stores.challengeDays.upcoming(new Date(now.getTime() - 86_400_000));
  const day = upcoming.find((candidate) => candidate.districtId === command.districtId);
  if (!day) return refuse('not_found', 'There is no Challenge Day planned in that district to draw a sample for.');
  const commandId = `sample:${day._id}:${command.seed ?? ''}:${command.size}`;
  const drawn = await drawCaseSample(
    caseSamplePorts(deps.stores),
    { challengeDayId: day._id, ...command },
    { actor: actorFor(person), commandId, now },
  );
  if (!drawn.ok) return drawn;
  const queued = await deps.deliver(drawn.value.deliveries);
  const sent = await reachNote(deps.stores, drawn.value.deliveries, queued, {
    reached: 'Case-finding cards sent to',
    otherwise: 'give them their cases directly',
  });
  const { sample } = drawn.value;
  const names = await Promise.all(
    [...new Set(sample.cases.map((entry) => entry.auditorId))].map((id) => deps.stores.people.findById(id)),
  );
  return succeed(
    receipt(
      `Case sample drawn: ${sample.cases.length} cases for ${formatCalendarDate(day.date)}`,
      person.displayName,
      sample.drawnAt,
      [
        { title: 'Seed', value: sample.seed },
        ...names.flatMap((auditor) =>
          auditor
            ? [
                {
                  title: auditor.displayName,
                  value: sample.cases
                    .filter((entry) => entry.auditorId === auditor._id)
                    .map((entry) => `${entry.caseReference}${entry.site === 'mat' ? ' (MAT)' : ''}`)
                    .join(', '),
                },
              ]
            : [],
        ),
      ],
      [sent, tooFewWorkersNote(sample), 'Drawing again with the same list and seed gives the same sample.']
        .filter((part) => part !== '')
        .join(' '),
    ),
  );
}

/** "draw sample of 8 for Chesterfield" with one "case reference, team" per line below. */
export const drawSampleCommand = chatCommand(readSampleCommand, (deps, message, command, now) =>
  drawSampleFromChat(deps, message.person, command, now),
);

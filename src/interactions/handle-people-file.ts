import type { ConversationLink } from '../domain/links/conversation-link.js';
import { actorFor } from '../domain/people/actor.js';
import { isPeopleFileName, shownFileName } from '../domain/people/people-file-name.js';
import { mayImportPeople } from '../domain/people/permissions.js';
import type { Person } from '../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../domain/shared/domain-error.js';
import { newId } from '../domain/shared/new-id.js';
import { planPeopleImport } from '../people-import/people-import.js';
import { replyForFailure } from './failures.js';
import type { InteractionDeps } from './interaction-deps.js';
import { peopleImportCard } from './present/people-import-card.js';
import type { Reply } from './reply.js';
import { withWhoCanHelp } from './who-can-help.js';

/** A file someone sent the bot, as the channel describes it before anything is downloaded. */
export interface PeopleFileUpload {
  readonly person: Person;
  readonly conversation: ConversationLink;
  readonly fileName: string;
  /** Downloads the file's text from the platform, or says why it could not be read (too big, not text…). */
  readonly download: () => Promise<Outcome<string>>;
}

/**
 * A people file sent to the bot: from a QA manager in their personal chat, its dry run as a card with an
 * Apply button (the file is kept, for the button to name, until it is applied or 7 days pass); from anyone
 * else, or anywhere else, an answer saying who can and where. Never silent, and nothing is written but the
 * kept file.
 */
export async function handlePeopleFile(deps: InteractionDeps, upload: PeopleFileUpload): Promise<Reply> {
  try {
    const answered = await answerPeopleFile(deps, upload);
    return answered.ok ? answered.value : replyForFailure(answered.error, { verb: 'text', typed: {}, retryData: {} });
  } catch (error) {
    return replyForFailure(error, { verb: 'text', typed: {}, retryData: {} });
  }
}

async function answerPeopleFile(deps: InteractionDeps, upload: PeopleFileUpload): Promise<Outcome<Reply>> {
  const actor = actorFor(upload.person);
  const allowed = mayImportPeople(actor);
  if (!allowed.ok) return withWhoCanHelp(deps.stores, upload.person, allowed);
  if (upload.conversation.kind !== 'personal') {
    return refuse('invalid_transition', 'Send a people file to the bot in your personal chat with it, not here.');
  }
  const fileName = shownFileName(upload.fileName);
  if (!isPeopleFileName(fileName)) {
    return refuse(
      'invalid_input',
      `${fileName} is not a CSV file. Save the spreadsheet as CSV (comma-separated values, .csv) with the columns name, email, roles, districts, team and line_manager_email, and send that.`,
    );
  }
  const text = await upload.download();
  if (!text.ok) return text;
  const now = deps.now();
  const plan = await planPeopleImport(deps.stores, text.value, actor, { now });
  if (!plan.ok) return plan;
  const importId = newId('import');
  await deps.stores.peopleImports.save({
    _id: importId,
    uploadedBy: upload.person._id,
    fileName,
    text: text.value,
    uploadedAt: now,
  });
  return succeed(peopleImportCard(plan.value, { fileName, importId }, { kind: 'dry_run' }));
}

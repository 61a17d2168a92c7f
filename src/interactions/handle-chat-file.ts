import { looksLikeCaseFile } from '../domain/case-list/read-case-file.js';
import type { ConversationLink } from '../domain/links/conversation-link.js';
import { actorFor } from '../domain/people/actor.js';
import { isPeopleFileName, shownFileName } from '../domain/people/people-file-name.js';
import { mayImportPeople } from '../domain/people/permissions.js';
import { maySendImportFiles } from '../domain/case-list/permissions.js';
import type { Person } from '../domain/people/person.js';
import { refuse, succeed, type Outcome } from '../domain/shared/domain-error.js';
import { newId } from '../domain/shared/new-id.js';
import { planPeopleImport } from '../people-import/people-import.js';
import { replyForFailure } from './failures.js';
import { answerCaseFile } from './handle-case-file.js';
import type { InteractionDeps } from './interaction-deps.js';
import { peopleImportCard } from './present/people-import-card.js';
import type { Reply } from './reply.js';
import { withWhoCanHelp } from './who-can-help.js';

/** A file someone sent the bot, as the channel describes it before anything is downloaded. */
export interface ChatFileUpload {
  readonly person: Person;
  readonly conversation: ConversationLink;
  readonly fileName: string;
  /** Downloads the file's text from the platform, or says why it could not be read (too big, not text…). */
  readonly download: () => Promise<Outcome<string>>;
}

/**
 * A file sent to the bot: a people file, or a district's case list (told by its header naming a case
 * reference column). From a QA manager in their personal chat, its dry run as a card with an Apply button (a
 * people file is kept, for the button to name, until it is applied or 7 days pass; a case list keeps only its
 * rows that passed); from anyone else, or anywhere else, an answer saying who can and where. Never silent.
 */
export async function handleChatFile(deps: InteractionDeps, upload: ChatFileUpload): Promise<Reply> {
  try {
    const answered = await answerChatFile(deps, upload);
    return answered.ok ? answered.value : replyForFailure(answered.error, { verb: 'text', typed: {}, retryData: {} });
  } catch (error) {
    return replyForFailure(error, { verb: 'text', typed: {}, retryData: {} });
  }
}

async function answerChatFile(deps: InteractionDeps, upload: ChatFileUpload): Promise<Outcome<Reply>> {
  const actor = actorFor(upload.person);
  const allowed = maySendImportFiles(actor);
  if (!allowed.ok) return withWhoCanHelp(deps.stores, upload.person, allowed);
  if (upload.conversation.kind !== 'personal') {
    return refuse('invalid_transition', 'Send a people file to the bot in your personal chat with it, not here.');
  }
  const fileName = shownFileName(upload.fileName);
  if (!isPeopleFileName(fileName)) {
    return refuse(
      'invalid_input',
      `${fileName} is not a CSV file. Save the spreadsheet as CSV (comma-separated values, .csv) with the columns name, email, roles, districts, team and line_manager_email (a people file), or case reference, team, worker reference, case type and date opened (a district’s case list), and send that.`,
    );
  }
  const text = await upload.download();
  if (!text.ok) return text;
  if (looksLikeCaseFile(text.value)) {
    return answerCaseFile(deps, { person: upload.person, actor, fileName, text: text.value });
  }
  const mayImport = mayImportPeople(actor);
  if (!mayImport.ok) return withWhoCanHelp(deps.stores, upload.person, mayImport);
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

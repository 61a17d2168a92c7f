import { hasRole, type Actor } from '../people/actor.js';
import { allowedIf, QA_MANAGERS_HELP, type Permission } from '../shared/permission.js';

/** Which channel hears a district's notices is the QA manager's choice. */
export function mayLinkChannels(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager'),
    'Only a QA manager can link a channel to a district.',
    QA_MANAGERS_HELP,
  );
}

/** Unlinking stops a district's notices reaching a channel, so only the QA manager does it. */
export function mayUnlinkChannels(actor: Actor): Permission {
  return allowedIf(hasRole(actor, 'qa_manager'), 'Only a QA manager can unlink a channel.', QA_MANAGERS_HELP);
}

/** The managers' channel gets the monthly performance summary; the QA manager chooses it. */
export function mayChooseManagersChannel(actor: Actor): Permission {
  return allowedIf(
    hasRole(actor, 'qa_manager'),
    'Only a QA manager can choose the managers’ channel.',
    QA_MANAGERS_HELP,
  );
}

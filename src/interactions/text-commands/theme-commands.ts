import { displayDate } from '../../cards/display-time.js';
import { actorFor } from '../../domain/people/actor.js';
import { succeed, type Outcome } from '../../domain/shared/domain-error.js';
import { addTheme, renameTheme, retireTheme, type ThemeEdit } from '../../domain/themes/edit-vocabulary.js';
import { mayChangeThemes } from '../../domain/themes/permissions.js';
import { readThemeCommand, type ThemeCommand } from '../../domain/themes/read-theme-command.js';
import type { InteractionDeps } from '../interaction-deps.js';
import { answer, receipt } from '../present/message-cards.js';
import type { Reply } from '../reply.js';
import { chatCommand } from './chat-command.js';
import type { TextMessage } from './text-message.js';

/**
 * "themes" lists the vocabulary of learning themes to anyone registered; "add theme Neglect", "retire theme
 * chronology" and "rename theme recording to case recording" change it (QA managers), each change audited.
 */
export const themeCommand = chatCommand(
  (text) => readThemeCommand(text),
  (deps, message, command, now) => answerThemeCommand(deps, message, command, now),
);

async function answerThemeCommand(
  deps: InteractionDeps,
  message: TextMessage,
  command: ThemeCommand,
  now: Date,
): Promise<Outcome<Reply>> {
  const themes = await deps.stores.themes.all();
  const context = { actor: actorFor(message.person), now };
  switch (command.kind) {
    case 'list_themes': {
      const live = themes.filter((theme) => !theme.retiredAt);
      const retired = themes.filter((theme) => theme.retiredAt);
      const changes = mayChangeThemes(context.actor, 'change the themes').ok
        ? 'Change them with “add theme Neglect”, “rename theme recording to case recording” or “retire theme chronology”. '
        : '';
      return succeed(
        answer(
          'Learning themes',
          [
            ...live.map((theme) => ({ title: theme.name, value: 'Offered on the forms' })),
            ...retired.map((theme) => ({
              title: theme.name,
              value: `Retired ${displayDate(theme.retiredAt ?? now)}: kept on old records, no longer offered`,
            })),
          ],
          `${changes}Ask “recurring themes in ${(await deps.stores.districts.active())[0]?.name ?? 'Chesterfield'}” or “themes this year” to see how often they come up.`,
        ),
      );
    }
    case 'add_theme':
      return saved(deps, message, addTheme(themes, command.name, context), 'Theme added', now);
    case 'retire_theme':
      return saved(deps, message, retireTheme(themes, command.name, context), 'Theme retired', now);
    case 'rename_theme':
      return saved(deps, message, renameTheme(themes, command.name, command.newName, context), 'Theme renamed', now);
  }
}

async function saved(
  deps: InteractionDeps,
  message: TextMessage,
  edit: Outcome<ThemeEdit>,
  title: string,
  now: Date,
): Promise<Outcome<Reply>> {
  if (!edit.ok) return edit;
  await deps.stores.themes.save(edit.value.theme);
  await deps.stores.auditEvents.record(edit.value.audit);
  const { theme } = edit.value;
  const what = theme.retiredAt
    ? 'It stays on the records that carry it, and is no longer offered on the forms.'
    : 'It is offered on the case-finding, focus-group and observed-visit forms from now on.';
  return succeed(receipt(`${title}: ${theme.name}`, message.person.displayName, now, [], what));
}

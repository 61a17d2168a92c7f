import { describe, expect, it } from 'vitest';
import { actorFor } from '../../../src/domain/people/actor.js';
import { checkChosenThemes } from '../../../src/domain/themes/chosen-themes.js';
import { addTheme, renameTheme, retireTheme } from '../../../src/domain/themes/edit-vocabulary.js';
import { readThemeCommand } from '../../../src/domain/themes/read-theme-command.js';
import { seededThemes } from '../../../src/domain/themes/seed-themes.js';
import { suggestThemes } from '../../../src/domain/themes/suggest-themes.js';
import { aPerson } from '../../support/fixtures.js';

const now = new Date('2026-12-03T11:00:00Z');
const themes = seededThemes(new Date('2026-01-01T00:00:00Z'));
const qaManager = actorFor(aPerson({ _id: 'person-priya', roles: ['qa_manager'] }));
const seniorManager = actorFor(
  aPerson({ _id: 'person-sue', roles: ['senior_manager'], districtIds: ['chesterfield'] }),
);

describe('the vocabulary of learning themes', () => {
  it('reads the commands a QA manager types', () => {
    expect(readThemeCommand('themes')).toEqual({ kind: 'list_themes' });
    expect(readThemeCommand('add theme Neglect')).toEqual({ kind: 'add_theme', name: 'Neglect' });
    expect(readThemeCommand('retire theme chronology')).toEqual({ kind: 'retire_theme', name: 'chronology' });
    expect(readThemeCommand('rename theme recording to case recording')).toEqual({
      kind: 'rename_theme',
      name: 'recording',
      newName: 'case recording',
    });
    expect(readThemeCommand('recurring themes in Erewash')).toBeNull();
  });

  it('adds a theme with an audit event that says who added what, and when', () => {
    const added = addTheme(themes, 'neglect', { actor: qaManager, now });
    expect(added).toMatchObject({
      ok: true,
      value: { theme: { _id: 'theme-neglect', name: 'Neglect', addedAt: now } },
    });
    if (!added.ok) return;
    expect(added.value.audit).toMatchObject({
      entityKind: 'theme',
      entityId: 'theme-neglect',
      transition: 'add',
      actorId: 'person-priya',
      at: now,
      before: 'none',
      after: 'active',
    });
  });

  it('refuses a theme that is there already, whatever its case', () => {
    expect(addTheme(themes, 'CHRONOLOGY', { actor: qaManager, now })).toMatchObject({
      ok: false,
      error: { reason: 'invalid_input', userMessage: '“Chronology” is a theme already.' },
    });
  });

  it('retires a theme, audited, and brings it back when it is added again', () => {
    const retired = retireTheme(themes, 'chronology', { actor: qaManager, now });
    expect(retired).toMatchObject({
      ok: true,
      value: { theme: { retiredAt: now }, audit: { transition: 'retire', before: 'active', after: 'retired' } },
    });
    if (!retired.ok) return;
    const vocabulary = themes.map((theme) => (theme._id === retired.value.theme._id ? retired.value.theme : theme));
    const back = addTheme(vocabulary, 'Chronology', { actor: qaManager, now });
    expect(back).toMatchObject({
      ok: true,
      value: { theme: { _id: 'theme-chronology' }, audit: { transition: 'restore' } },
    });
    if (back.ok) expect(back.value.theme.retiredAt).toBeUndefined();
  });

  it('renames a theme and keeps its id, so old records read the new name', () => {
    const renamed = renameTheme(themes, 'recording', 'case recording', { actor: qaManager, now });
    expect(renamed).toMatchObject({
      ok: true,
      value: { theme: { _id: 'theme-recording', name: 'Case recording' }, audit: { transition: 'rename' } },
    });
    if (renamed.ok) expect(renamed.value.audit.note).toContain('name: Recording → Case recording');
  });

  it('refuses anyone but a QA manager, saying who can', () => {
    for (const edit of [
      addTheme(themes, 'Neglect', { actor: seniorManager, now }),
      retireTheme(themes, 'chronology', { actor: seniorManager, now }),
      renameTheme(themes, 'recording', 'notes', { actor: seniorManager, now }),
    ]) {
      expect(edit).toMatchObject({ ok: false, error: { reason: 'not_allowed' } });
      if (!edit.ok) expect(edit.error.userMessage).toMatch(/^Only a QA manager can (add|retire|rename) a theme\.$/);
    }
  });

  it('accepts only live themes from a form, refusing unknown and retired ids beside the field', () => {
    const vocabulary = themes.map((theme) => (theme._id === 'theme-chronology' ? { ...theme, retiredAt: now } : theme));
    expect(checkChosenThemes(vocabulary, ['theme-planning', 'theme-supervision'])).toEqual({
      ok: true,
      value: ['theme-planning', 'theme-supervision'],
    });
    const refused = checkChosenThemes(vocabulary, ['theme-planning', 'theme-chronology', 'theme-made-up']);
    expect(refused).toMatchObject({ ok: false, error: { reason: 'invalid_input' } });
    if (!refused.ok) {
      expect(refused.error.userMessage).toBe(
        'Choose the learning themes from the list: “Chronology” is retired; one of them is not a theme.',
      );
      expect(refused.error.details).toEqual({ learningThemes: refused.error.userMessage });
    }
  });

  it('suggests the live themes that what was written reads like, leaving out those chosen', () => {
    const suggested = suggestThemes(
      themes,
      ['The chronology was out of date and supervision notes were thin.', 'The plan lacked a contingency.'],
      ['theme-planning'],
    );
    expect(suggested.map((theme) => theme.name)).toEqual(['Chronology', 'Supervision']);
  });
});

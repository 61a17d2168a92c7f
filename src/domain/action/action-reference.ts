import { z } from 'zod/v4';

/**
 * An action's short, stable reference, as people read and type it ("A-12"): given when the action is
 * created, unique, never reused. The action's id stays what records point at; this is for people.
 */
export const actionReference = z.string().regex(/^A-[1-9][0-9]{0,8}$/, 'must be an action reference such as A-12');
export type ActionReference = z.infer<typeof actionReference>;

export function actionReferenceFor(number: number): ActionReference {
  return `A-${number}`;
}

/** A reference as someone typed it ("a-12", "A12", "A-12"), written the one way it is stored; null if it is none. */
export function readActionReference(typed: string): ActionReference | null {
  const found = /^a-?([1-9][0-9]{0,8})$/i.exec(typed.trim());
  return found?.[1] ? actionReferenceFor(Number(found[1])) : null;
}

import { expect } from 'vitest';

/** The value of the button with this text in a posted message's blocks, as Slack sends it back when pressed. */
export function buttonValue(message: unknown, text: string): string {
  const found = JSON.stringify(message ?? {}).match(
    new RegExp(
      `"text":\\{"type":"plain_text","text":"${text}"[^}]*\\},"action_id":"[^"]+","value":"((?:[^"\\\\]|\\\\.)*)"`,
    ),
  );
  expect(found, `a "${text}" button`).not.toBeNull();
  return JSON.parse(`"${found?.[1] ?? ''}"`) as string;
}

import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problemsIn(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('the domain stays plain TypeScript', () => {
  it.each(['botbuilder', '@microsoft/teams-ai', '@slack/bolt', '@slack/web-api', 'mongodb', 'express', 'node:http'])(
    'the lint fails when domain code imports %s',
    async (forbidden) => {
      const problems = await problemsIn(
        'src/domain/action/example.ts',
        `import * as platform from '${forbidden}';\nexport const used = platform;\n`,
      );
      expect(problems).toEqual([expect.stringContaining('The domain is plain TypeScript')]);
    },
  );

  it('the lint fails when domain code reaches into the store', async () => {
    const problems = await problemsIn(
      'src/domain/action/example.ts',
      "import { createStores } from '../../store/stores.js';\nexport const used = createStores;\n",
    );
    expect(problems).toEqual([expect.stringContaining('declare a port in the domain')]);
  });

  it('the same imports are fine outside the domain', async () => {
    expect(
      await problemsIn(
        'src/store/example.ts',
        "import { MongoClient } from 'mongodb';\nexport const used = MongoClient;\n",
      ),
    ).toEqual([]);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbeddedServerError } from '../../../src/store/embedded-server/embedded-server-error.js';
import { ensureFerretDbBinary } from '../../../src/store/embedded-server/ferretdb-binary.js';

const originalPath = process.env.PATH;
afterEach(() => {
  process.env.PATH = originalPath;
});

describe('building the embedded database', () => {
  it('without Go and without MONGODB_URI, says how to give the bot a MongoDB or install Go', () => {
    const toolsDir = mkdtempSync(join(tmpdir(), 'challenge-day-tools-'));
    process.env.PATH = toolsDir; // nothing on it: no Go
    try {
      expect(() => ensureFerretDbBinary(toolsDir, () => {})).toThrow(EmbeddedServerError);
      expect(() => ensureFerretDbBinary(toolsDir, () => {})).toThrow(
        /No MongoDB is configured and Go is not installed[\s\S]*MONGODB_URI[\s\S]*Atlas, Azure Cosmos DB for MongoDB[\s\S]*install Go/,
      );
    } finally {
      rmSync(toolsDir, { recursive: true, force: true });
    }
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startEmbeddedServer } from '../../../src/store/embedded-server/embedded-server.js';

const dataDir = mkdtempSync(join(tmpdir(), 'challenge-day-restart-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

async function withClient<T>(uri: string, use: (client: MongoClient) => Promise<T>): Promise<T> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5_000 });
  try {
    return await use(client);
  } finally {
    await client.close();
  }
}

describe('the embedded database', () => {
  it('keeps what was written across a stop and a start', async () => {
    const binary = inject('ferretDbBinary');
    const first = await startEmbeddedServer({ binary, dataDir });
    await withClient(first.uri, (client) =>
      client
        .db('restart')
        .collection('notes')
        .insertOne({ _id: 'kept' as never, text: 'still here' }),
    );
    await first.stop();

    const second = await startEmbeddedServer({ binary, dataDir });
    try {
      const found = await withClient(second.uri, (client) =>
        client
          .db('restart')
          .collection('notes')
          .findOne({ _id: 'kept' as never }),
      );
      expect(found).toEqual({ _id: 'kept', text: 'still here' });
    } finally {
      await second.stop();
    }
  });

  it('stops its server when asked, so nothing answers on its port afterwards', async () => {
    const server = await startEmbeddedServer({ binary: inject('ferretDbBinary'), dataDir: join(dataDir, 'second') });
    await server.stop();
    const client = new MongoClient(server.uri, { serverSelectionTimeoutMS: 500 });
    await expect(client.db('admin').command({ ping: 1 })).rejects.toThrow();
    await client.close();
  });
});

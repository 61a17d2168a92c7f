import type { Db } from 'mongodb';
import { z } from 'zod/v4';

/**
 * What the bench measured: the server's own account of itself, so that a figure copied out of the results
 * never travels without the engine that produced it. The embedded FerretDB (SQLite) is only fit for a try-out;
 * figures that count come from a production-grade engine named by MONGODB_URI.
 */
export interface ServerEngine {
  /** Short, for a table column: "FerretDB v2.7.0 + DocumentDB 0.107.0", "embedded FerretDB v1.24.2 (try-out)". */
  readonly name: string;
  /** One line for beside an item's figures, the try-out engine said to be one. */
  readonly label: string;
  /** The embedded FerretDB the bot starts when MONGODB_URI is not set. */
  readonly tryOut: boolean;
  /** The MongoDB version the server says it is compatible with (buildInfo.version). */
  readonly mongoDbVersion: string;
  readonly gitVersion?: string;
  /** FerretDB's own version, where the server is FerretDB (buildInfo.ferretdb.version, or ferretdbVersion in v1). */
  readonly ferretDbVersion?: string;
  /** FerretDB v2's backend, from serverStatus.ferretdb: PostgreSQL's `version()` and DocumentDB's build. */
  readonly postgreSql?: string;
  readonly documentDb?: string;
}

// Boundaries: the server's answers are read as far as the bench uses them; anything else may be there.
const buildInfoSchema = z.looseObject({
  version: z.string(),
  gitVersion: z.string().optional(),
  /** FerretDB v1. */
  ferretdbVersion: z.string().optional(),
  /** FerretDB v2. */
  ferretdb: z.looseObject({ version: z.string().optional() }).optional(),
});
const serverStatusSchema = z.looseObject({
  ferretdb: z.looseObject({ postgresql: z.string().optional(), documentdb: z.string().optional() }).optional(),
});

/**
 * Asks the server what it is: buildInfo, and serverStatus for the backend FerretDB v2 runs on (a managed
 * service may refuse serverStatus; the engine is then named from buildInfo alone).
 */
export async function readServerEngine(admin: Db, options: { tryOut: boolean }): Promise<ServerEngine> {
  const buildInfo = buildInfoSchema.parse(await admin.command({ buildInfo: 1 }));
  const backend = await admin.command({ serverStatus: 1 }).then(
    (status) => serverStatusSchema.parse(status).ferretdb,
    () => undefined,
  );
  const ferretDbVersion = buildInfo.ferretdb?.version ?? buildInfo.ferretdbVersion;
  const postgreSql = backend?.postgresql;
  const documentDb = backend?.documentdb;
  const engine = engineName(buildInfo.version, ferretDbVersion, documentDb);
  return {
    name: options.tryOut ? `embedded ${engine} (try-out)` : engine,
    label: options.tryOut
      ? `embedded ${engine} (SQLite backend), started as in the tests: the try-out engine, not a production-grade one`
      : `${engine}${postgreSql ? ` on ${shortPostgreSql(postgreSql)}` : ''}, MongoDB ${buildInfo.version} ` +
        'compatible, through MONGODB_URI',
    tryOut: options.tryOut,
    mongoDbVersion: buildInfo.version,
    ...(buildInfo.gitVersion ? { gitVersion: buildInfo.gitVersion } : {}),
    ...(ferretDbVersion ? { ferretDbVersion } : {}),
    ...(postgreSql ? { postgreSql } : {}),
    ...(documentDb ? { documentDb } : {}),
  };
}

/** "FerretDB v2.7.0 + DocumentDB 0.107.0", "FerretDB v1.24.2", or MongoDB's version where the server is not FerretDB. */
function engineName(mongoDbVersion: string, ferretDbVersion?: string, documentDbBuild?: string): string {
  if (!ferretDbVersion) return `MongoDB ${mongoDbVersion} (as buildInfo reports it)`;
  // "0.107.0 gitref: ferretdb sha:3f80da90a9 buildId:0": the version is the first word.
  const documentDb = documentDbBuild?.split(' ')[0];
  return documentDb ? `FerretDB ${ferretDbVersion} + DocumentDB ${documentDb}` : `FerretDB ${ferretDbVersion}`;
}

/** "PostgreSQL 15.20 (Debian 15.20-0+deb12u1) on x86_64-pc-linux-gnu, compiled by …" → "PostgreSQL 15.20". */
function shortPostgreSql(version: string): string {
  return version.split(' ').slice(0, 2).join(' ');
}

/** The server's build as it gave it, for the results' header: enough to tell two runs' engines apart. */
export function engineBuildLine(engine: ServerEngine): string {
  return [
    `MongoDB ${engine.mongoDbVersion} compatible`,
    engine.gitVersion && engine.gitVersion !== 'unknown' ? `git ${engine.gitVersion}` : undefined,
    engine.ferretDbVersion ? `FerretDB ${engine.ferretDbVersion}` : undefined,
    engine.documentDb ? `DocumentDB ${engine.documentDb}` : undefined,
    engine.postgreSql,
  ]
    .filter((fact) => fact !== undefined)
    .join('; ');
}

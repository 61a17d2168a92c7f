import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface RunningHttpServer {
  readonly port: number;
  /**
   * Stops accepting connections and lets requests in flight finish; whatever is still open after
   * graceMs is cut off. Resolves when the server is closed.
   */
  close(graceMs: number): Promise<void>;
}

/** Listens on host:port (port 0 picks a free one) and resolves once listening. */
export async function startHttpServer(app: Express, port: number, host: string): Promise<RunningHttpServer> {
  const server = createServer(app);
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | undefined;
  server.on('request', (_request, response: ServerResponse) => {
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
    // Once stopping, each answer ends its keep-alive connection, so no idle socket holds the stop open.
    if (closing) response.setHeader('connection', 'close');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;

  return {
    port: address.port,
    close: (graceMs) =>
      (closing ??= new Promise<void>((resolve) => {
        for (const response of inFlight) if (!response.headersSent) response.setHeader('connection', 'close');
        const forced = setTimeout(() => server.closeAllConnections(), graceMs);
        server.close(() => {
          clearTimeout(forced);
          resolve();
        });
        server.closeIdleConnections();
      })),
  };
}

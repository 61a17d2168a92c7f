import { Router } from 'express';

/**
 * `/healthz` says the process is alive (for a restart policy); `/readyz` says it can do its work, which
 * needs the database, so a load balancer stops sending traffic while the database is down.
 */
export function healthRoutes(isDatabaseAnswering: () => Promise<boolean>): Router {
  const router = Router();
  router.get('/healthz', (_request, response) => {
    response.json({ status: 'ok' });
  });
  router.get('/readyz', async (_request, response) => {
    const database = await isDatabaseAnswering();
    response
      .status(database ? 200 : 503)
      .json({ status: database ? 'ok' : 'unavailable', database: database ? 'ok' : 'not answering' });
  });
  return router;
}

import express, { type ErrorRequestHandler, type Express, type Router } from 'express';
import type { Logger } from '../logger.js';

export interface HttpAppParts {
  /** Routers mounted in order: health, then each chat channel. */
  routers: Router[];
  logger: Logger;
}

/**
 * The bot's one HTTP application. Channels mount their own routes (Teams `/api/messages`, Slack
 * `/slack/events`); this adds what every route shares: 404 for unknown paths and one error handler that
 * never leaks a stack trace.
 */
export function createHttpApp(parts: HttpAppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  for (const router of parts.routers) app.use(router);
  app.use((_request, response) => {
    response.status(404).json({ error: 'not_found' });
  });
  app.use(errorHandler(parts.logger));
  return app;
}

function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _request, response, _next) => {
    const status = typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : 500;
    if (status === 413) {
      response.status(413).json({ error: 'too_large', message: 'The request is larger than this endpoint accepts.' });
    } else if (status >= 400 && status < 500) {
      response.status(400).json({ error: 'bad_request', message: 'The request could not be read.' });
    } else {
      logger.error({ error: error instanceof Error ? error.message : String(error) }, 'request failed');
      if (!response.headersSent) response.status(500).json({ error: 'internal', message: 'Something went wrong.' });
    }
  };
}

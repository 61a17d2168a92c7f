import express, { type Express, type Router } from 'express';

export interface HttpAppParts {
  /** Routers mounted in order: health, then each chat channel. */
  routers: Router[];
}

/**
 * The bot's one HTTP application. Channels mount their own routes (Teams `/api/messages`, Slack
 * `/slack/events`); this adds what every route shares.
 */
export function createHttpApp(parts: HttpAppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', false);
  for (const router of parts.routers) app.use(router);
  app.use((_request, response) => {
    response.status(404).json({ error: 'not_found' });
  });
  return app;
}

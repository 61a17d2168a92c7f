import { Router } from 'express';
import { renderProgrammeCalendar } from '../figures/programme-calendar.js';
import type { Logger } from '../logger.js';
import { loadProgramme } from '../programme/load-programme.js';
import type { Stores } from '../store/stores.js';
import type { ProgrammeLinks } from './programme-links.js';

const REFUSED =
  'This picture’s link is not valid, or it has expired. Ask the Challenge Day bot for the programme again.';

const query = (value: unknown) => (typeof value === 'string' ? value : undefined);

/**
 * `GET /charts/programme-<year>.png?year=…&expires=…&signature=…`: the year's programme as a calendar picture,
 * drawn when the chat client fetches it, while its link works. A link changed in any part, or expired, gets 403.
 */
export function programmeRoutes(deps: {
  stores: Stores;
  links: ProgrammeLinks;
  now: () => Date;
  logger: Logger;
}): Router {
  const router = Router();
  router.get('/charts/:file', async (request, response, next) => {
    const named = /^programme-(20\d{2})\.png$/.exec(request.params.file);
    if (!named) return next();
    const year = deps.links.readPicture(
      {
        year: query(request.query.year),
        expires: query(request.query.expires),
        signature: query(request.query.signature),
      },
      deps.now(),
    );
    const loaded = year === Number(named[1]) ? await loadProgramme(deps.stores, year) : null;
    response.set({
      'referrer-policy': 'no-referrer',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'x-content-type-options': 'nosniff',
    });
    if (!loaded) {
      deps.logger.info({ year: named[1] }, 'programme picture link refused');
      return response.status(403).set('cache-control', 'no-store').type('text/plain').send(REFUSED);
    }
    const districts = await deps.stores.districts.all();
    const png = await renderProgrammeCalendar(
      loaded.programme,
      loaded.days,
      new Map(districts.map((district) => [district._id, district.name])),
    );
    response.status(200).set('cache-control', 'private, max-age=300').type('image/png').send(png);
  });
  return router;
}

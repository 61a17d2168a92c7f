import express, { Router, type Request } from 'express';
import type { Logger } from '../../logger.js';

/** Slack signs requests with a timestamp; Bolt refuses old ones, and this refuses ones from the future. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
export const SLACK_BODY_LIMIT = '256kb';

export interface SlackRouteDeps {
  /** Bolt's receiver router, which verifies the signature and dispatches to the app. */
  readonly receiverRouter: Router;
  /** Workspaces (team ids) allowed to use the bot; empty allows any. */
  readonly allowedTeamIds: readonly string[];
  readonly logger: Logger;
  readonly now: () => Date;
}

/**
 * `/slack/events`: commands, interactivity and events. The body is read once, size-limited, and handed to
 * Bolt as `rawBody` (which Bolt verifies against the signing secret). Before that, a request dated more than
 * five minutes ahead is refused (Bolt only refuses stale ones), and one from a workspace not on the
 * allow-list is refused, so nothing of theirs reaches the app.
 */
export function slackRoutes(deps: SlackRouteDeps): Router {
  const router = Router();
  router.post(
    '/slack/events',
    express.raw({ type: () => true, limit: SLACK_BODY_LIMIT }),
    (request, response, next) => {
      const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const timestamp = Number(request.header('x-slack-request-timestamp'));
      if (Number.isFinite(timestamp) && timestamp - deps.now().getTime() / 1000 > MAX_CLOCK_SKEW_SECONDS) {
        deps.logger.warn('refused a Slack request dated in the future');
        response.status(401).send();
        return;
      }
      const teamId = teamOf(rawBody, request);
      if (deps.allowedTeamIds.length > 0 && (!teamId || !deps.allowedTeamIds.includes(teamId))) {
        deps.logger.warn({ teamId }, 'refused a Slack request from a workspace that is not allowed');
        response.status(403).send();
        return;
      }
      Object.assign(request, { rawBody, body: undefined });
      next();
    },
    deps.receiverRouter,
  );
  return router;
}

/** The workspace a request comes from, wherever its kind of payload keeps it. */
function teamOf(rawBody: Buffer, request: Request): string | undefined {
  const text = rawBody.toString('utf8');
  let body: unknown;
  try {
    if ((request.header('content-type') ?? '').includes('application/json')) body = JSON.parse(text);
    else {
      const form = new URLSearchParams(text);
      body = form.has('payload') ? JSON.parse(form.get('payload') ?? '{}') : Object.fromEntries(form);
    }
  } catch {
    return undefined;
  }
  const payload = body as { team_id?: unknown; team?: { id?: unknown }; user?: { team_id?: unknown } };
  const team = payload.team_id ?? payload.team?.id ?? payload.user?.team_id;
  return typeof team === 'string' ? team : undefined;
}

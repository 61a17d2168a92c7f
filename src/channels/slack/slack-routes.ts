import express, { Router, type Request } from 'express';
import { nestsDeeperThan } from '../../http/json-nesting.js';
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
}

/**
 * `/slack/events`: commands, interactivity and events. The body is read once, size-limited, and handed to
 * Bolt as `rawBody` (which Bolt verifies against the signing secret). Before that, a request dated more than
 * five minutes ahead is refused (Bolt only refuses stale ones), as is JSON nested too deeply to handle
 * safely, and one from a workspace not on the allow-list, so nothing of theirs reaches the app.
 */
export function slackRoutes(deps: SlackRouteDeps): Router {
  const router = Router();
  router.post(
    '/slack/events',
    express.raw({ type: () => true, limit: SLACK_BODY_LIMIT }),
    (request, response, next) => {
      const rawBody = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const timestamp = Number(request.header('x-slack-request-timestamp'));
      // Slack signs with the real time, and Bolt checks staleness against it: so must this check, never the
      // bot's own clock (which a test or a demo may have set to another day).
      if (Number.isFinite(timestamp) && timestamp - Date.now() / 1000 > MAX_CLOCK_SKEW_SECONDS) {
        deps.logger.warn('refused a Slack request dated in the future');
        response.status(401).send();
        return;
      }
      const json = jsonIn(rawBody, request);
      if (json !== undefined && nestsDeeperThan(json)) {
        deps.logger.warn('refused a Slack request whose JSON nests too deeply');
        response.status(400).json({ error: 'bad_request', message: 'The request nests too deeply to be read.' });
        return;
      }
      const teamId = teamOf(json, rawBody);
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

/** The JSON a request carries: its body, or the `payload` field of a form-encoded body (interactivity). */
function jsonIn(rawBody: Buffer, request: Request): string | undefined {
  const text = rawBody.toString('utf8');
  if ((request.header('content-type') ?? '').includes('application/json')) return text;
  const form = new URLSearchParams(text);
  return form.has('payload') ? (form.get('payload') ?? '') : undefined;
}

/** The workspace a request comes from, wherever its kind of payload keeps it. */
function teamOf(json: string | undefined, rawBody: Buffer): string | undefined {
  let body: unknown;
  try {
    body = json === undefined ? Object.fromEntries(new URLSearchParams(rawBody.toString('utf8'))) : JSON.parse(json);
  } catch {
    return undefined;
  }
  const payload = body as { team_id?: unknown; team?: { id?: unknown }; user?: { team_id?: unknown } };
  const team = payload.team_id ?? payload.team?.id ?? payload.user?.team_id;
  return typeof team === 'string' ? team : undefined;
}

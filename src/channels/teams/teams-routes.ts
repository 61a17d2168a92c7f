import express, { Router } from 'express';
import type { TeamsAdapter } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { nestsDeeperThan } from '../../http/json-nesting.js';
import type { Logger } from '../../logger.js';
import { WorkAfterAnswer } from './after-answer.js';

export interface TeamsRouteDeps {
  readonly adapter: TeamsAdapter;
  readonly handleTurn: (context: TurnContext) => Promise<void>;
  /** Tenants whose activities are accepted; empty accepts every tenant (local mode). */
  readonly allowedTenantIds: readonly string[];
  readonly logger: Logger;
}

/** Requests bigger than this are refused before they are parsed. Cards are a few kilobytes. */
export const TEAMS_BODY_LIMIT = '256kb';

/**
 * `POST /api/messages`, where Teams (through the Azure Bot Service) delivers every activity. The body's size
 * and nesting are limited before parsing; an activity from a tenant that is not allowed is refused before
 * anything runs; the adapter then checks the Bot Framework token (when an app id is configured) and runs
 * the turn.
 */
export function teamsRoutes(deps: TeamsRouteDeps): Router {
  const router = Router();
  router.post(
    '/api/messages',
    express.json({ limit: TEAMS_BODY_LIMIT, verify: refuseDeepNesting }),
    async (request, response) => {
      const tenantId = tenantOf(request.body);
      if (deps.allowedTenantIds.length > 0 && (!tenantId || !deps.allowedTenantIds.includes(tenantId))) {
        deps.logger.warn({ tenantId }, 'refused an activity from a tenant that is not allowed');
        response.status(403).json({ error: 'tenant_not_allowed' });
        return;
      }
      // What the turn leaves until its answer is written (after-answer.ts), started once it has been.
      const followUps = new WorkAfterAnswer(deps.logger);
      try {
        await deps.adapter.process(request, response, (context) => {
          followUps.attachTo(context);
          return deps.handleTurn(context);
        });
        followUps.start();
      } catch (error) {
        // The adapter checks the activity's shape before anything else and throws on a malformed one.
        const malformed =
          error instanceof Error && (error.name === 'ZodError' || error.message.startsWith('validateAndFixActivity'));
        if (malformed && !response.headersSent) {
          response.status(400).json({ error: 'bad_request', message: 'That is not a Bot Framework activity.' });
          return;
        }
        throw error;
      }
    },
  );
  return router;
}

/** Refused with 400 before parsing, like a body over the size limit (see json-nesting.ts). */
function refuseDeepNesting(_request: unknown, _response: unknown, body: Buffer): void {
  if (nestsDeeperThan(body.toString('utf8'))) {
    throw Object.assign(new Error('The request nests too deeply to be an activity.'), { status: 400 });
  }
}

function tenantOf(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const activity = body as { channelData?: { tenant?: { id?: unknown } }; conversation?: { tenantId?: unknown } };
  const tenant = activity.channelData?.tenant?.id ?? activity.conversation?.tenantId;
  return typeof tenant === 'string' ? tenant : undefined;
}

import express, { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/http-app.js';
import { startHttpServer } from '../../src/http/http-server.js';
import { createLogger } from '../../src/logger.js';

const silent = createLogger('silent');

describe('stopping the HTTP server', () => {
  it('lets a request in flight finish before closing, and refuses new connections meanwhile', async () => {
    const slow = Router().get('/slow', (_request, response) => {
      setTimeout(() => response.json({ finished: true }), 500);
    });
    const server = await startHttpServer(createHttpApp({ routers: [slow], logger: silent }), 0, '127.0.0.1');
    const inFlight = fetch(`http://127.0.0.1:${server.port}/slow`);
    await new Promise((wake) => setTimeout(wake, 100));

    const closed = server.close(5_000);
    await expect(fetch(`http://127.0.0.1:${server.port}/slow`)).rejects.toThrow();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await closed;
  });

  it('cuts off a request that never finishes once the grace period is over, so stopping cannot hang', async () => {
    const stuck = Router().get('/stuck', () => {
      // never answers
    });
    const server = await startHttpServer(createHttpApp({ routers: [stuck], logger: silent }), 0, '127.0.0.1');
    const request = fetch(`http://127.0.0.1:${server.port}/stuck`);
    await new Promise((wake) => setTimeout(wake, 100));

    await server.close(300);
    await expect(request).rejects.toThrow();
  });

  it('refuses a body over the size limit with 413 and a malformed one with 400, without a stack trace', async () => {
    const echo = Router().post('/echo', express.json({ limit: '1kb' }), (request, response) => {
      response.json(request.body);
    });
    const server = await startHttpServer(createHttpApp({ routers: [echo], logger: silent }), 0, '127.0.0.1');
    const post = (body: string) =>
      fetch(`http://127.0.0.1:${server.port}/echo`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    try {
      const tooLarge = await post(JSON.stringify({ text: 'x'.repeat(5000) }));
      expect(tooLarge.status).toBe(413);
      expect(await tooLarge.json()).toEqual({
        error: 'too_large',
        message: 'The request is larger than this endpoint accepts.',
      });
      const malformed = await post('{"text": ');
      expect(malformed.status).toBe(400);
      expect(await malformed.text()).not.toMatch(/at .*\.js/);
    } finally {
      await server.close(1_000);
    }
  });

  it('answers an unknown path with 404', async () => {
    const server = await startHttpServer(createHttpApp({ routers: [], logger: silent }), 0, '127.0.0.1');
    try {
      expect((await fetch(`http://127.0.0.1:${server.port}/nope`)).status).toBe(404);
    } finally {
      await server.close(1_000);
    }
  });
});

import { Router } from 'express';
import { describe, expect, it } from 'vitest';
import { createHttpApp } from '../../src/http/http-app.js';
import { startHttpServer } from '../../src/http/http-server.js';

describe('stopping the HTTP server', () => {
  it('lets a request in flight finish before closing, and refuses new connections meanwhile', async () => {
    const slow = Router().get('/slow', (_request, response) => {
      setTimeout(() => response.json({ finished: true }), 500);
    });
    const server = await startHttpServer(createHttpApp({ routers: [slow] }), 0, '127.0.0.1');
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
    const server = await startHttpServer(createHttpApp({ routers: [stuck] }), 0, '127.0.0.1');
    const request = fetch(`http://127.0.0.1:${server.port}/stuck`);
    await new Promise((wake) => setTimeout(wake, 100));

    await server.close(300);
    await expect(request).rejects.toThrow();
  });

  it('answers an unknown path with 404', async () => {
    const server = await startHttpServer(createHttpApp({ routers: [] }), 0, '127.0.0.1');
    try {
      expect((await fetch(`http://127.0.0.1:${server.port}/nope`)).status).toBe(404);
    } finally {
      await server.close(1_000);
    }
  });
});

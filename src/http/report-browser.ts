import { createHash, randomBytes } from 'node:crypto';
import type { Request, Response } from 'express';

/** The cookie that marks the browser a report link was first opened in. */
const COOKIE = 'report_browser';
const VALUE = /^[0-9a-f]{64}$/;

/** The browser's mark from its cookie, or a new one for a browser that has none yet. */
export function browserMarkOf(request: Request): { mark: string; isNew: boolean } {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [name, value = ''] = part.trim().split('=');
    if (name === COOKIE && VALUE.test(value)) return { mark: value, isNew: false };
  }
  return { mark: randomBytes(32).toString('hex'), isNew: true };
}

/**
 * Gives the browser its mark: sent back only to the report pages, never readable by a script, never sent
 * from another site, and gone when the link it opened expires.
 */
export function giveBrowserMark(response: Response, request: Request, mark: string, until: Date): void {
  response.cookie(COOKIE, mark, {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: '/reports/',
    expires: until,
  });
}

/** Only hashes are stored, so the stored claims could not be used to open anything. */
export function hashOf(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

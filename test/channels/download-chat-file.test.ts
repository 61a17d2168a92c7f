import { describe, expect, it } from 'vitest';
import { isAllowedHost } from '../../src/channels/download-chat-file.js';

describe('the hosts a file sent in chat may come from', () => {
  it('allows a host named exactly, and any host under a *. entry, ignoring case', () => {
    expect(isAllowedHost('files.slack.com', ['files.slack.com'])).toBe(true);
    expect(isAllowedHost('derbyshire-my.SharePoint.com', ['*.sharepoint.com'])).toBe(true);
  });

  it('refuses look-alikes: another host, a suffix without its dot, the bare domain of a *. entry', () => {
    expect(isAllowedHost('files.slack.com.attacker.example', ['files.slack.com'])).toBe(false);
    expect(isAllowedHost('evilsharepoint.com', ['*.sharepoint.com'])).toBe(false);
    expect(isAllowedHost('sharepoint.com', ['*.sharepoint.com'])).toBe(false);
    expect(isAllowedHost('slack.com', ['files.slack.com'])).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { readSubscriptionRequest } from '../../../src/domain/webhooks/subscription-request.js';

const districts = [
  { _id: 'erewash', name: 'Erewash' },
  { _id: 'high-peak', name: 'High Peak' },
];
const read = (url: string, events = 'action.completed', names = 'all') =>
  readSubscriptionRequest({ url, events, districts: names }, districts);
const refusal = (outcome: ReturnType<typeof read>) => (outcome.ok ? null : outcome.error.userMessage);

describe('adding a webhook: what is accepted', () => {
  it('takes an https address, the events named and the districts by name', () => {
    expect(read('https://dash.example.org/hooks?k=1', 'report.verified, action.overdue', 'erewash;High Peak')).toEqual({
      ok: true,
      value: {
        url: 'https://dash.example.org/hooks?k=1',
        events: ['report.verified', 'action.overdue'],
        districtIds: ['erewash', 'high-peak'],
      },
    });
    expect(read('https://dash.example.org/hooks')).toMatchObject({ ok: true, value: { districtIds: 'all' } });
  });

  it('takes plain http only to this machine', () => {
    expect(read('http://127.0.0.1:8080/hooks').ok).toBe(true);
    expect(read('http://localhost/hooks').ok).toBe(true);
    expect(read('http://[::1]:9000/').ok).toBe(true);
    expect(refusal(read('http://dash.example.org/hooks'))).toBe(
      'A webhook address must start with https:// (plain http only to this machine).',
    );
    expect(refusal(read('ftp://dash.example.org/hooks'))).toContain('https://');
  });

  it('refuses a user name or password in the address, a fragment, and what is no address at all', () => {
    expect(refusal(read('https://bob:hunter2@dash.example.org/hooks'))).toBe(
      'Leave the user name and password out of the address: the signature proves the sender.',
    );
    expect(refusal(read('https://dash.example.org/hooks#x'))).toBe('A webhook address has no #fragment.');
    expect(refusal(read('dash.example.org'))).toBe(
      '“dash.example.org” is not a web address (it should look like https://example.org/hooks).',
    );
  });

  it('names an unknown event or district, and lists the ones there are', () => {
    expect(refusal(read('https://x.example/h', 'action.completed,action.deleted'))).toBe(
      'Unknown event action.deleted. The events are: report.verified, action.overdue, action.completed, ' +
        'action.verified, challenge_day.planned, safeguarding.raised.',
    );
    expect(refusal(read('https://x.example/h', 'action.completed', 'Erewash;Bolsover'))).toBe(
      'No district is called Bolsover. Give --districts all, or district names separated by semicolons: Erewash; High Peak.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from '../src/config.js';

describe('reading the configuration', () => {
  it('starts on the embedded defaults when nothing is set', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      PORT: 3978,
      NODE_ENV: 'development',
      MONGODB_DATABASE: 'challenge_day',
      DATA_DIR: 'data',
    });
    expect(config.MONGODB_URI).toBeUndefined();
    expect(config.SERVICE_PRIORITIES).toHaveLength(10);
  });

  it('names a missing variable and says why it is needed', () => {
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => readConfig({ NODE_ENV: 'production' })).toThrow(
      '  - MONGODB_URI: is required when NODE_ENV=production (the embedded database is for trying the bot only)',
    );
  });

  it('refuses to start in production without the secret that signs report links, naming it', () => {
    const production = { NODE_ENV: 'production', MONGODB_URI: 'mongodb://db.example/challenge' };
    expect(() => readConfig(production)).toThrow(
      '  - REPORT_LINK_SECRET: is required when NODE_ENV=production: at least 32 random characters, the same for every instance (it signs report links)',
    );
    expect(() => readConfig({ ...production, REPORT_LINK_SECRET: 'too-short' })).toThrow(
      '  - REPORT_LINK_SECRET: must be at least 32 characters',
    );
    expect(readConfig({ ...production, REPORT_LINK_SECRET: 'x'.repeat(32) }).REPORT_LINK_SECRET).toBe('x'.repeat(32));
    expect(readConfig({}).REPORT_LINK_SECRET).toBeUndefined();
  });

  it('refuses to keep audit events for less time than the findings or reports they describe', () => {
    expect(readConfig({}).RETENTION_AUDIT_EVENTS_YEARS).toBe(7);
    expect(() => readConfig({ RETENTION_REPORTS_YEARS: '10', RETENTION_AUDIT_EVENTS_YEARS: '8' })).toThrow(
      '  - RETENTION_AUDIT_EVENTS_YEARS: must be at least 10, the longest that findings or reports are kept',
    );
    expect(
      readConfig({ RETENTION_REPORTS_YEARS: '10', RETENTION_AUDIT_EVENTS_YEARS: '10' }).RETENTION_AUDIT_EVENTS_YEARS,
    ).toBe(10);
  });

  it('lists every invalid variable in one message, each by name', () => {
    let message = '';
    try {
      readConfig({
        PORT: 'eighty',
        LOG_LEVEL: 'loud',
        MONGODB_URI: 'http://db.example',
        SERVICE_PRIORITIES: 'a|b|c|d|e|f|g|h|i|j|k',
      });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'The bot cannot start: its configuration has problems.',
      '  - PORT: must be a whole number between 0 and 65535',
      '  - LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
      '  - MONGODB_URI: must start with mongodb:// or mongodb+srv://',
      '  - SERVICE_PRIORITIES: must list 1 to 10 priorities separated by |',
      'Set these in the environment or in a .env file (see .env.example).',
    ]);
  });

  it('takes the service priorities from a | separated list', () => {
    expect(readConfig({ SERVICE_PRIORITIES: ' Voice of the child | Timely assessments ' }).SERVICE_PRIORITIES).toEqual([
      'Voice of the child',
      'Timely assessments',
    ]);
  });

  it('takes the bootstrap QA managers’ emails from a comma-separated list, in lower case; none when unset', () => {
    expect(
      readConfig({ BOOTSTRAP_ADMIN_EMAILS: ' Priya.Patel@Derbyshire.gov.uk , martin.cole@derbyshire.gov.uk,' })
        .BOOTSTRAP_ADMIN_EMAILS,
    ).toEqual(['priya.patel@derbyshire.gov.uk', 'martin.cole@derbyshire.gov.uk']);
    expect(readConfig({}).BOOTSTRAP_ADMIN_EMAILS).toEqual([]);
  });

  it('refuses a bootstrap entry that is not an email address, by name', () => {
    expect(() => readConfig({ BOOTSTRAP_ADMIN_EMAILS: 'priya.patel@derbyshire.gov.uk, Priya Patel' })).toThrow(
      '  - BOOTSTRAP_ADMIN_EMAILS: must be an email address, e.g. priya.patel@derbyshire.gov.uk',
    );
  });

  it('installs the Teams app for people only when Graph is configured, and then needs its app registration', () => {
    expect(readConfig({})).toMatchObject({
      GRAPH_API_URL: 'https://graph.microsoft.com/v1.0',
      GRAPH_LOGIN_URL: 'https://login.microsoftonline.com',
    });
    expect(readConfig({}).GRAPH_CATALOG_APP_ID).toBeUndefined();
    let message = '';
    try {
      readConfig({ GRAPH_CATALOG_APP_ID: 'catalog-app', GRAPH_TENANT_ID: 'tenant' });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message.split('\n').slice(1, -1)).toEqual([
      '  - GRAPH_CLIENT_ID: is required with GRAPH_CATALOG_APP_ID',
      '  - GRAPH_CLIENT_SECRET: is required with GRAPH_CATALOG_APP_ID',
    ]);
  });
});

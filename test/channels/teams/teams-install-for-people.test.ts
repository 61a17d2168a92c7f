import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionAssigned, anAction } from '../../support/fixtures.js';
import { FakeMicrosoftGraph } from '../../fakes/microsoft-graph.js';
import { personalChat as chatOf, teamsScene, teamsUser } from '../../support/scene.js';
import {
  aTeamsChannelLink,
  cardIn,
  factsOf,
  registered,
  textsOf,
  type TeamsConversation,
} from '../../support/teams-activities.js';

/*
 * People for whom the Challenge Day app is installed in no team they belong to: Teams will not let the bot
 * open a chat with them (403). With Microsoft Graph configured (GRAPH_*), the bot installs its app for the
 * person, opens the chat and sends; when Graph refuses, the message is kept as failed with why, and sent once
 * they write to the bot.
 */

const tenantId = 'tenant-derbyshire';
const catalogAppId = 'catalog-app-challenge-day';
const priya = teamsUser('priya', 'Priya Patel'); // QA manager, has written to the bot
const nina = teamsUser('nina', 'Nina Ford'); // owns an action; the app is in no team of hers
const omar = teamsUser('omar', 'Omar Hassan'); // the same
const pia = teamsUser('pia', 'Pia Lund'); // the same, once Graph has lost the admin's consent
const quinn = teamsUser('quinn', 'Quinn Lee'); // the same, given an action by a report Priya approved
const channel: TeamsConversation = { id: '19:chesterfield@thread.tacv2', type: 'channel', tenantId };

const env: Record<string, string> = {};
let graph: FakeMicrosoftGraph;
beforeAll(async () => {
  graph = await new FakeMicrosoftGraph({
    tenantId,
    clientId: 'graph-client',
    clientSecret: 'graph-secret',
    catalogAppId,
    onInstall: (userId) => teams.connector.installAppFor(userId),
  }).start();
  Object.assign(env, {
    GRAPH_CATALOG_APP_ID: catalogAppId,
    GRAPH_TENANT_ID: tenantId,
    GRAPH_CLIENT_ID: 'graph-client',
    GRAPH_CLIENT_SECRET: 'graph-secret',
    GRAPH_API_URL: graph.graphUrl,
    GRAPH_LOGIN_URL: graph.baseUrl,
  });
});
afterAll(() => graph.stop());

const teams = teamsScene({
  now: new Date('2026-12-03T11:00:00Z'),
  env,
  people: [
    registered(priya, { _id: 'person-priya', roles: ['qa_manager'], districtIds: [] }),
    registered(nina, { _id: 'person-nina', roles: ['staff'] }),
    registered(omar, { _id: 'person-omar', roles: ['staff'] }),
    registered(pia, { _id: 'person-pia', roles: ['staff'] }),
    registered(quinn, { _id: 'person-quinn', roles: ['staff'] }),
  ],
  seed: async () => {
    await database.stores.conversationLinks.remember(aTeamsChannelLink(channel, connector.serviceUrl));
    for (const who of [nina, omar, pia, quinn]) connector.withoutAppFor(who.aadObjectId);
    await teams.say(priya, chatOf(priya), 'hello');
  },
});
const { database, connector } = teams;

const posts = (who: typeof nina) => connector.callsTo(chatOf(who).id).filter((call) => call.method === 'POST');

async function assignAction(ownerId: string, what: string) {
  const action = await database.stores.actions.create(anAction({ ownerId, what }));
  await teams.deliverNow([actionAssigned(action)]);
}

describe('Teams: reaching someone for whom the app is installed nowhere', () => {
  it('installs the app for her through Graph, opens her chat and sends her action card, once', async () => {
    await assignAction('person-nina', 'Record the child’s wishes at every visit');

    expect(graph.installs).toEqual([
      {
        userId: nina.aadObjectId,
        appBinding: `${graph.graphUrl}/appCatalogs/teamsApps/${catalogAppId}`,
        authorization: expect.stringMatching(/^Bearer graph-token-/),
        status: 201,
      },
    ]);
    expect(graph.tokenRequests).toEqual([
      {
        tenantId,
        form: {
          grant_type: 'client_credentials',
          client_id: 'graph-client',
          client_secret: 'graph-secret',
          scope: `${new URL(graph.baseUrl).origin}/.default`,
        },
      },
    ]);
    expect(posts(nina)).toHaveLength(1);
    expect(textsOf(cardIn(posts(nina)[0]?.activity)).join(' ')).toContain('Record the child’s wishes at every visit');
    expect(await database.stores.conversationLinks.findByConversation('teams', chatOf(nina).id)).toMatchObject({
      kind: 'personal',
      personId: 'person-nina',
      status: 'active',
    });
  });

  it('uses the same Graph token for the next person, and her second card goes to the chat already open', async () => {
    await assignAction('person-omar', 'Chronologies kept up to date');
    await assignAction('person-nina', 'Supervision notes record every child’s plan');

    expect(graph.tokenRequests).toHaveLength(1);
    expect(graph.installs.map((install) => install.userId)).toEqual([nina.aadObjectId, omar.aadObjectId]);
    expect(posts(omar)).toHaveLength(1);
    expect(posts(nina)).toHaveLength(2);
  });

  it('when Graph refuses, keeps the card as failed with why, lists it for the QA manager, and sends it once she writes', async () => {
    graph.withoutConsent();

    await assignAction('person-pia', 'Step-down checklist agreed with the MAT');

    expect(posts(pia)).toHaveLength(0);
    await teams.say(priya, chatOf(priya), 'show failed deliveries');
    const card = cardIn(teams.lastIn(chatOf(priya))?.activity);
    const listed = [...textsOf(card), ...factsOf(card)].join(' ');
    expect(listed).toMatch(/their action card → Teams, Pia Lund/);
    expect(listed).toContain('Microsoft Graph would not install the app for them (403)');

    connector.installAppFor(pia.aadObjectId);
    await teams.say(pia, chatOf(pia), 'hello');
    await teams.settle();
    expect(
      posts(pia).filter((call) => /Step-down checklist/.test(textsOf(cardIn(call.activity)).join(' '))),
    ).toHaveLength(1);
  });

  it('tells whoever caused the message, once tried, that it could not reach its person, and why', async () => {
    const action = await database.stores.actions.create(
      anAction({ ownerId: 'person-quinn', what: 'Chronologies kept up to date' }),
    );

    await teams.deliverNow([{ ...actionAssigned(action), senderId: 'person-priya' }]);
    await teams.settle();

    expect(posts(quinn)).toHaveLength(0);
    const told = connector
      .callsTo(chatOf(priya).id)
      .filter(
        (call) => call.method === 'POST' && /Could not reach Quinn Lee/.test(textsOf(cardIn(call.activity)).join(' ')),
      );
    expect(told).toHaveLength(1);
    const text = [...textsOf(cardIn(told[0]?.activity)), ...factsOf(cardIn(told[0]?.activity))].join(' ');
    expect(text).toContain('Could not reach Quinn Lee with their action card');
    expect(text).toContain('Microsoft Graph would not install the app for them (403)');
    expect(text).toContain('Tell Quinn Lee directly.');
  });
});

import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { slack as validSlackPayload } from '../../src/core/schema-validators.generated.js';
import { createDispatcher, createRelayApp, type RelayLogLine } from '../../src/relay/index.js';
import { fitSlackPayload, SLACK_EVENT_TYPE, type SlackPayload } from '../../src/relay/slack.js';
import { createSlackSandbox, type SlackSandbox } from '@sitrep/sandbox/slack';
import { useSandbox } from '../harness/index.js';
import { gate } from '../support/interleave.js';
import { SECRET } from './fixtures.js';

const ctx = useSandbox();
let slack: SlackSandbox;
let server: Server;
let base: string;
const lines: RelayLogLine[] = [];

beforeAll(async () => {
  slack = await createSlackSandbox();
  slack.addUser('alice', 'Alice A');
  slack.addUser('bob', 'Bob B');
  slack.addChannel('inc-42-checkout', { members: [slack.botUserId] });
  slack.addChannel('support', { members: [slack.botUserId] });
  const app = createRelayApp({
    repo: 'acme/incidents',
    secret: SECRET,
    token: ctx.sandbox.token,
    apiUrl: ctx.sandbox.url,
    log: (line) => lines.push(line),
    slack: {
      signingSecret: slack.signingSecret,
      teamId: slack.teamId,
      token: slack.token,
      slackApiUrl: slack.url,
      reactions: ['pushpin'],
      dispatch: createDispatcher<SlackPayload>({ repo: 'acme/incidents', token: ctx.sandbox.token, apiUrl: ctx.sandbox.url, eventType: SLACK_EVENT_TYPE, retryBaseMs: 5 }),
    },
  });
  server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(started as Server));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await slack.close();
});
afterEach(() => slack.assertNoViolations());

function dispatched(): { eventType: string; clientPayload: SlackPayload }[] {
  return ctx.sandbox.repo().dispatches().filter((d) => d.eventType === SLACK_EVENT_TYPE) as never;
}

function checked(payload: SlackPayload): SlackPayload {
  expect(validSlackPayload(payload), JSON.stringify(validSlackPayload.errors)).toBe(true);
  return payload;
}

describe('the relay\'s Slack routes', () => {
  it('forwards a signed slash command once, as sitrep-slack, and answers at once', async () => {
    const before = dispatched().length;
    const response = await slack.send(`${base}/slack/commands`, slack.slashCommand('alice', 'inc-42-checkout', 'update Rolled back <@U0BOB>'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('Sent to GitHub') });
    const sent = dispatched().slice(before);
    expect(sent).toHaveLength(1);
    expect(checked(sent[0]!.clientPayload)).toMatchObject({
      version: 1,
      kind: 'command',
      team: slack.teamId,
      channel: slack.channel('inc-42-checkout').id,
      user: { id: slack.users[1]!.id, name: 'alice' },
      text: 'update Rolled back <@U0BOB>',
      response_url: expect.stringMatching(/^https:\/\/hooks\.slack\.com\//),
    });
  });

  it.each([
    ['a forged signature', { secret: 'not-the-signing-secret' }],
    ['a stale timestamp (6 minutes old)', { timestamp: Math.floor(Date.now() / 1000) - 360 }],
    ['a timestamp from the future', { timestamp: Math.floor(Date.now() / 1000) + 360 }],
  ])('answers 401 and forwards nothing for %s', async (_name, sendOptions) => {
    const before = dispatched().length;
    for (const [path, request] of [
      ['/slack/commands', slack.slashCommand('alice', 'inc-42-checkout', 'update x')],
      ['/slack/events', slack.eventCallback(slack.pin('alice', 'inc-42-checkout', slack.postAs('alice', 'inc-42-checkout', 'finding').ts))],
      ['/slack/interactivity', slack.blockAction('alice', 'inc-42-checkout', 'sitrep_command', 'resolve')],
    ] as const) {
      const response = await slack.send(`${base}${path}`, request, sendOptions);
      expect(response.status).toBe(401);
    }
    expect(dispatched().length).toBe(before);
  });

  it('answers a request without any signature 401', async () => {
    const response = await fetch(`${base}/slack/commands`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'team_id=T1&text=x' });
    expect(response.status).toBe(401);
  });

  it('answers 403 for another workspace and forwards nothing', async () => {
    const before = dispatched().length;
    const request = slack.slashCommand('alice', 'inc-42-checkout', 'update x');
    const other = { ...request, body: request.body.replace(`team_id=${slack.teamId}`, 'team_id=T0OTHERTEAM') };
    const response = await slack.send(`${base}/slack/commands`, other);
    expect(response.status).toBe(403);
    expect(dispatched().length).toBe(before);
  });

  it('answers 413 for an oversized body', async () => {
    const response = await slack.send(`${base}/slack/events`, { body: JSON.stringify({ type: 'event_callback', pad: 'x'.repeat(1024 * 1024) }), contentType: 'application/json' });
    expect(response.status).toBe(413);
  });

  it('answers the url_verification challenge', async () => {
    const response = await slack.send(`${base}/slack/events`, slack.urlVerification('3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P'));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: '3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P' });
  });

  it('forwards a pin as a timeline entry once, however often Slack retries it', async () => {
    const before = dispatched().length;
    const reply = slack.postAs('bob', 'inc-42-checkout', 'The cache <!here> was cold', { thread_ts: slack.postAs('alice', 'inc-42-checkout', 'root').ts });
    const event = slack.eventCallback(slack.pin('alice', 'inc-42-checkout', reply.ts));
    expect((await slack.send(`${base}/slack/events`, event)).status).toBe(200);
    expect((await slack.send(`${base}/slack/events`, event, { retryNum: 1 })).status).toBe(200);
    expect((await slack.send(`${base}/slack/events`, event, { retryNum: 2 })).status).toBe(200);
    const sent = dispatched().slice(before);
    expect(sent).toHaveLength(1);
    expect(checked(sent[0]!.clientPayload)).toMatchObject({
      kind: 'timeline',
      channel: slack.channel('inc-42-checkout').id,
      ts: reply.ts,
      text: 'The cache <!here> was cold',
      permalink: slack.permalink(slack.channel('inc-42-checkout').id, reply.ts),
      details: { via: 'pin', author: slack.users[2]!.id, thread_ts: reply.thread_ts },
    });
  });

  it('forwards a reaction only when it is a timeline reaction', async () => {
    const before = dispatched().length;
    const message = slack.postAs('bob', 'inc-42-checkout', 'p99 back to 120 ms');
    await slack.send(`${base}/slack/events`, slack.eventCallback(slack.react('alice', 'inc-42-checkout', message.ts, 'thumbsup')));
    await slack.send(`${base}/slack/events`, slack.eventCallback(slack.react('alice', 'inc-42-checkout', message.ts, 'pushpin')));
    const sent = dispatched().slice(before);
    expect(sent.map((d) => checked(d.clientPayload).details?.via)).toEqual(['reaction:pushpin']);
    expect(sent[0]!.clientPayload).toMatchObject({ kind: 'timeline', ts: message.ts });
  });

  it('opens the Declare incident form from the shortcut, prefilled, and forwards its submission with the permalink', async () => {
    const before = dispatched().length;
    const message = slack.postAs('bob', 'support', 'Acme says checkout returns 502 in the EU\nsince 09:50');
    const opened = await slack.send(`${base}/slack/interactivity`, slack.messageShortcut('alice', 'support', message.ts));
    expect(opened.status).toBe(200);
    expect(slack.views).toHaveLength(1);
    const view = slack.views[0]!.view as { callback_id: string; private_metadata: string; blocks: { block_id: string; element: { initial_value?: string } }[] };
    expect(view.callback_id).toBe('declare_incident');
    expect(view.blocks.find((b) => b.block_id === 'title')?.element.initial_value).toBe('Acme says checkout returns 502 in the EU');
    expect(view.blocks.find((b) => b.block_id === 'summary')?.element.initial_value).toBe('Acme says checkout returns 502 in the EU\nsince 09:50');
    expect(dispatched().length).toBe(before);

    const submitted = await slack.send(
      `${base}/slack/interactivity`,
      slack.viewSubmission('alice', { callback_id: view.callback_id, private_metadata: view.private_metadata }, {
        title: { value: { type: 'plain_text_input', value: 'Checkout 502 in the EU' } },
        severity: { value: { type: 'static_select', selected_option: { value: 'P1' } } },
        status: { value: { type: 'radio_buttons', selected_option: { value: 'investigating' } } },
        summary: { value: { type: 'plain_text_input', value: 'Acme reports 502s' } },
        customers: { value: { type: 'plain_text_input', value: 'acme, globex' } },
      }),
    );
    expect(await submitted.json()).toEqual({ response_action: 'clear' });
    const sent = dispatched().slice(before);
    expect(sent).toHaveLength(1);
    expect(checked(sent[0]!.clientPayload)).toMatchObject({
      kind: 'declare',
      channel: slack.channel('support').id,
      ts: message.ts,
      text: 'Checkout 502 in the EU',
      permalink: slack.permalink(slack.channel('support').id, message.ts),
      details: { severity: 'P1', status: 'investigating', summary: 'Acme reports 502s', customers: ['acme', 'globex'] },
    });
  });

  it('tells the person when GitHub has not accepted a command within 2.5 s, and still forwards it', async () => {
    const before = dispatched().length;
    const held = gate();
    ctx.sandbox.faults.inject({ method: 'POST', path: '/repos/acme/incidents/dispatches', hold: held.hold });
    const response = await slack.send(`${base}/slack/commands`, slack.slashCommand('alice', 'inc-42-checkout', 'update still looking'));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining('GitHub has not accepted `/inc update still looking` yet') });
    expect(dispatched().length).toBe(before);
    held.release();
    await expect.poll(() => dispatched().length).toBe(before + 1);
  });

  it('never logs the signing secret or the token', () => {
    const logged = JSON.stringify(lines);
    expect(lines.some((l) => l.route.startsWith('/slack/'))).toBe(true);
    expect(logged).not.toContain(slack.signingSecret);
    expect(logged).not.toContain(slack.token);
  });
});

describe('the sitrep-slack payload', () => {
  it('cuts a long message to GitHub\'s 65,535 characters, keeping the permalink', () => {
    const permalink = 'https://acme.slack.com/archives/C0INC0042/p1763719092000100';
    const fitted = fitSlackPayload({ version: 1, kind: 'timeline', team: 'T0ACME0001', channel: 'C0INC0042', user: { id: 'U0ALICE' }, ts: '1763719092.000100', text: '"<&>'.repeat(30_000), permalink, details: { via: 'pin' } });
    expect(JSON.stringify(fitted).length).toBeLessThanOrEqual(65_535);
    expect(fitted.permalink).toBe(permalink);
    expect(fitted.text!.endsWith('…')).toBe(true);
    expect(fitted.details!.truncated).toBeGreaterThan(0);
    expect(Object.keys(fitted).length).toBeLessThanOrEqual(10);
    expect(validSlackPayload(fitted)).toBe(true);
  });
});

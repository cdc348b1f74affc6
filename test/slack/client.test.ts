import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { channelName, channelTopic } from '../../src/core/slack.js';
import { SlackApiError, SlackClient } from '../../src/slack/client.js';
import { createSlackSandbox, type SlackSandbox } from '@sitrep/sandbox/slack';

let slack: SlackSandbox;
let client: SlackClient;

beforeAll(async () => {
  slack = await createSlackSandbox();
  client = new SlackClient({ token: slack.token, slackApiUrl: slack.url, retries: 1 });
});
afterEach(() => {
  slack.faults.down = false;
  slack.faults.missingScope('conversations.create', null);
  slack.assertNoViolations();
});
afterAll(() => slack.close());

async function failure(promise: Promise<unknown>): Promise<SlackApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(SlackApiError);
    return error as SlackApiError;
  }
  throw new Error('expected the call to fail');
}

describe('the Slack client, against the sandbox Slack', () => {
  it('creates the incident channel, with a suffix when the name is taken', async () => {
    const name = channelName('inc', 42, 'Checkout API returns 502');
    slack.addChannel(name);
    slack.addChannel(`${name}-2`);
    const created = await client.createChannel(name, { private: false });
    expect(created.name).toBe('inc-42-checkout-api-returns-502-3');
    expect(slack.channel(created.channel)).toMatchObject({ name: created.name, is_private: false, members: [slack.botUserId] });
    expect(slack.calls.filter((c) => c.method === 'conversations.create').map((c) => c.outcome)).toEqual(['name_taken', 'name_taken', 'ok']);
  });

  it('creates a private channel for a private type', async () => {
    const created = await client.createChannel('sec-7-leaked-key', { private: true });
    expect(slack.channel(created.channel).is_private).toBe(true);
    expect(created.channel).toMatch(/^G/);
  });

  it('invites, sets the topic only when it differs, bookmarks the issue, posts and archives', async () => {
    const alice = slack.addUser('alice');
    const bob = slack.addUser('bob');
    const { channel } = await client.createChannel('inc-43-search-down', { private: false });
    await client.invite(channel, [alice.id, bob.id]);
    await client.invite(channel, [alice.id]);
    expect(slack.channel(channel).members).toEqual([slack.botUserId, alice.id, bob.id]);

    const topic = channelTopic({ id: 'INC-43', severity: 'P1', status: 'investigating', next_update_due: '2026-11-21T10:30:00Z' }, Date.parse('2026-11-21T10:00:00Z'));
    expect(await client.setTopic(channel, topic)).toBe(true);
    expect(await client.setTopic(channel, topic)).toBe(false);
    expect(slack.channel(channel).topic).toBe('INC-43 · P1 · investigating · next update 10:30 UTC');
    expect(slack.calls.filter((c) => c.method === 'conversations.setTopic')).toHaveLength(1);

    await client.bookmark(channel, 'INC-43 on GitHub', 'https://github.com/acme/incidents/issues/43');
    expect(slack.channel(channel).bookmarks).toMatchObject([{ title: 'INC-43 on GitHub', link: 'https://github.com/acme/incidents/issues/43' }]);

    const ts = await client.postMessage(channel, { text: 'INC-43 declared (P1)' });
    expect(slack.messages.find((m) => m.ts === ts)).toMatchObject({ channel, text: 'INC-43 declared (P1)', bot: true });

    await client.archive(channel);
    await client.archive(channel);
    expect(slack.channel(channel).is_archived).toBe(true);
  });

  it('reads pins, a message, a thread reply and a permalink', async () => {
    const carol = slack.addUser('carol', 'Carol C');
    const { channel } = await client.createChannel('inc-44-pins', { private: false });
    const top = slack.postAs('carol', channel, 'Error rate spikes at 09:58');
    const reply = slack.postAs('carol', channel, 'It was the cache', { thread_ts: top.ts });
    slack.pin('carol', channel, top.ts);
    slack.pin('carol', channel, reply.ts);
    expect(await client.pins(channel)).toEqual([
      { channel, ts: top.ts, user: carol.id, text: 'Error rate spikes at 09:58' },
      { channel, ts: reply.ts, user: carol.id, text: 'It was the cache', thread_ts: top.ts },
    ]);
    expect(await client.message(channel, top.ts)).toMatchObject({ ts: top.ts, text: 'Error rate spikes at 09:58' });
    expect(await client.message(channel, reply.ts, top.ts)).toMatchObject({ ts: reply.ts, text: 'It was the cache', thread_ts: top.ts });
    expect(await client.message(channel, '1000000000.000001')).toBeUndefined();
    expect(await client.permalink(channel, top.ts)).toBe(slack.permalink(channel, top.ts));
  });

  it('names the channel and the scope when Slack refuses, and never the token', async () => {
    slack.faults.missingScope('conversations.create', 'channels:manage');
    const scope = await failure(client.createChannel('inc-45-x', { private: false }));
    expect(scope).toMatchObject({ method: 'conversations.create', code: 'missing_scope', needed: 'channels:manage' });
    expect(scope.message).toContain('the app lacks the scope channels:manage');

    const missing = await failure(client.setTopic('C0NOSUCH01', 'x'));
    expect(missing).toMatchObject({ code: 'channel_not_found', channel: 'C0NOSUCH01' });
    expect(missing.message).toContain('channel C0NOSUCH01 not found');

    const privateChannel = slack.addChannel('private-elsewhere', { private: true });
    const notIn = await failure(client.postMessage(privateChannel.id, { text: 'x' }));
    expect(notIn.message).toContain(`not a member of channel ${privateChannel.id}`);

    const bad = new SlackClient({ token: 'xoxb-wrong-token-123', slackApiUrl: slack.url, retries: 0 });
    const refused = await failure(bad.postMessage(privateChannel.id, { text: 'x' }));
    expect(refused.code).toBe('invalid_auth');
    for (const error of [scope, missing, notIn, refused]) {
      expect(JSON.stringify({ ...error, text: error.message })).not.toContain(slack.token);
      expect(JSON.stringify({ ...error, text: error.message })).not.toContain('xoxb-wrong-token-123');
    }
  });

  it('waits Retry-After when rate limited and then succeeds; fails naming the method when Slack is down', async () => {
    slack.faults.ratelimited(1, 1);
    const { channel } = await client.createChannel('inc-46-ratelimited', { private: false });
    expect(slack.calls.filter((c) => c.method === 'conversations.create').slice(-2).map((c) => c.outcome)).toEqual(['429', 'ok']);
    slack.faults.down = true;
    const down = await failure(client.postMessage(channel, { text: 'x' }));
    expect(down.message).toMatch(/^Slack chat.postMessage: /);
    expect(down.message).not.toContain(slack.token);
  });

  it('answers through a response_url on Slack\'s host only', async () => {
    const refused = await failure(client.respond('https://evil.example/hook', { text: 'x' }));
    expect(refused.message).toContain('is not Slack');
  });
});

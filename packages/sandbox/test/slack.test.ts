/** The sandbox Slack on its own: Slack's request signing, its auth answers and its checks of each call. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackSandbox, slackSignature, type SlackSandbox } from '@sitrep/sandbox/slack';

let slack: SlackSandbox;

beforeAll(async () => {
  slack = await createSlackSandbox();
});
afterAll(() => slack.close());

/** One Web API call as a form post, the way Slack's clients send it. */
async function call(method: string, fields: Record<string, string>, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(`${slack.url}${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: new URLSearchParams(fields).toString(),
  });
  return (await response.json()) as Record<string, unknown>;
}

describe('the sandbox Slack', () => {
  it('signs as Slack documents it (api.slack.com/authentication/verifying-requests-from-slack)', () => {
    const body =
      'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(slackSignature('8f742231b10e8888abcd99yyyzzz85a5', 1531420618, body)).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  });

  it('answers not_authed without a token and invalid_auth with a wrong one, creating nothing', async () => {
    const before = slack.channels.length;
    expect(await call('conversations.create', { name: 'inc-1' })).toMatchObject({ ok: false, error: 'not_authed' });
    expect(await call('conversations.create', { name: 'inc-1' }, 'xoxb-not-the-token')).toMatchObject({ ok: false, error: 'invalid_auth' });
    expect(slack.channels).toHaveLength(before);
  });

  it('records a call missing a required argument or carrying an unknown one as a violation', async () => {
    await call('conversations.setTopic', { channel: '', colour: 'red' }, slack.token);
    expect(slack.violations).toEqual([
      'conversations.setTopic: argument "colour" is not in Slack\'s description of the method',
      'conversations.setTopic: required argument "channel" is missing',
      'conversations.setTopic: required argument "topic" is missing',
    ]);
    expect(() => slack.assertNoViolations()).toThrow();
  });
});

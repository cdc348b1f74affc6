import { describe, expect, it } from 'vitest';
import { checkConfig, loadConfig } from '../../src/core/config.js';
import { reactionName } from '../../src/core/slack-config.js';

describe('the slack configuration key', () => {
  it('is off unless given, and takes SPEC 4.12\'s defaults when given empty', () => {
    expect(loadConfig('label: incident').slack).toBeNull();
    expect(loadConfig('slack: null').slack).toBeNull();
    expect(loadConfig('slack: {}').slack).toEqual({
      tokenEnv: 'SITREP_SLACK_TOKEN',
      channelPrefix: 'inc',
      announce: null,
      privateTypes: ['security'],
      archive: 'closed',
      pins: true,
      reactions: ['pushpin'],
    });
  });

  it('reads every key as SPEC 4.12 writes them', () => {
    const config = loadConfig(`slack:
  token_env: ACME_SLACK_BOT
  channel_prefix: sev
  announce: C0ANNOUNCE
  private_types: [incident, security]
  archive: never
  timeline: [":eyes:", "📌"]
`);
    expect(config.slack).toEqual({
      tokenEnv: 'ACME_SLACK_BOT',
      channelPrefix: 'sev',
      announce: 'C0ANNOUNCE',
      privateTypes: ['incident', 'security'],
      archive: 'never',
      pins: false,
      reactions: ['eyes', 'pushpin'],
    });
  });

  it.each([
    ['slack: { colour: red }', /unknown key "slack.colour"; accepted keys here: token_env, channel_prefix, announce, private_types, archive, timeline/],
    ['slack: { archive: resolved }', /slack\.archive: "resolved" is not accepted; use one of closed, never/],
    ['slack: { channel_prefix: "Incidents!" }', /slack\.channel_prefix/],
    ['slack: { announce: "#incidents" }', /slack\.announce/],
    ['slack: { private_types: [secret] }', /slack\.private_types\.0/],
    ['slack: { token_env: "xoxb-123" }', /slack\.token_env/],
  ])('refuses %s, naming the key', (text, message) => {
    const { config, problems } = checkConfig(text);
    expect(config).toBeUndefined();
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(problems[0]!.line).toBe(1);
  });

  it('names reactions as Slack does', () => {
    expect(['📌', ':pushpin:', 'pushpin', ' :eyes: '].map(reactionName)).toEqual(['pushpin', 'pushpin', 'pushpin', 'eyes']);
  });
});

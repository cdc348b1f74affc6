import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { initCommand } from '../../src/cli/init.js';
import { DOCUMENTED } from '@sitrep/sandbox/slack';
import { DECLARE_CALLBACK_ID } from '../../src/slack/modal.js';
import { readTemplate } from '../../src/templates.js';

interface Manifest {
  features: { slash_commands: { command: string; url: string; should_escape: boolean }[]; shortcuts: { type: string; callback_id: string }[] };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url: string } };
}

const text = readTemplate('slack-app.yml');
const manifest = parse(text) as Manifest;

describe('the Slack app manifest (templates/slack-app.yml)', () => {
  it('has the command, the shortcut and the events, with request URLs at the relay\'s routes', () => {
    expect(manifest.features.slash_commands).toMatchObject([{ command: '/inc', url: 'https://relay.example.com/slack/commands', should_escape: true }]);
    expect(manifest.features.shortcuts).toMatchObject([{ type: 'message', callback_id: DECLARE_CALLBACK_ID }]);
    expect(manifest.settings.event_subscriptions).toEqual({ request_url: 'https://relay.example.com/slack/events', bot_events: ['pin_added', 'reaction_added'] });
    expect(manifest.settings.interactivity).toEqual({ is_enabled: true, request_url: 'https://relay.example.com/slack/interactivity' });
  });

  it('asks for a scope for every method sitrep calls, and explains each scope it asks for', () => {
    const scopes = manifest.oauth_config.scopes.bot;
    for (const [method, { scopes: needed }] of Object.entries(DOCUMENTED)) {
      if (needed.length) expect(needed.some((s) => scopes.includes(s)), method).toBe(true);
    }
    for (const scope of scopes) expect(text, scope).toMatch(new RegExp(`^# {3}${scope} +\\S`, 'm'));
    expect(scopes).not.toContain('users:read');
    expect(scopes).not.toContain('chat:write.public');
  });

  it('is written by sitrep init --slack, and only then', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-init-slack-'));
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await initCommand([join(dir, 'plain')])).toBe(0);
      expect(() => readFileSync(join(dir, 'plain/.github/slack-app.yml'))).toThrow();
      expect(await initCommand([join(dir, 'with'), '--slack'])).toBe(0);
      expect(readFileSync(join(dir, 'with/.github/slack-app.yml'), 'utf8')).toBe(text);
      expect(out.mock.calls.map((c) => String(c[0])).join('')).toContain('Create New App → From an app manifest');
    } finally {
      out.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

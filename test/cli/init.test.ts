import { describe, expect, it } from 'vitest';
import { initFiles } from '../../src/cli/init.js';
import { loadConfig } from '../../src/core/config.js';

const configOf = (files: { path: string; text: string }[]) => files.find((f) => f.path === '.github/sitrep.yml')!.text;

describe('sitrep init --email', () => {
  it('adds the email configuration, commented, and a config that stays valid', () => {
    const plain = configOf(initFiles());
    const text = configOf(initFiles('sitrep/sitrep@v1', { email: true }));
    expect(text.startsWith(plain)).toBe(true);
    expect(plain).not.toContain('from_domains');
    // Commented, it changes nothing.
    expect(loadConfig(text, '.github/sitrep.yml')).toEqual(loadConfig(plain, '.github/sitrep.yml'));
  });

  it('once uncommented, is an email channel per audience, the allow-list and a customer routed to its channel', () => {
    const added = configOf(initFiles('sitrep/sitrep@v1', { email: true })).slice(configOf(initFiles()).length);
    // The prose first, then the YAML from `# email:` on.
    const uncommented = added.slice(added.indexOf('# email:')).replace(/^# ?/gm, '');
    const config = loadConfig(uncommented, '.github/sitrep.yml');
    expect(config.email.fromDomains).toEqual(['acme.example']);
    expect(config.notify.map((c) => [c.name, c.type, c.customers])).toEqual([
      ['oncall-mail', 'email', []],
      ['acme-mail', 'email', ['acme']],
    ]);
    expect(config.customers.acme).toEqual(['@acme.example', 'jane@acme.example']);
  });
});

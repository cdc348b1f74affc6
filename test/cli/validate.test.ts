/**
 * `sitrep validate` as a user runs it: the built `dist/cli.js` (built by the global setup when
 * stale) in a child process, on temporary repositories; assertions are on what it prints and
 * its exit code.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { git, runCli, type CliRun } from '../support/cli.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const exampleIncident = readFileSync(join(root, 'examples/incidents/INC-31.md'), 'utf8');

function sitrep(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env?.GITHUB_ACTIONS) delete env.GITHUB_ACTIONS;
  return runCli(args, { cwd: options.cwd ?? root, env });
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path → text). */
function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-validate-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** The example P2 incident renumbered to `n`, with front matter lines replaced. */
function incident(n: number, fields: Record<string, string> = {}): string {
  let text = exampleIncident.replace(/^id: INC-31$/m, `id: INC-${n}`).replace(/^issue: 31$/m, `issue: ${n}`);
  for (const [key, value] of Object.entries(fields)) text = text.replace(new RegExp(`^${key}: .*$`, 'm'), `${key}: ${value}`);
  return text;
}

const CONFIG = 'label: incident\nseverities:\n  P1: { update_every: 30m }\n  P2: { update_every: 2h }\n';

describe('sitrep validate', () => {
  it('accepts the examples folder', async () => {
    const run = await sitrep(['validate', 'examples']);
    expect(run).toEqual({ status: 0, stdout: '5 files checked, 0 problems\n', stderr: '' });
  });

  it('reports every bad file with path:line:column, checks them all, and exits 1', async () => {
    const dir = repository({
      '.github/sitrep.yml': CONFIG,
      'incidents/INC-1.md': incident(1),
      'incidents/INC-2.md': incident(2).replace('source: customer\n', 'source: customer\nowner: dave\n'),
      'incidents/INC-3.md': incident(3, { status: 'done' }),
      'incidents/INC-4.md': incident(4, { declared_at: '2026-12-03 08:12' }),
      'incidents/INC-5.md': incident(5, { resolved_at: '2026-10-14T09:00:00Z' }),
      'incidents/INC-6.md': incident(6, { id: 'INC-1', issue: '1' }),
      'incidents/INC-7.md': 'Search is stale again.\n',
      'incidents/INC-8.md': '---\nid: INC-8\ntitle: "unterminated\n---\n',
      'incidents/INC-9.md': incident(9, { severity: 'P3' }),
      'incidents/INC-10.md': incident(10),
    });
    const run = await sitrep(['validate'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      'incidents/INC-2.md:9:1: unknown key "owner"; accepted keys here: id, title, severity, status, type, issue, source, services, customers, declared_at, started_at, acknowledged_at, mitigated_at, resolved_at, closed_at, next_update_due, roles, postmortem, followups, alert, public, slack, caused_by, email',
      'incidents/INC-3.md:5:1: status: "done" is not accepted; use one of triage, investigating, fixing, monitoring, resolved, closed, declined',
      'incidents/INC-4.md:11:1: declared_at: "2026-12-03 08:12" is not valid; accepted: A UTC time in RFC 3339 at second precision, e.g. 2026-11-21T10:02:11Z.',
      'incidents/INC-5.md:15:1: resolved_at 2026-10-14T09:00:00Z is before mitigated_at 2026-10-14T10:41:15Z; times must not go backwards: declared_at ≤ acknowledged_at ≤ mitigated_at ≤ resolved_at ≤ closed_at',
      'incidents/INC-6.md:2:1: id "INC-1" does not match the file name INC-6.md; the id must be INC-6',
      'incidents/INC-6.md:2:1: id INC-1 is also used by incidents/INC-1.md; every incident needs its own id (INC-<issue number>)',
      'incidents/INC-7.md:1:1: missing front matter: the file must start with a YAML block between two "---" lines',
      expect.stringMatching(/^incidents\/INC-8\.md:3:\d+: YAML syntax: /),
      'incidents/INC-9.md:4:1: severity "P3" is not defined in the configuration; defined: P1, P2',
      '11 files checked, 9 problems',
      '',
    ]);
    expect(run.status).toBe(1);
  });

  it('also prints each problem as a GitHub annotation when GITHUB_ACTIONS=true', async () => {
    const dir = repository({ 'incidents/INC-3.md': incident(3, { status: 'done' }), 'incidents/INC-4.md': incident(4) });
    const run = await sitrep(['validate'], { cwd: dir, env: { GITHUB_ACTIONS: 'true' } });
    expect(run.stdout).toBe(
      [
        'incidents/INC-3.md:5:1: status: "done" is not accepted; use one of triage, investigating, fixing, monitoring, resolved, closed, declined',
        '::error file=incidents/INC-3.md,line=5,col=1::status: "done" is not accepted; use one of triage, investigating, fixing, monitoring, resolved, closed, declined',
        '2 files checked, 1 problem',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
  });

  it('reports an invalid configuration at its line, relative to the working directory', async () => {
    const dir = repository({ 'acme/.github/sitrep.yml': 'lable: incident\n', 'acme/incidents/INC-1.md': incident(1) });
    const run = await sitrep(['validate', 'acme'], { cwd: dir });
    expect(run.stdout).toBe(
      'acme/.github/sitrep.yml:1:1: unknown key "lable"; accepted keys here: label, command, paths, commands, severities, status_cadence, monitoring, postmortem, bots, escalation, followups, alerts, notify, email, status_page, slack, changes, paging, services, people, catalog\n2 files checked, 1 problem\n',
    );
    expect(run.status).toBe(1);
  });

  it('takes folder names from the configuration found by walking up from a given folder', async () => {
    const dir = repository({
      '.github/sitrep.yml': 'paths: { incidents: ops/incidents, postmortems: ops/postmortems }\n',
      'ops/incidents/INC-1.md': incident(1, { severity: 'SEV9' }),
      'incidents/INC-2.md': incident(2, { severity: 'SEV9' }),
    });
    const run = await sitrep(['validate', 'ops/incidents'], { cwd: dir });
    expect(run.stdout).toBe(
      'ops/incidents/INC-1.md:4:1: severity "SEV9" is not defined in the configuration; defined: P1, P2, P3\n2 files checked, 1 problem\n',
    );
    expect(run.status).toBe(1);
  });

  it('checks a postmortem given alone against the incidents on disk', async () => {
    const postmortem = readFileSync(join(root, 'examples/postmortems/INC-42.md'), 'utf8');
    const dir = repository({ '.git/HEAD': 'ref: refs/heads/main\n', 'incidents/INC-42.md': incident(42), 'postmortems/INC-42.md': postmortem, 'postmortems/INC-43.md': postmortem.replace(/INC-42\b/g, 'INC-43') });
    const run = await sitrep(['validate', 'postmortems/INC-42.md', 'postmortems/INC-43.md'], { cwd: dir });
    expect(run.stdout).toBe('postmortems/INC-43.md:3:1: incident INC-43 does not exist: there is no incidents/INC-43.md\n2 files checked, 1 problem\n');
    expect(run.status).toBe(1);
  });

  it('reports a final postmortem without a root cause and an action item without an owner', async () => {
    const postmortem = readFileSync(join(root, 'examples/postmortems/INC-42.md'), 'utf8');
    const broken = postmortem
      .replace(/(## Root cause\n\n<!--[^\n]*-->\n)[\s\S]*?(\n## Contributing factors)/, '$1$2')
      .replace('— owner: @bob, due: 2026-12-12, issue:', '— due: 2026-12-12, issue:');
    const dir = repository({ 'incidents/INC-42.md': incident(42), 'postmortems/INC-42.md': broken });
    const run = await sitrep(['validate'], { cwd: dir });
    const lines = run.stdout.trimEnd().split('\n');
    const rootCauseLine = broken.split('\n').indexOf('## Root cause') + 1;
    const itemLine = broken.split('\n').findIndex((l) => l.startsWith('- [ ] Size the checkout-api')) + 1;
    expect(lines).toEqual([
      `postmortems/INC-42.md:${rootCauseLine}:1: "## Root cause" is empty but status is final; say what caused the incident, or set status: draft`,
      `postmortems/INC-42.md:${itemLine}:1: action item "Size the checkout-api database pool from load tes…": it has no owner; a final postmortem names one for every item, e.g. - [ ] Alert on 5xx ratio — owner: @carol, repo: acme/checkout, due: 2026-12-05, priority: high`,
      '2 files checked, 2 problems',
    ]);
    expect(run.status).toBe(1);
  });

  it('exits 0 with a summary when every file is valid', async () => {
    const dir = repository({ '.github/sitrep.yml': CONFIG, 'incidents/INC-1.md': incident(1), 'incidents/INC-2.md': incident(2) });
    expect(await sitrep(['validate', '.'], { cwd: dir })).toEqual({ status: 0, stdout: '3 files checked, 0 problems\n', stderr: '' });
  });

  it('keeps results with --cache-location and still sees a changed file', async () => {
    const dir = repository({ 'incidents/INC-1.md': incident(1), 'incidents/INC-2.md': incident(2) });
    const cache = join(dir, 'cache.json');
    expect((await sitrep(['validate', '--cache-location', cache, 'incidents'], { cwd: dir })).stdout).toBe('2 files checked, 0 problems\n');
    expect((await sitrep(['validate', '--cache-location', cache, 'incidents'], { cwd: dir })).stdout).toBe('2 files checked, 0 problems\n');
    writeFileSync(join(dir, 'incidents/INC-2.md'), incident(2, { status: 'done' }));
    const run = await sitrep(['validate', '--cache-location', cache, 'incidents'], { cwd: dir });
    expect(run.stdout).toBe(
      'incidents/INC-2.md:5:1: status: "done" is not accepted; use one of triage, investigating, fixing, monitoring, resolved, closed, declined\n2 files checked, 1 problem\n',
    );
    expect(run.status).toBe(1);
    // The same cache used from another folder shows paths relative to that folder.
    const inside = await sitrep(['validate', '--cache-location', cache], { cwd: join(dir, 'incidents') });
    expect(inside.stdout).toBe(
      'INC-2.md:5:1: status: "done" is not accepted; use one of triage, investigating, fixing, monitoring, resolved, closed, declined\n2 files checked, 1 problem\n',
    );
  });

  it('skips a file that is not an incident, postmortem or configuration, saying so', async () => {
    const dir = repository({ 'README.md': '# Incidents\n', 'incidents/INC-1.md': incident(1) });
    const run = await sitrep(['validate', 'README.md', 'incidents/INC-1.md'], { cwd: dir });
    expect(run).toEqual({
      status: 0,
      stdout: '1 file checked, 0 problems\n',
      stderr: 'sitrep validate: skipped README.md: not an incident, postmortem or configuration file\n',
    });
  });

  it('with --changed, checks fully only what the branch changed; the others give their names and ids', async () => {
    const dir = repository({
      '.github/sitrep.yml': CONFIG,
      'incidents/INC-1.md': incident(1),
      // A problem the branch did not make: not reported.
      'incidents/INC-2.md': incident(2, { status: 'done' }),
      'incidents/INC-3.md': incident(3),
      'postmortems/INC-3.md': '---\nid: INC-3\nincident: INC-3\ntitle: x\nseverity: P1\nstatus: draft\nauthors: [alice]\n---\n',
    });
    await git(dir, 'init', '-q', '-b', 'main');
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'incidents');
    await git(dir, 'checkout', '-q', '-b', 'edit');
    writeFileSync(join(dir, 'incidents/INC-4.md'), incident(4, { severity: 'P7' }));
    writeFileSync(join(dir, 'incidents/INC-5.md'), incident(1));
    // Deleting an incident leaves its (unchanged) postmortem without one.
    rmSync(join(dir, 'incidents/INC-3.md'));
    await git(dir, 'add', '-A');
    await git(dir, 'commit', '-q', '-m', 'edit');

    const run = await sitrep(['validate', '--changed', 'main'], { cwd: dir });
    expect(run.stdout).toBe(
      [
        'incidents/INC-4.md:4:1: severity "P7" is not defined in the configuration; defined: P1, P2',
        'incidents/INC-5.md:2:1: id "INC-1" does not match the file name INC-5.md; the id must be INC-5',
        'incidents/INC-5.md:2:1: id INC-1 is also used by incidents/INC-1.md; every incident needs its own id (INC-<issue number>)',
        'postmortems/INC-3.md:3:1: incident INC-3 does not exist: there is no incidents/INC-3.md',
        '3 files checked fully (changed since main), 3 read for their ids, 4 problems',
        '',
      ].join('\n'),
    );
    expect(run.status).toBe(1);
    // A changed configuration changes what every file means: every file is checked.
    writeFileSync(join(dir, '.github/sitrep.yml'), `${CONFIG}  P3: { update_every: 1d }\n`);
    await git(dir, 'commit', '-q', '-am', 'config');
    expect((await sitrep(['validate', '--changed', 'main'], { cwd: dir })).stdout).toContain('incidents/INC-2.md:5:1: status: "done" is not accepted');
  });

  it('with --changed, refuses a base git would read as an option, and reports an unknown one', async () => {
    const dir = repository({ 'incidents/INC-1.md': incident(1) });
    await git(dir, 'init', '-q');
    const option = await sitrep(['validate', '--changed=--output=x'], { cwd: dir });
    expect(option.status).toBe(2);
    expect(option.stderr).toContain('--changed needs a git revision');
    const unknown = await sitrep(['validate', '--changed', 'no-such-branch'], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--changed no-such-branch: git diff failed');
  });

  it('gives the same output on several threads as on one (--jobs)', async () => {
    const files: Record<string, string> = { '.github/sitrep.yml': CONFIG };
    // Every 3rd file is read precisely (a fenced code block is not in the plain shape), on the worker threads.
    for (let n = 1; n <= 700; n++) files[`incidents/INC-${n}.md`] = (n % 150 === 0 ? incident(n, { status: 'sleeping' }) : incident(n)) + (n % 3 === 0 ? '\n```\nreviewed\n```\n' : '');
    const dir = repository(files);
    const one = await sitrep(['validate', '--jobs', '1'], { cwd: dir });
    const two = await sitrep(['validate', '--jobs', '2'], { cwd: dir });
    expect(two).toEqual(one);
    expect(one.status).toBe(1);
    expect(one.stdout.split('\n').map((line) => line.split(': ')[0])).toEqual([
      'incidents/INC-150.md:5:1',
      'incidents/INC-300.md:5:1',
      'incidents/INC-450.md:5:1',
      'incidents/INC-600.md:5:1',
      '701 files checked, 4 problems',
      '',
    ]);
  });

  it.each([
    { args: ['validate', 'nope'], message: 'sitrep validate: no such file or directory: nope' },
    { args: ['validate', '--strict'], message: "sitrep validate: Unknown option '--strict'" },
    { args: ['validate', '--cache-location'], message: "sitrep validate: Option '--cache-location <value>' argument missing" },
    { args: ['validate', '--jobs', '0'], message: 'sitrep validate: --jobs needs a whole number of threads, 1 or more; got "0"' },
  ])('exits 2 on bad usage: $args', async ({ args, message }) => {
    const run = await sitrep(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr).toContain('Usage: sitrep validate [paths...]');
  });
});

describe('sitrep', () => {
  it('prints its usage for --help and help, listing every command', async () => {
    for (const args of [['--help'], ['help'], ['-h']]) {
      const run = await sitrep(args);
      expect(run.status).toBe(0);
      expect(run.stderr).toBe('');
      for (const command of ['init [dir]', 'validate [paths...]', 'report [dir] [--json]', 'postmortem INC-<n> [dir]', 'drill [--scenario <name>]', 'sandbox [--port N]']) {
        expect(run.stdout).toContain(`sitrep ${command}`);
      }
    }
  });

  it('prints a command\'s own usage for help <command> and <command> --help', async () => {
    for (const args of [['help', 'validate'], ['validate', '--help']]) {
      const run = await sitrep(args);
      expect(run.status).toBe(0);
      expect(run.stdout.startsWith('Usage: sitrep validate [paths...]')).toBe(true);
    }
  });

  it.each([
    { args: [], first: 'Usage: sitrep <command> [options]' },
    { args: ['frobnicate'], first: 'sitrep: unknown command "frobnicate"' },
    { args: ['--frobnicate'], first: 'sitrep: unknown option "--frobnicate"' },
    { args: ['help', 'frobnicate'], first: 'sitrep: unknown command "frobnicate"' },
  ])('exits 2 with the usage on stderr for $args', async ({ args, first }) => {
    const run = await sitrep(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toBe(first);
    expect(run.stderr).toContain('Usage: sitrep <command> [options]');
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(await sitrep(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});

/** `sitrep report` as a user runs it: the built `dist/cli.js` in a child process. */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { AS_OF, reportIncidentFiles, reportRepository } from '../support/report-incidents.js';
import { runCli, type CliRun } from '../support/cli.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sitrep(args: string[], cwd = root): Promise<CliRun> {
  return runCli(args, { cwd });
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the examples repository to break. */
function examplesCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-report-'));
  made.push(dir);
  cpSync(join(root, 'examples'), dir, { recursive: true });
  return dir;
}

describe('sitrep report', () => {
  it('prints counts, MTTA/MTTR per severity and the cadence kept for the examples', async () => {
    const run = await sitrep(['report', 'examples', '--as-of', '2026-11-21T00:00:00Z']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // The month and service tables follow (test/core/report-months.test.ts).
    expect(run.stdout.split('\nBy month of declaration')[0]).toBe(
      [
        '3 incidents, declared 2026-10-14 to 2026-11-03 (as of 2026-11-21T00:00:00Z)',
        '',
        'By severity:  P1 1, P2 1, P3 1',
        'By status:    resolved 1, closed 1, declined 1',
        'By type:      incident 3',
        '',
        'Times from declaration, mean / median (acknowledge = MTTA, resolve = MTTR):',
        '',
        '     Incidents  Acknowledge  Mitigate         Resolve          Updates made/due  Late  Missed  On time',
        'P1           1  2m / 2m      1h 2m / 1h 2m    4h 43m / 4h 43m               9/9     1       0      89%',
        'P2           1  7m / 7m      2h 29m / 2h 29m  6h 49m / 6h 49m               6/7     1       1      71%',
        'P3           1  7m / 7m      —                —                             1/1     1       0       0%',
        'All          3  5m / 7m      1h 45m / 1h 45m  5h 46m / 5h 46m             16/17     3       1      76%',
        '',
        'Cadence kept: 13 of 17 updates due were made on time (76%); 3 late, 1 missed.',
        '',
      ].join('\n'),
    );
  });

  it('prints the same report as JSON with --json', async () => {
    const run = await sitrep(['report', 'examples', '--json', '--as-of', '2026-11-21T00:00:00Z']);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.asOf).toBe('2026-11-21T00:00:00Z');
    expect(report.counts.severity).toEqual({ P1: 1, P2: 1, P3: 1 });
    expect(report.all.timeToResolve).toEqual({ count: 2, meanMs: 20_764_500, medianMs: 20_764_500, maxMs: 24_560_000 });
    expect(report.all.updates).toEqual({ made: 16, due: 17, late: 3, missed: 1, onTime: 13, keptRatio: 13 / 17 });
    expect(report.perIncident.map((l: { id: string; status: string }) => `${l.id} ${l.status}`)).toEqual(['INC-31 resolved', 'INC-38 declined', 'INC-42 closed']);
  });

  it('leaves out an invalid incident file, naming it on stderr', async () => {
    const dir = examplesCopy();
    writeFileSync(join(dir, 'incidents/INC-50.md'), 'Not an incident file yet.\n');
    const run = await sitrep(['report', '--as-of', '2026-11-21T00:00:00Z'], dir);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('sitrep report: left out incidents/INC-50.md:1:1: missing front matter: the file must start with a YAML block between two "---" lines\n');
    expect(run.stdout.split('\n')[0]).toBe('3 incidents, declared 2026-10-14 to 2026-11-03 (as of 2026-11-21T00:00:00Z)');
  });

  it('exits 1 naming the problem when the configuration is invalid', async () => {
    const dir = examplesCopy();
    writeFileSync(join(dir, '.github/sitrep.yml'), 'severities: { P1: { update_every: soon } }\n');
    const run = await sitrep(['report'], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toMatch(/^\.github\/sitrep\.yml:1:\d+: severities\.P1\.update_every: "soon" is not valid/);
  });

  it.each([
    { args: ['report', 'nope'], message: 'sitrep report: not a folder: nope' },
    { args: ['report', 'examples', 'src'], message: 'sitrep report: one folder at most, got 2: examples src' },
    { args: ['report', '--as-of', 'yesterday'], message: 'sitrep report: --as-of "yesterday" is not an RFC 3339 time; write it as 2026-12-31T00:00:00Z' },
    { args: ['report', '--csv'], message: "sitrep report: Unknown option '--csv'" },
  ])('exits 2 on bad usage: $args', async ({ args, message }) => {
    const run = await sitrep(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(run.stderr).toContain('Usage: sitrep report [dir] [--json] [--html <file>] [--as-of <time>]');
  });
});

describe('sitrep report --html', () => {
  it('writes one self-contained page: four charts as inline SVG, nothing to fetch, no script', async () => {
    const dir = reportRepository();
    made.push(dir);
    const run = await sitrep(['report', '--html', 'out/report.html', '--as-of', AS_OF], dir);
    expect(run.stderr).toBe('sitrep report: wrote out/report.html\n');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('6 incidents, declared 2026-08-03 to 2026-11-10 (as of 2026-11-30T00:00:00Z)');
    expect(readdirSync(dir)).toContain('out');
    const html = readFileSync(join(dir, 'out/report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html.match(/<svg\b/g)).toHaveLength(4);
    expect(html.match(/<figure\b/g)).toHaveLength(4);
    for (const title of ['Incidents per month, by severity', 'Time to acknowledge and to resolve, per month', 'Cadence kept, per month', 'Caused by a change, per month']) {
      expect(html).toContain(`>${title}</h2>`);
    }
    // Nothing the browser would fetch or run: no scripts, no src/href, no URL at all, no CSS import.
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=|\shref=|url\(|@import/i);
    expect(html).not.toMatch(/https?:\/\//);
    // The month table is there as HTML too.
    expect(html).toContain('<th>2026-09</th>');
  });

  it('escapes names from the incident files in the page', async () => {
    const files = reportIncidentFiles();
    files['incidents/INC-1.md'] = files['incidents/INC-1.md']!.replace('services: [checkout-api]', 'services: ["<img src=x onerror=alert(1)>"]');
    const dir = reportRepository(files);
    made.push(dir);
    const run = await sitrep(['report', dir, '--html', join(dir, 'report.html'), '--as-of', AS_OF]);
    expect(run.status).toBe(0);
    const html = readFileSync(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('&#x3C;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
  });

  it('exits 2 without a file to write', async () => {
    const run = await sitrep(['report', 'examples', '--html']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Option '--html <value>' argument missing");
  });
});

import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { testNode } from '@sitrep/sandbox/runner';
import { parseIncident } from '../../src/core/incident-file.js';

const run = promisify(execFile);
const out = mkdtempSync(join(tmpdir(), 'sitrep-drill-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

async function drill(scenario: string) {
  const dir = join(out, scenario);
  const { stdout } = await run(testNode(), ['dist/cli.js', 'drill', '--scenario', scenario, '--out', dir], { timeout: 120_000 });
  return { stdout, dir };
}

describe('sitrep drill', () => {
  it('rehearses a P1 end to end and writes the resulting repository', async () => {
    const { stdout, dir } = await drill('p1-outage');
    expect(stdout).toContain('Every step did what it should');
    expect(stdout).toContain('10:40  schedule');
    expect(stdout).toMatch(/⏰ @carol: the INC-2 update was due at 2026-11-21T10:30:00Z and is 10m late/);
    expect(stdout).toMatch(/🚨 @acme\/incident-coordinators/);
    expect(stdout).toContain('logs: Regression: monitoring → fixing');

    const incident = parseIncident(readFileSync(join(dir, 'incidents/INC-2.md'), 'utf8')).document;
    expect(incident?.record).toMatchObject({ status: 'closed', severity: 'P1', mitigated_at: '2026-11-21T11:40:00Z' });
    expect(incident?.record.followups).toHaveLength(2);
    const postmortem = readFileSync(join(dir, 'postmortems/INC-2.md'), 'utf8');
    expect(postmortem).toContain('A config change in deploy 1234 removed the EU upstream pool.');
    expect(postmortem).toMatch(/- \[ \] Alert on 5xx ratio per region — owner: @carol, repo: acme\/checkout, due: 2026-12-05, issue: \S+\/acme\/checkout\/issues\/\d+/);
    const followups = readdirSync(join(dir, 'issues')).filter((f) => f.startsWith('acme-checkout-'));
    expect(followups).toHaveLength(2);
  }, 150_000);

  it('rehearses a triage that is declined', async () => {
    const { stdout, dir } = await drill('declined-triage');
    expect(stdout).toContain('Every step did what it should');
    const incident = parseIncident(readFileSync(join(dir, 'incidents/INC-2.md'), 'utf8')).document;
    expect(incident?.record.status).toBe('declined');
    expect(readFileSync(join(dir, 'issues/acme-incidents-2.md'), 'utf8')).toContain('— closed;');
  }, 150_000);

  it('rehearses a customer email: declared through the relay, triaged to P2 live, public updates emailed to that customer only, resolved', async () => {
    const { stdout, dir } = await drill('customer-email');
    expect(stdout).toContain('Every step did what it should');
    expect(stdout).toContain('logs: Severity: P1 → P2');
    expect(stdout).toContain('logs: Email: Email from `jane@acme.example` (Re: URGENT');
    // The customer's mailbox got the two public updates, the team's every change; globex nothing.
    expect(stdout.match(/emails it@acme\.example: \[INC-2\] Service incident/g)).toHaveLength(2);
    expect(stdout).not.toContain('emails ops@globex.example');
    const incident = parseIncident(readFileSync(join(dir, 'incidents/INC-2.md'), 'utf8')).document;
    expect(incident?.record).toMatchObject({ status: 'resolved', severity: 'P2', source: 'email', customers: ['acme'], email: { message_ids: ['<urgent-1@mail.acme.example>', '<urgent-2@mail.acme.example>'] } });
  }, 150_000);

  it('refuses an unknown scenario with the usage, exit 2', async () => {
    await expect(run(testNode(), ['dist/cli.js', 'drill', '--scenario', 'nope'])).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('no scenario "nope"') });
  });
});

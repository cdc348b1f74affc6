/**
 * The sweep stops cleanly at the write budget, as actions/stale does at its operations-per-run:
 * it asks before each incident whether a write is left, posts nothing it cannot finish, names the
 * incidents it did not reach in the summary, and the run does not fail (the next sweep takes them).
 */
import { describe, expect, it } from 'vitest';
import { readEnvironment } from '../../src/action/environment.js';
import { emptyResult } from '../../src/action/result.js';
import { sweep } from '../../src/action/sweep.js';
import { createIncidentText } from '../../src/core/incident-file.js';
import type { IncidentRecord } from '../../src/core/incident.js';
import { createClient } from '../../src/github/client.js';
import { IncidentRepository } from '../../src/github/incidents.js';
import { logLine } from '../support/builders.js';
import { useSandbox } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

function seedOverdue(): number {
  const { sandbox } = ctx;
  const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Seeded', body: 'x', labels: ['incident'] });
  const record: IncidentRecord = {
    id: `INC-${issue.number}`, title: 'Seeded', severity: 'P2', status: 'investigating', type: 'incident', issue: issue.number,
    source: null, services: [], customers: [], declared_at: '2026-11-21T10:00:00Z', started_at: null, acknowledged_at: null,
    mitigated_at: null, resolved_at: null, closed_at: null, next_update_due: '2026-11-21T10:30:00Z',
    roles: { coordinator: 'alice', operations: 'bob', communications: 'carol' }, postmortem: null,
  };
  sandbox.repo().writeFile(`incidents/INC-${issue.number}.md`, createIncidentText({ record, summary: 'x', impact: '', log: [logLine(record.declared_at, 'bob', 'declared', 'P2, investigating')] }));
  return issue.number;
}

describe('the sweep at its write budget', () => {
  it('stops before the incidents it cannot serve, names them, and does not fail the run', async () => {
    const { sandbox } = ctx;
    const numbers = [seedOverdue(), seedOverdue(), seedOverdue()];
    sandbox.clock.advance('36m');
    const env = readEnvironment({ GITHUB_REPOSITORY: sandbox.defaultRepo, GITHUB_API_URL: sandbox.url, GITHUB_SERVER_URL: sandbox.serverUrl });
    const client = createClient(sandbox.botToken, { apiUrl: env.apiUrl, maxWrites: 1 });
    const result = emptyResult();
    result.watchBudget(client.budget);
    await sweep({ client, repo: new IncidentRepository(client, env.repository, false, env.serverUrl), fullName: env.repository, configPath: '.github/sitrep.yml', result, env });

    const reminded = numbers.filter((n) => sandbox.repo().botComments(n).some((c) => c.body.includes('<!-- sitrep:reminder kind=update')));
    expect(reminded).toEqual([numbers[0]]);
    expect(result.notReached).toEqual([`INC-${numbers[1]}`, `INC-${numbers[2]}`]);
    expect(result.notes).toContain(`not reached (write budget), left for the next sweep: INC-${numbers[1]}, INC-${numbers[2]}`);
    expect(result.stoppedAtBudget).toBe(true);
    expect(result.errors).toBe(0);
    expect(result.exitCode()).toBe(0);
    expect(client.budget.remaining()).toBe(0);
    expect(result.table?.find((row) => row[0] === `INC-${numbers[2]}`)?.[4]).toBe('not reached (write budget)');
  });
});

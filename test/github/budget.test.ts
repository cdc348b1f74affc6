/**
 * The write budget (SPEC 4.3, actions/stale's operations-per-run) refuses a write before it is
 * sent. A refused write is not a lost answer: nothing reached GitHub, so nothing may be looked for
 * or taken as posted. Before this was told apart, a comment refused by the budget was searched for
 * as if its answer had been lost, and an identical comment posted earlier (another run's copy of
 * the same reminder) was taken for it: the caller believed it had posted, counted it and told the
 * channels a second time.
 */
import { describe, expect, it } from 'vitest';
import { createClient } from '../../src/github/client.js';
import { BudgetExhaustedError } from '../../src/github/errors.js';
import { IncidentRepository } from '../../src/github/incidents.js';
import { useSandbox } from '../harness/index.js';

const ctx = useSandbox();

describe('a write refused by the budget', () => {
  it('is a clean stop: no search for a lost comment, and an identical earlier comment is not taken for it', async () => {
    const { sandbox } = ctx;
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', body: 'x', labels: ['incident'] });
    const body = '<!-- sitrep:reminder kind=update due=2026-11-21T10:30:00Z -->\nAn update is due.';
    // Another run posted the same reminder a moment ago.
    const other = new IncidentRepository(createClient(sandbox.botToken, { apiUrl: sandbox.url }), sandbox.defaultRepo, false, sandbox.serverUrl);
    const first = await other.comment(issue.number, body);

    const client = createClient(sandbox.botToken, { apiUrl: sandbox.url, maxWrites: 0 });
    const repo = new IncidentRepository(client, sandbox.defaultRepo, false, sandbox.serverUrl);
    const outcome = await repo.comment(issue.number, body).then((id) => ({ id }), (error: unknown) => ({ error }));

    expect(outcome).toEqual({ error: expect.any(BudgetExhaustedError) });
    expect(outcome).not.toEqual({ id: first });
    expect(client.counts).toEqual({ restReads: 0, restWrites: 0, graphqlQueries: 0, graphqlMutations: 0 });
    expect(client.budget.remaining()).toBe(0);
    expect(sandbox.repo().botComments(issue.number).map((c) => c.id)).toEqual([first]);
  });
});

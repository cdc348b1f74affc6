/**
 * The action's event handlers in process, against the in-process sandbox: the orchestration
 * (load, plan, apply, reply) without spawning the bundle, for quick feedback. The end-to-end tests
 * run the same through `dist/index.js`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readEnvironment } from '../../src/action/environment.js';
import { handleCommentEvent, handleIssuesEvent, type IssueCommentPayload, type IssuesPayload } from '../../src/action/event.js';
import type { EventRun } from '../../src/action/run.js';
import { emptyResult } from '../../src/action/result.js';
import { parseIncident } from '../../src/core/incident-file.js';
import { createClient } from '../../src/github/client.js';
import { IncidentRepository } from '../../src/github/incidents.js';
import { issueCommentEvent, issuesEvent, useSandbox } from '../harness/index.js';
import { incidentFormBody } from '../support/builders.js';

const ctx = useSandbox({ fresh: true });

afterEach(() => {
  // core.setFailed marks the process as failed; the tests assert on the result instead.
  process.exitCode = 0;
});

/** A run as the action builds one, against the sandbox. */
function eventRun(): EventRun {
  const { sandbox } = ctx;
  const env = readEnvironment({ GITHUB_REPOSITORY: sandbox.defaultRepo, GITHUB_API_URL: sandbox.url, GITHUB_SERVER_URL: sandbox.serverUrl });
  const client = createClient(sandbox.botToken, { apiUrl: env.apiUrl });
  return { repo: new IncidentRepository(client, env.repository, false, env.serverUrl), configPath: '.github/sitrep.yml', result: emptyResult(), env };
}

function record(number: number) {
  return parseIncident(ctx.sandbox.repo().readFile(`incidents/INC-${number}.md`) ?? '').document;
}

describe('the event handlers, in process', () => {
  it('declare from the form, then apply a comment of commands as one change', async () => {
    const { sandbox } = ctx;
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout API returns 502', body: incidentFormBody(), labels: ['incident'] });
    const declared = eventRun();
    await handleIssuesEvent(declared, issuesEvent(sandbox, 'opened', { number: issue.number }).payload as unknown as IssuesPayload);
    expect(declared.result).toMatchObject({ incident: `INC-${issue.number}`, status: 'investigating', errors: 0 });
    expect(record(issue.number)?.record.roles.operations).toBe('bob');

    const comment = sandbox.repo().comment(issue.number, '/inc role coordinator @alice\n/inc status fixing rolled back', { as: 'alice' });
    const commanded = eventRun();
    await handleCommentEvent(commanded, issueCommentEvent(sandbox, 'created', { commentId: comment.id }).payload as unknown as IssueCommentPayload);
    const after = record(issue.number);
    expect(after?.record).toMatchObject({ status: 'fixing', roles: { coordinator: 'alice', operations: 'bob' } });
    expect(after?.log.map((e) => e.kind)).toEqual(['declared', 'role', 'status']);
    expect(sandbox.repo().issue(issue.number).labels).toContain('status:fixing');
    // One commit for the whole comment, planned once.
    expect(sandbox.repo().commits().filter((c) => c.message.startsWith(`INC-${issue.number}: role, status`))).toHaveLength(1);
  });

  it('refuses a comment with one bad line as a whole and answers it', async () => {
    const { sandbox } = ctx;
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Search is slow', body: incidentFormBody({ Severity: 'P2' }), labels: ['incident'] });
    await handleIssuesEvent(eventRun(), issuesEvent(sandbox, 'opened', { number: issue.number }).payload as unknown as IssuesPayload);
    const before = sandbox.repo().readFile(`incidents/INC-${issue.number}.md`);
    const comment = sandbox.repo().comment(issue.number, '/inc update looking\n/inc status done', { as: 'alice' });
    const run = eventRun();
    await handleCommentEvent(run, issueCommentEvent(sandbox, 'created', { commentId: comment.id }).payload as unknown as IssueCommentPayload);
    expect(sandbox.repo().readFile(`incidents/INC-${issue.number}.md`)).toBe(before);
    const reply = sandbox.repo().botComments(issue.number).find((c) => c.body.startsWith(`<!-- sitrep:reply comment=${comment.id} -->`));
    expect(reply?.body).toContain('none of the 2 commands in your comment were applied');
    expect(reply?.body).toContain('"done" is not a status');
  });
});

/**
 * Every GitHub event is decoded once, after a check of its payload's shape, and `command: auto`
 * is routed by one table (SPEC 4). The builders' payloads are checked against GitHub's own webhook
 * schemas (@octokit/openapi-webhooks) by the harness, so a payload GitHub sends must decode.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { chooseCommand } from '../../src/action/main.js';
import { decodeTrigger, ROUTES, routeOf, TriggerError } from '../../src/action/triggers.js';
import { SHAPE_KEYWORDS } from '../../src/core/shape.js';
import { assertWebhookPayload, issueCommentEvent, issuesEvent, pullRequestEvent, pushEvent, runAction, scheduleEvent, useSandbox, workflowDispatchEvent } from '../harness/index.js';

const ctx = useSandbox();
const schemaText = readFileSync(new URL('../../schemas/trigger.schema.json', import.meta.url), 'utf8');

describe('the routing table (command: auto)', () => {
  it('routes each event as SPEC section 4 says', () => {
    expect(ROUTES.map((r) => [r.event, r.type ?? null, [...r.commands]])).toEqual([
      ['issues', null, ['event']],
      ['issue_comment', null, ['event']],
      ['schedule', null, ['cadence']],
      ['pull_request', null, ['validate', 'followups']],
      ['push', null, ['validate', 'reconcile', 'followups']],
      ['repository_dispatch', 'sitrep-alert', ['alert']],
    ]);
  });

  it('runs nothing for another dispatch type, workflow_dispatch (the command input decides) or an unknown event', () => {
    expect(routeOf('repository_dispatch', 'deploy')).toEqual([]);
    expect(routeOf('repository_dispatch', undefined)).toEqual([]);
    expect(routeOf('workflow_dispatch')).toEqual([]);
    expect(chooseCommand('auto', 'workflow_dispatch')).toBe('none');
    expect(chooseCommand('auto', 'push')).toBe('validate');
  });
});

describe('decodeTrigger', () => {
  it('decodes every payload GitHub sends for the events sitrep reads', () => {
    const { sandbox } = ctx;
    const issue = sandbox.repo().createIssue({ as: 'bob', title: 'Checkout down', body: 'x', labels: ['incident'] });
    const comment = sandbox.repo().comment(issue.number, '/inc update looking', { as: 'alice' });
    const events = [
      issuesEvent(sandbox, 'opened', { number: issue.number }),
      issuesEvent(sandbox, 'labeled', { number: issue.number, label: 'incident' }),
      issueCommentEvent(sandbox, 'created', { commentId: comment.id }),
      pushEvent(sandbox),
      scheduleEvent(sandbox),
      workflowDispatchEvent(sandbox, { inputs: { command: 'postmortem', incident: 'INC-1' } }),
    ];
    for (const { eventName, payload } of events) {
      expect(decodeTrigger(eventName, payload)).toMatchObject({ payload });
    }
    expect(decodeTrigger('issues', events[0]?.payload)).toMatchObject({ event: 'issues', payload: { issue: { number: issue.number } } });
    expect(decodeTrigger('workflow_dispatch', events[5]?.payload)).toMatchObject({ event: 'other', name: 'workflow_dispatch' });
  });

  it('decodes a pull request and a repository dispatch as GitHub sends them', () => {
    const { sandbox } = ctx;
    const repo = sandbox.repo();
    repo.createBranch('fix');
    repo.writeFile('README.md', 'fixed\n', { branch: 'fix', as: 'alice' });
    const pull = repo.openPull({ as: 'alice', head: 'fix', title: 'Fix' });
    const { eventName, payload } = pullRequestEvent(sandbox, 'opened', { number: pull.number });
    expect(decodeTrigger(eventName, payload)).toMatchObject({ event: 'pull_request', payload: { pull_request: { number: pull.number } } });
    const dispatch = { action: 'sitrep-alert', branch: 'main', client_payload: { key: 'k' }, repository: sandbox.json.repository(), sender: sandbox.json.user('alice'), installation: { id: 1, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uMQ==' } };
    assertWebhookPayload('webhook-repository-dispatch-sample', dispatch);
    expect(decodeTrigger('repository_dispatch', dispatch)).toMatchObject({ event: 'repository_dispatch', payload: { action: 'sitrep-alert' } });
  });

  it.each([
    ['issues', { action: 'opened', issue: { number: '7', title: 't', html_url: 'u', created_at: 'c' }, sender: { login: 'a' } }, 'issue.number must be a whole number, not string'],
    ['issues', { action: 'opened', sender: { login: 'a' } }, 'issue is missing'],
    ['issue_comment', { action: 'created', issue: { number: 7, title: 't', html_url: 'u', created_at: 'c' }, comment: { id: 1, html_url: 'u', body: 5 }, sender: { login: 'a' } }, 'comment.body must be string or null, not integer'],
    ['push', { ref: 'refs/heads/main', commits: [{ added: ['a.md', 3] }] }, 'commits.0.added.1 must be string, not integer'],
    ['repository_dispatch', { client_payload: {} }, 'action is missing'],
    ['schedule', [], '(the payload) must be object, not array'],
  ])('refuses a %s payload that does not fit, naming the field', (eventName, payload, problem) => {
    expect(() => decodeTrigger(eventName, payload)).toThrow(TriggerError);
    expect(() => decodeTrigger(eventName, payload)).toThrow(problem);
  });

  it('the schema uses only the keywords the checker reads, and ajv agrees with it', () => {
    const keywords = new Set<string>();
    const walk = (node: unknown, inProperties = false): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        if (!inProperties) keywords.add(key);
        walk(value, !inProperties && (key === 'properties' || key === '$defs'));
      }
    };
    walk(JSON.parse(schemaText));
    expect([...keywords].filter((k) => !SHAPE_KEYWORDS.includes(k) && !/^\d+$/.test(k))).toEqual([]);
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(JSON.parse(schemaText) as object);
    expect(validate({ event: 'issues', payload: { action: 'opened', sender: { login: 'a' } } })).toBe(false);
    expect(validate({ event: 'schedule', payload: { schedule: '*/10 * * * *' } })).toBe(true);
  });
});

describe('a run on a payload that does not fit', () => {
  it('fails (exit 1), names the field, and writes nothing', async () => {
    const { sandbox } = ctx;
    const run = await runAction({ sandbox, eventName: 'issue_comment', payload: { action: 'created', issue: { number: 1 }, sender: { login: 'alice' } } });
    expect(run.exitCode).toBe(1);
    expect(run.summary).toContain('payload is not what GitHub sends, so nothing was done: comment is missing');
    expect(run.counters.total).toBe(0);
  });
});

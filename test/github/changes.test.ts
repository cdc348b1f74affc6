/** Suspect changes against the sandbox: merged pull requests in a window, per repository, in few requests. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSandbox, validateSeed, type SandboxRepo } from '@sitrep/sandbox';
import { createClient, type Client } from '../../src/github/client.js';
import { listMergedPullRequests } from '../../src/github/changes.js';
import { graphql, useSandbox } from '../harness/index.js';

const ctx = useSandbox({ fresh: true });

let savedUrl: string | undefined;
beforeEach(() => {
  savedUrl = process.env.GITHUB_API_URL;
});
afterEach(() => {
  if (savedUrl === undefined) delete process.env.GITHUB_API_URL;
  else process.env.GITHUB_API_URL = savedUrl;
});

/** sitrep's client, as the action builds it, pointed at the sandbox with the workflow token. */
function client(): Client {
  process.env.GITHUB_API_URL = ctx.sandbox.url;
  return createClient(ctx.sandbox.botToken, { apiUrl: ctx.sandbox.url });
}

let branches = 0;

/** A pull request merged at `at`, by `author`. */
function mergeAt(repo: SandboxRepo, at: string, title: string, author = 'bob'): number {
  return repo.addMergedPull({ title, author, mergedBy: 'alice', mergedAt: at });
}

function openOnly(repo: SandboxRepo, at: string, title: string): number {
  const branch = `open-${++branches}`;
  ctx.sandbox.clock.set(at);
  repo.createBranch(branch);
  repo.writeFile(`changes/${branch}.txt`, `${title}\n`, { branch, as: 'bob' });
  return repo.openPull({ as: 'bob', title, head: branch }).number;
}

const FROM = '2026-11-21T08:00:00Z';
const TO = '2026-11-21T12:00:00Z';

describe('listMergedPullRequests', () => {
  it('lists the pull requests merged in the window, newest first, for three repositories in one request', async () => {
    const checkout = ctx.sandbox.addRepo('acme/checkout', { botAccess: 'read' });
    const payments = ctx.sandbox.addRepo('acme/payments', { botAccess: 'read' });
    const before = mergeAt(checkout, '2026-11-21T07:59:00Z', 'Too early');
    const pool = mergeAt(checkout, '2026-11-21T09:10:00Z', 'Raise the connection pool');
    openOnly(checkout, '2026-11-21T09:30:00Z', 'Still open');
    const retry = mergeAt(payments, '2026-11-21T10:00:00Z', 'Retry <b>card</b> declines', 'carol');
    const cache = mergeAt(checkout, '2026-11-21T11:45:00Z', 'Cache the EU catalogue');
    mergeAt(checkout, '2026-11-21T12:00:01Z', 'Too late');
    ctx.sandbox.clock.set('2026-11-21T13:00:00Z');

    const github = client();
    const { results, requests } = await listMergedPullRequests(github, ['acme/checkout', 'acme/payments', 'acme/incidents'], FROM, TO);
    expect(requests).toBe(1);
    expect(github.counts.graphqlQueries).toBe(1);
    const web = ctx.sandbox.url;
    expect(results).toEqual([
      {
        repo: 'acme/checkout',
        pulls: [
          { number: cache, title: 'Cache the EU catalogue', author: 'bob', mergedAt: '2026-11-21T11:45:00Z', url: `${web}/acme/checkout/pull/${cache}` },
          { number: pool, title: 'Raise the connection pool', author: 'bob', mergedAt: '2026-11-21T09:10:00Z', url: `${web}/acme/checkout/pull/${pool}` },
        ],
        more: 0,
      },
      {
        repo: 'acme/payments',
        pulls: [{ number: retry, title: 'Retry <b>card</b> declines', author: 'carol', mergedAt: '2026-11-21T10:00:00Z', url: `${web}/acme/payments/pull/${retry}` }],
        more: 0,
      },
      { repo: 'acme/incidents', pulls: [], more: 0 },
    ]);
    expect(results[0]).not.toMatchObject({ pulls: [expect.objectContaining({ number: before })] });
  });

  it('keeps the newest `limit` and counts the rest (one of five is merged after the window)', async () => {
    const checkout = ctx.sandbox.addRepo('acme/checkout', { botAccess: 'read' });
    for (let i = 0; i < 5; i++) mergeAt(checkout, `2026-11-21T${String(8 + i).padStart(2, '0')}:30:00Z`, `Change ${i}`);
    const { results } = await listMergedPullRequests(client(), ['acme/checkout'], FROM, TO, { limit: 2 });
    expect(results).toEqual([{ repo: 'acme/checkout', pulls: [expect.objectContaining({ title: 'Change 3' }), expect.objectContaining({ title: 'Change 2' })], more: 2 }]);
  });

  it('names the repositories the token cannot read and still lists the others', async () => {
    const checkout = ctx.sandbox.addRepo('acme/checkout', { botAccess: 'read' });
    ctx.sandbox.addRepo('acme/secret', { botAccess: 'none' });
    const pool = mergeAt(checkout, '2026-11-21T09:10:00Z', 'Raise the connection pool');
    const github = client();
    const { results, requests } = await listMergedPullRequests(github, ['acme/checkout', 'acme/secret', 'acme/missing', 'not a repo'], FROM, TO);
    expect(results).toEqual([
      { repo: 'acme/checkout', pulls: [expect.objectContaining({ number: pool })], more: 0 },
      { repo: 'acme/secret', error: 'no access' },
      { repo: 'acme/missing', error: 'no access' },
      { repo: 'not a repo', error: 'not a repository name (owner/name)' },
    ]);
    // One for all, refused as a whole; one to find the readable ones; one to search them.
    expect(requests).toBe(3);
    expect(github.counts.graphqlQueries).toBe(3);
  });

  it('asks once for ten readable repositories, and three times when two of twelve are unreadable', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `acme/service-${i}`);
    for (const name of names) ctx.sandbox.addRepo(name, { botAccess: 'read' });
    mergeAt(ctx.sandbox.repo('acme/service-7'), '2026-11-21T09:10:00Z', 'Raise the connection pool');
    const all = await listMergedPullRequests(client(), names, FROM, TO);
    expect(all.requests).toBe(1);
    expect(all.results.map((r) => ('pulls' in r ? r.pulls.length : r.error))).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    ctx.sandbox.addRepo('acme/secret', { botAccess: 'none' });
    const some = await listMergedPullRequests(client(), [...names, 'acme/secret', 'acme/missing'], FROM, TO);
    expect(some.requests).toBe(3);
    expect(some.results.map((r) => ('pulls' in r ? r.pulls.length : r.error))).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 'no access', 'no access']);
  });
});

describe('the sandbox answers the search as GitHub does', () => {
  it('records merged pull requests at their time, as a person makes them, and puts the clock back', () => {
    const repo = ctx.sandbox.repo();
    const before = ctx.sandbox.clock.iso();
    const number = repo.addMergedPull({ title: 'Raise the pool', author: 'carol', mergedBy: 'alice', mergedAt: '2026-11-19T08:30:00Z' });
    expect(ctx.sandbox.clock.iso()).toBe(before);
    expect(repo.pull(number)).toMatchObject({ title: 'Raise the pool', author: 'carol', merged: true, mergedAt: '2026-11-19T08:30:00Z', mergedBy: 'alice', createdAt: '2026-11-19T08:20:00Z', state: 'closed' });
  });

  it('seeds merged pull requests from a seed file (sitrep sandbox --seed, the drill)', async () => {
    const seed = validateSeed({
      clock: '2026-11-21T12:00:00Z',
      repos: [{ name: 'acme/incidents', merged_pulls: [{ title: 'Raise the pool', author: 'bob', merged_at: '2026-11-21T09:00:00Z' }] }],
    });
    const sandbox = await createSandbox({ seed });
    try {
      const response = await graphql<{ search: { nodes: { title: string; mergedAt: string }[] } }>(
        sandbox,
        `{ search(type: ISSUE, query: "repo:acme/incidents is:pr is:merged merged:${FROM}..${TO}", first: 5) { nodes { ... on PullRequest { title mergedAt } } } }`,
      );
      expect(response.body.data?.search.nodes).toEqual([{ title: 'Raise the pool', mergedAt: '2026-11-21T09:00:00Z' }]);
      expect(sandbox.clock.iso()).toBe('2026-11-21T12:00:00Z');
      sandbox.assertNoViolations();
    } finally {
      await sandbox.close();
    }
    expect(() => validateSeed({ repos: [{ name: 'acme/x', merged_pulls: [{ title: 'No time' }] }] })).toThrow(/merged_at/);
  });

  it('filters by merge time with merged:FROM..TO and by date-only and open-ended ranges', async () => {
    const repo = ctx.sandbox.repo();
    mergeAt(repo, '2026-11-20T23:00:00Z', 'Yesterday');
    mergeAt(repo, '2026-11-21T09:00:00Z', 'Today');
    const titles = async (q: string) => {
      const response = await graphql<{ search: { issueCount: number; nodes: { title: string }[] } }>(
        ctx.sandbox,
        'query($q: String!) { search(type: ISSUE, query: $q, first: 10) { issueCount nodes { ... on PullRequest { title } } } }',
        { q },
      );
      expect(response.body.errors).toBeUndefined();
      return response.body.data!.search.nodes.map((n) => n.title);
    };
    expect(await titles(`repo:acme/incidents is:pr is:merged merged:${FROM}..${TO}`)).toEqual(['Today']);
    expect(await titles('repo:acme/incidents is:pr is:merged merged:2026-11-20')).toEqual(['Yesterday']);
    expect(await titles('repo:acme/incidents is:pr merged:>=2026-11-20 sort:updated-desc')).toEqual(['Today', 'Yesterday']);
    expect(await titles('repo:acme/incidents is:pr merged:<2026-11-21T00:00:00Z')).toEqual(['Yesterday']);
    expect(await titles('repo:acme/incidents is:pr merged:yesterday')).toEqual([]);
  });

  it('refuses a search whose repositories the viewer cannot read, nulling the answer', async () => {
    ctx.sandbox.addRepo('acme/secret', { botAccess: 'none' });
    const response = await graphql(ctx.sandbox, '{ search(type: ISSUE, query: "repo:acme/secret is:pr", first: 1) { issueCount } }', {}, { token: ctx.sandbox.botToken });
    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        type: 'INVALID',
        path: ['search'],
        message: 'The listed users and repositories cannot be searched either because the resources do not exist or you do not have permission to view them.',
      }),
    ]);
  });
});

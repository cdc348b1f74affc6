/**
 * The sandbox answers the client sitrep uses (Octokit from @actions/github, with the retry,
 * throttling and GraphQL pagination plugins) as GitHub does: encoded paths, Link pagination,
 * GraphQL cursors, retries and errors.
 */
import { getOctokit } from '@actions/github';
import { paginateGraphQL } from '@octokit/plugin-paginate-graphql';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { describe, expect, it } from 'vitest';
import type { Sandbox } from '../src/index.js';
import { useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const owner = 'acme';
const repo = 'incidents';

/**
 * sitrep's client setup. The throttling plugin spaces writes 1 s apart (3 s for ones that notify,
 * such as comments), so only the tests about throttling load it.
 */
type Octokit = ReturnType<typeof getOctokit> & ReturnType<typeof paginateGraphQL>;

function client(sandbox: Sandbox, options: { throttle?: boolean } = {}): Octokit {
  const retryOptions = { retryAfterBaseValue: 5, doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] };
  if (!options.throttle) return getOctokit(sandbox.botToken, { baseUrl: sandbox.url, retry: retryOptions }, retry, paginateGraphQL) as Octokit;
  return getOctokit(
    sandbox.botToken,
    {
      baseUrl: sandbox.url,
      retry: retryOptions,
      // A retry-after of N seconds waits N ms here.
      throttle: { retryAfterBaseValue: 1, onRateLimit: (_after, _options, _octokit, count) => count < 2, onSecondaryRateLimit: (_after, _options, _octokit, count) => count < 2 },
    },
    retry,
    throttling,
    paginateGraphQL,
  ) as Octokit;
}

describe('Octokit against the sandbox', () => {
  it('creates an issue and writes, conflicts on, and reads a file at an encoded path', async () => {
    const octokit = client(ctx.sandbox);
    const issue = await octokit.rest.issues.create({ owner, repo, title: 'Checkout down', labels: ['incident'] });
    expect(issue.status).toBe(201);
    const path = `incidents/INC-${issue.data.number}.md`;
    const created = await octokit.rest.repos.createOrUpdateFileContents({ owner, repo, path, message: 'declared', content: Buffer.from('v1').toString('base64') });
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({ owner, repo, path, message: 'again', content: Buffer.from('v2').toString('base64') }),
    ).rejects.toMatchObject({ status: 422, message: expect.stringContaining('"sha" wasn\'t supplied') });
    ctx.sandbox.repo().writeFile(path, 'concurrent', { as: 'bob' });
    await expect(
      octokit.rest.repos.createOrUpdateFileContents({ owner, repo, path, message: 'again', content: Buffer.from('v2').toString('base64'), sha: created.data.content!.sha! }),
    ).rejects.toMatchObject({ status: 409 });
    const read = await octokit.rest.repos.getContent({ owner, repo, path });
    expect(Buffer.from((read.data as { content: string }).content, 'base64').toString()).toBe('concurrent');
  });

  it('follows Link headers through every page', async () => {
    for (let i = 0; i < 75; i++) ctx.sandbox.repo().comment(1, `c${i}`, { as: 'bob' });
    const octokit = client(ctx.sandbox);
    const before = ctx.sandbox.lastRequestSeq;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, { owner, repo, issue_number: 1, per_page: 30 });
    expect(comments.map((c) => c.body)).toEqual(Array.from({ length: 75 }, (_, i) => `c${i}`));
    expect(ctx.sandbox.requestsSince(before)).toHaveLength(3);
  });

  it('pages a GraphQL connection with the pagination plugin', async () => {
    const issue = ctx.sandbox.repo().createIssue({ as: 'bob', title: 'Long incident' });
    for (let i = 0; i < 120; i++) ctx.sandbox.repo().comment(issue.number, `update ${i}`, { as: 'bob' });
    const octokit = client(ctx.sandbox);
    const result = await octokit.graphql.paginate<{ repository: { issue: { timelineItems: { nodes: Array<{ body: string }> } } } }>(
      `query($owner: String!, $repo: String!, $number: Int!, $cursor: String) {
        repository(owner: $owner, name: $repo) {
          issue(number: $number) {
            timelineItems(first: 50, after: $cursor, itemTypes: [ISSUE_COMMENT]) { nodes { ... on IssueComment { body } } pageInfo { hasNextPage endCursor } }
          }
        }
      }`,
      { owner, repo, number: issue.number },
    );
    expect(result.repository.issue.timelineItems.nodes).toHaveLength(120);
    expect(result.repository.issue.timelineItems.nodes[119]?.body).toBe('update 119');
  });

  it('is retried through a 502 and waits out a secondary rate limit', async () => {
    const octokit = client(ctx.sandbox, { throttle: true });
    ctx.sandbox.faults.inject({ operation: 'issues/get', status: 502, count: 2 });
    const issue = await octokit.rest.issues.get({ owner, repo, issue_number: 1 });
    expect(issue.status).toBe(200);
    ctx.sandbox.faults.inject({ operation: 'repos/get', secondaryRateLimit: true, retryAfter: 1 });
    const found = await octokit.rest.repos.get({ owner, repo });
    expect(found.status).toBe(200);
    expect(ctx.sandbox.requests.map((r) => r.status)).toEqual([502, 502, 200, 403, 200]);
  });

  it('surfaces GraphQL errors with GitHub\'s type', async () => {
    const octokit = client(ctx.sandbox);
    await expect(octokit.graphql('{ repository(owner: "acme", name: "incidents") { issue(number: 404) { title } } }')).rejects.toMatchObject({
      errors: [{ type: 'NOT_FOUND', message: 'Could not resolve to an Issue with the number of 404.' }],
    });
  });
});

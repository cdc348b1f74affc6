/** GraphQL over GitHub's schema: queries sitrep makes, GitHub's connection rules, mutations. */
import { describe, expect, it } from 'vitest';
import { graphql, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- GraphQL answers are shaped by each query

async function query(text: string, variables: Record<string, unknown> = {}, token?: string): Promise<Data> {
  const response = await graphql<Data>(ctx.sandbox, text, variables, token === undefined ? {} : { token });
  expect(response.status).toBe(200);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!;
}

describe('viewer and rate limit', () => {
  it('names the viewer; for the workflow token GitHub answers github-actions[bot]', async () => {
    expect((await query('{ viewer { login } }')).viewer.login).toBe('alice');
    expect((await query('{ viewer { login } }', {}, ctx.sandbox.botToken)).viewer.login).toBe('github-actions[bot]');
  });

  it('reports the GraphQL rate limit, counting this request', async () => {
    const { rateLimit } = await query('{ rateLimit { limit remaining used cost resetAt } }');
    expect(rateLimit).toMatchObject({ limit: 5000, remaining: 4999, used: 1, cost: 1 });
  });
});

describe('repository contents', () => {
  it('reads the default branch, a file as a Blob and a directory as a Tree', async () => {
    ctx.sandbox.repo().writeFile('.github/sitrep.yml', 'label: incident\n');
    const { repository } = await query(`{
      repository(owner: "acme", name: "incidents") {
        defaultBranchRef { name target { oid } }
        file: object(expression: "HEAD:.github/sitrep.yml") { ... on Blob { text oid byteSize isBinary isTruncated } }
        onMain: object(expression: "main:.github/sitrep.yml") { ... on Blob { text } }
        dir: object(expression: "main:.github") { ... on Tree { entries { name path type oid object { ... on Blob { text } } } } }
        missing: object(expression: "HEAD:nope.yml") { oid }
      }
    }`);
    expect(repository.defaultBranchRef).toEqual({ name: 'main', target: { oid: ctx.sandbox.repo().branch('main') } });
    expect(repository.file).toEqual({ text: 'label: incident\n', oid: ctx.sandbox.repo().fileSha('.github/sitrep.yml'), byteSize: 16, isBinary: false, isTruncated: false });
    expect(repository.onMain.text).toBe('label: incident\n');
    expect(repository.dir.entries).toEqual([{ name: 'sitrep.yml', path: 'sitrep.yml', type: 'blob', oid: repository.file.oid, object: { text: 'label: incident\n' } }]);
    expect(repository.missing).toBeNull();
  });
});

describe('issues', () => {
  it('pages through labelled open issues 100 at a time with cursors', async () => {
    const repo = ctx.sandbox.repo();
    for (let i = 0; i < 130; i++) repo.createIssue({ as: 'bob', title: `Incident ${i}`, labels: ['incident'] });
    repo.closeIssue(10);
    const text = `query($after: String) {
      repository(owner: "acme", name: "incidents") {
        issues(first: 100, after: $after, labels: ["incident"], states: OPEN, orderBy: { field: CREATED_AT, direction: ASC }) {
          totalCount pageInfo { hasNextPage endCursor } nodes { number }
        }
      }
    }`;
    const first = (await query(text)).repository.issues;
    expect(first.totalCount).toBe(129);
    expect(first.nodes).toHaveLength(100);
    expect(first.nodes[0].number).toBe(2);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await query(text, { after: first.pageInfo.endCursor })).repository.issues;
    expect(second.nodes).toHaveLength(29);
    expect(second.nodes[28].number).toBe(131);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(ctx.sandbox.counters.snapshot()).toMatchObject({ graphqlQuery: 2, graphqlMutation: 0 });
  });

  it('filters with filterBy and reads an issue with labels, assignees and comments', async () => {
    const repo = ctx.sandbox.repo();
    const issue = repo.createIssue({ as: 'bob', title: 'Checkout down', body: 'Body', labels: ['incident', 'severity:P1'], assignees: ['bob'] });
    repo.comment(issue.number, 'first', { as: 'carol' });
    repo.comment(issue.number, '<!-- sitrep:card -->', { as: 'github-actions[bot]' });
    repo.comment(issue.number, 'third', { as: 'alice' });
    const { repository } = await query(
      `query($n: Int!) {
        repository(owner: "acme", name: "incidents") {
          assigned: issues(first: 10, filterBy: { assignee: "bob", states: [OPEN] }) { nodes { number } }
          issue(number: $n) {
            id number title body url state createdAt closedAt author { login }
            labels(first: 10) { nodes { name } }
            assignees(first: 10) { nodes { login } }
            comments(last: 2) {
              totalCount pageInfo { hasPreviousPage startCursor }
              nodes { id databaseId url body createdAt updatedAt author { login __typename } viewerDidAuthor }
            }
          }
        }
      }`,
      { n: issue.number },
      ctx.sandbox.botToken,
    );
    expect(repository.assigned.nodes).toEqual([{ number: issue.number }]);
    const got = repository.issue;
    expect(got).toMatchObject({ number: issue.number, title: 'Checkout down', body: 'Body', state: 'OPEN', closedAt: null, author: { login: 'bob' } });
    expect(got.url).toBe(`${ctx.sandbox.serverUrl}/acme/incidents/issues/${issue.number}`);
    expect(got.labels.nodes.map((l: Data) => l.name)).toEqual(['incident', 'severity:P1']);
    expect(got.assignees.nodes).toEqual([{ login: 'bob' }]);
    expect(got.comments.totalCount).toBe(3);
    expect(got.comments.pageInfo.hasPreviousPage).toBe(true);
    const [bot, alice] = got.comments.nodes;
    // GitHub's GraphQL shows the Actions bot as a Bot named github-actions.
    expect(bot).toMatchObject({ body: '<!-- sitrep:card -->', author: { login: 'github-actions', __typename: 'Bot' }, viewerDidAuthor: true });
    expect(alice).toMatchObject({ body: 'third', author: { login: 'alice', __typename: 'User' }, viewerDidAuthor: false });
    expect(bot.databaseId).toBe(repo.comments(issue.number)[1]!.id);
  });

  it('answers a missing issue with GitHub\'s NOT_FOUND error and null data', async () => {
    const response = await graphql<Data>(ctx.sandbox, '{ repository(owner: "acme", name: "incidents") { issue(number: 999) { title } } }');
    expect(response.body.data).toEqual({ repository: { issue: null } });
    expect(response.body.errors).toEqual([
      { type: 'NOT_FOUND', path: ['repository', 'issue'], locations: [{ line: 1, column: 50 }], message: 'Could not resolve to an Issue with the number of 999.' },
    ]);
    const hidden = await graphql<Data>(ctx.sandbox, '{ repository(owner: "acme", name: "incidents") { id } }', {}, { token: ctx.sandbox.tokenFor('mallory') });
    expect(hidden.body.errors?.[0]).toMatchObject({ type: 'NOT_FOUND', message: "Could not resolve to a Repository with the name 'acme/incidents'." });
  });

  it('lists timeline items by type with actor and time, including cross-references from pull requests', async () => {
    const repo = ctx.sandbox.repo();
    const issue = repo.createIssue({ as: 'bob', title: 'Checkout down', labels: ['incident'], assignees: ['bob'] });
    ctx.sandbox.clock.advance('10m');
    repo.comment(issue.number, '/inc status fixing', { as: 'bob' });
    repo.removeLabel(issue.number, 'incident', { as: 'carol' });
    repo.editIssue(issue.number, { title: 'Checkout API down', assignees: [] });
    repo.closeIssue(issue.number, { as: 'bob' });
    repo.reopenIssue(issue.number, { as: 'alice' });
    repo.createBranch('fix');
    repo.writeFile('fix.md', 'fix', { branch: 'fix' });
    const pull = repo.openPull({ as: 'bob', title: 'Roll back deploy', head: 'fix', body: `Fixes #${issue.number}` });
    repo.mergePull(pull.number);
    const { repository } = await query(
      `query($n: Int!, $after: String) {
        repository(owner: "acme", name: "incidents") {
          issue(number: $n) {
            timelineItems(first: 4, after: $after, itemTypes: [ISSUE_COMMENT, LABELED_EVENT, UNLABELED_EVENT, ASSIGNED_EVENT, UNASSIGNED_EVENT, CLOSED_EVENT, REOPENED_EVENT, RENAMED_TITLE_EVENT, CROSS_REFERENCED_EVENT]) {
              totalCount pageInfo { hasNextPage endCursor }
              nodes {
                __typename
                ... on IssueComment { body createdAt author { login } }
                ... on LabeledEvent { createdAt actor { login } label { name } }
                ... on UnlabeledEvent { createdAt actor { login } label { name } }
                ... on AssignedEvent { createdAt actor { login } assignee { ... on User { login } } }
                ... on UnassignedEvent { createdAt actor { login } assignee { ... on User { login } } }
                ... on ClosedEvent { createdAt actor { login } stateReason }
                ... on ReopenedEvent { createdAt actor { login } }
                ... on RenamedTitleEvent { createdAt actor { login } previousTitle currentTitle }
                ... on CrossReferencedEvent { createdAt actor { login } source { ... on PullRequest { number title url merged } ... on Issue { number } } }
              }
            }
          }
        }
      }`,
      { n: issue.number },
    );
    const page = repository.issue.timelineItems;
    expect(page.totalCount).toBe(10);
    expect(page.nodes.map((n: Data) => n.__typename)).toEqual(['LabeledEvent', 'AssignedEvent', 'IssueComment', 'UnlabeledEvent']);
    expect(page.nodes[0]).toEqual({ __typename: 'LabeledEvent', createdAt: '2026-11-21T10:00:00Z', actor: { login: 'bob' }, label: { name: 'incident' } });
    expect(page.nodes[2]).toMatchObject({ body: '/inc status fixing', createdAt: '2026-11-21T10:10:00Z', author: { login: 'bob' } });
    let rest: Data[] = [];
    let cursor = page.pageInfo.endCursor;
    while (cursor) {
      const next = (await query(
        `query($n: Int!, $after: String) { repository(owner: "acme", name: "incidents") { issue(number: $n) { timelineItems(first: 4, after: $after) { pageInfo { hasNextPage endCursor } nodes { __typename ... on RenamedTitleEvent { previousTitle currentTitle } ... on CrossReferencedEvent { source { ... on PullRequest { number title url merged } } } ... on ClosedEvent { stateReason actor { login } closer { __typename ... on PullRequest { number } } } } } } } }`,
        { n: issue.number, after: cursor },
      )).repository.issue.timelineItems;
      rest = rest.concat(next.nodes);
      cursor = next.pageInfo.hasNextPage ? next.pageInfo.endCursor : null;
    }
    expect(rest.map((n) => n.__typename)).toEqual(['RenamedTitleEvent', 'UnassignedEvent', 'ClosedEvent', 'ReopenedEvent', 'CrossReferencedEvent', 'ClosedEvent']);
    expect(rest[0]).toEqual({ __typename: 'RenamedTitleEvent', previousTitle: 'Checkout down', currentTitle: 'Checkout API down' });
    expect(rest[4]).toEqual({ __typename: 'CrossReferencedEvent', source: { number: pull.number, title: 'Roll back deploy', url: `${ctx.sandbox.serverUrl}/acme/incidents/pull/${pull.number}`, merged: true } });
    // Closed by hand, then by the merged pull request that fixes it.
    expect(rest[2]).toEqual({ __typename: 'ClosedEvent', stateReason: 'COMPLETED', actor: { login: 'bob' }, closer: null });
    expect(rest[5]).toEqual({ __typename: 'ClosedEvent', stateReason: 'COMPLETED', actor: { login: 'alice' }, closer: { __typename: 'PullRequest', number: pull.number } });
  });
});

describe('pull requests', () => {
  it('finds an open pull request by head branch', async () => {
    const repo = ctx.sandbox.repo();
    repo.createBranch('sitrep/postmortem/INC-1');
    repo.writeFile('postmortems/INC-1.md', '# PM', { branch: 'sitrep/postmortem/INC-1' });
    const pull = repo.openPull({ as: 'github-actions[bot]', title: 'Postmortem: INC-1', head: 'sitrep/postmortem/INC-1' });
    const { repository } = await query(`{
      repository(owner: "acme", name: "incidents") {
        pullRequests(headRefName: "sitrep/postmortem/INC-1", states: [OPEN], first: 5) { nodes { number title state url headRefName baseRefName merged author { login } } }
        pullRequest(number: ${pull.number}) { files(first: 10) { nodes { path additions changeType } } }
      }
    }`);
    expect(repository.pullRequests.nodes).toEqual([
      { number: pull.number, title: 'Postmortem: INC-1', state: 'OPEN', url: pull.url, headRefName: 'sitrep/postmortem/INC-1', baseRefName: 'main', merged: false, author: { login: 'github-actions' } },
    ]);
    expect(repository.pullRequest.files.nodes).toEqual([{ path: 'postmortems/INC-1.md', additions: 1, changeType: 'ADDED' }]);
  });
});

describe("GitHub's connection rules", () => {
  it('requires first or last on a connection that selects nodes', async () => {
    const response = await graphql(ctx.sandbox, '{ repository(owner: "acme", name: "incidents") { issues { nodes { number } } } }');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      data: null,
      errors: [
        {
          type: 'MISSING_PAGINATION_BOUNDARIES',
          path: ['query', 'repository', 'issues'],
          locations: [{ line: 1, column: 50 }],
          message: 'You must provide a `first` or `last` value to properly paginate the `issues` connection.',
        },
      ],
    });
    expect(ctx.sandbox.violations.take()).toHaveLength(1);
  });

  it('refuses more than 100 records, also through variables', async () => {
    const response = await graphql(ctx.sandbox, 'query($n: Int) { repository(owner: "acme", name: "incidents") { labels(first: $n) { nodes { name } } } }', { n: 101 });
    expect(response.body).toMatchObject({
      data: null,
      errors: [{ type: 'EXCESSIVE_PAGINATION', message: 'Requesting 101 records on the `labels` connection exceeds the `first` limit of 100 records.' }],
    });
    expect(ctx.sandbox.violations.take()).toHaveLength(1);
  });

  it('allows totalCount without a page size', async () => {
    const { repository } = await query('{ repository(owner: "acme", name: "incidents") { issues(states: OPEN) { totalCount } } }');
    expect(repository.issues.totalCount).toBe(1);
  });

  it('rejects a malformed cursor as GitHub does', async () => {
    const response = await graphql<Data>(ctx.sandbox, '{ repository(owner: "acme", name: "incidents") { labels(first: 5, after: "bogus") { nodes { name } } } }');
    expect(response.body.errors?.[0]).toMatchObject({ type: 'INVALID_CURSOR_ARGUMENTS', message: '`bogus` does not appear to be a valid cursor.' });
  });
});

describe('mutations', () => {
  it('adds a comment, edits it and reacts to it; counters count mutations', async () => {
    const issue = (await query('{ repository(owner: "acme", name: "incidents") { issue(number: 1) { id } } }', {}, ctx.sandbox.botToken)).repository.issue;
    ctx.sandbox.counters.reset();
    const added = (await query(
      'mutation($id: ID!, $body: String!) { addComment(input: { subjectId: $id, body: $body, clientMutationId: "c1" }) { clientMutationId commentEdge { node { id body author { login } } } subject { id } } }',
      { id: issue.id, body: 'Status: triage' },
      ctx.sandbox.botToken,
    )).addComment;
    expect(added).toMatchObject({ clientMutationId: 'c1', commentEdge: { node: { body: 'Status: triage', author: { login: 'github-actions' } } }, subject: { id: issue.id } });
    const commentId = added.commentEdge.node.id;
    const updated = (await query('mutation($id: ID!) { updateIssueComment(input: { id: $id, body: "Status: fixing" }) { issueComment { body lastEditedAt } } }', { id: commentId }, ctx.sandbox.botToken)).updateIssueComment;
    expect(updated.issueComment.body).toBe('Status: fixing');
    const reacted = (await query('mutation($id: ID!) { addReaction(input: { subjectId: $id, content: ROCKET }) { reaction { content user { login } } subject { id } } }', { id: commentId })).addReaction;
    expect(reacted).toEqual({ reaction: { content: 'ROCKET', user: { login: 'alice' } }, subject: { id: commentId } });
    expect(ctx.sandbox.repo().comments(1)).toMatchObject([{ body: 'Status: fixing', author: 'github-actions[bot]', reactions: [{ content: 'rocket', user: 'alice' }] }]);
    expect(ctx.sandbox.counters.snapshot()).toMatchObject({ graphqlMutation: 3, graphqlQuery: 0, restRead: 0, restWrite: 0 });
  });

  it('labels, assigns and closes an issue', async () => {
    ctx.sandbox.repo().createLabel('incident');
    const { repository } = await query('{ repository(owner: "acme", name: "incidents") { issue(number: 1) { id } label(name: "incident") { id } } }');
    const bob = (await query('{ user(login: "bob") { id } }')).user.id;
    await query('mutation($i: ID!, $l: ID!) { addLabelsToLabelable(input: { labelableId: $i, labelIds: [$l] }) { clientMutationId } }', { i: repository.issue.id, l: repository.label.id });
    await query('mutation($i: ID!, $u: ID!) { addAssigneesToAssignable(input: { assignableId: $i, assigneeIds: [$u] }) { clientMutationId } }', { i: repository.issue.id, u: bob });
    const closed = (await query('mutation($i: ID!) { closeIssue(input: { issueId: $i, stateReason: NOT_PLANNED }) { issue { state stateReason } } }', { i: repository.issue.id })).closeIssue;
    expect(closed.issue).toEqual({ state: 'CLOSED', stateReason: 'NOT_PLANNED' });
    expect(ctx.sandbox.repo().issue(1)).toMatchObject({ labels: ['incident'], assignees: ['bob'], state: 'closed' });
  });
});

describe('search', () => {
  it('finds issues by repository, label and state', async () => {
    const repo = ctx.sandbox.repo();
    repo.createIssue({ title: 'A', labels: ['incident'] });
    repo.createIssue({ title: 'B', labels: ['incident'] });
    repo.closeIssue(3);
    const { search } = await query('{ search(query: "repo:acme/incidents is:issue is:open label:incident", type: ISSUE, first: 10) { issueCount nodes { ... on Issue { title } } } }');
    expect(search).toEqual({ issueCount: 1, nodes: [{ title: 'A' }] });
  });
});

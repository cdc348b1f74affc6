/** Pull requests: create (and its 422s), list, files, review requests and merge. */
import { describe, expect, it } from 'vitest';
import { api, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const R = '/repos/acme/incidents';

function branchWithPostmortem(branch = 'sitrep/postmortem/INC-1'): void {
  const repo = ctx.sandbox.repo();
  repo.createBranch(branch);
  repo.writeFile('postmortems/INC-1.md', '# Postmortem\n\n- [ ] Alert on 5xx\n', { branch, as: 'github-actions[bot]', message: 'INC-1: postmortem draft' });
}

interface PullJson {
  number: number;
  state: string;
  merged: boolean;
  head: { ref: string; sha: string };
  base: { ref: string };
  requested_reviewers: Array<{ login: string }>;
  changed_files: number;
  mergeable: boolean | null;
}

describe('pull requests', () => {
  it('opens a pull request sharing the issue number sequence, and refuses a second one for the same head', async () => {
    branchWithPostmortem();
    const body = { title: 'Postmortem: INC-1 Sandbox ready', head: 'sitrep/postmortem/INC-1', base: 'main', body: 'Closes #1' };
    const created = await api<PullJson>(ctx.sandbox, 'POST', `${R}/pulls`, { token: ctx.sandbox.botToken, body });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ number: 2, state: 'open', merged: false, head: { ref: 'sitrep/postmortem/INC-1' }, base: { ref: 'main' }, changed_files: 1, mergeable: true });
    const again = await api<{ message: string; errors: Array<{ message: string }> }>(ctx.sandbox, 'POST', `${R}/pulls`, { token: ctx.sandbox.botToken, body });
    expect(again.status).toBe(422);
    expect(again.body.message).toBe('Validation Failed');
    expect(again.body.errors[0]?.message).toBe('A pull request already exists for acme:sitrep/postmortem/INC-1.');
  });

  it('refuses unknown branches and a head with no commits', async () => {
    const unknown = await api<{ errors: Array<{ field: string; code: string }> }>(ctx.sandbox, 'POST', `${R}/pulls`, { body: { title: 't', head: 'nope', base: 'main' } });
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors).toEqual([{ resource: 'PullRequest', code: 'invalid', field: 'head' }]);
    ctx.sandbox.repo().createBranch('empty');
    const empty = await api<{ errors: Array<{ message: string }> }>(ctx.sandbox, 'POST', `${R}/pulls`, { body: { title: 't', head: 'empty', base: 'main' } });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0]?.message).toBe('No commits between main and empty');
  });

  it('finds an open pull request by head and lists its files', async () => {
    branchWithPostmortem();
    ctx.sandbox.repo().openPull({ as: 'github-actions[bot]', title: 'Postmortem', head: 'sitrep/postmortem/INC-1' });
    const found = await api<PullJson[]>(ctx.sandbox, 'GET', `${R}/pulls?head=${encodeURIComponent('acme:sitrep/postmortem/INC-1')}&state=open`);
    expect(found.body.map((p) => p.number)).toEqual([2]);
    const none = await api<PullJson[]>(ctx.sandbox, 'GET', `${R}/pulls?head=${encodeURIComponent('acme:other')}`);
    expect(none.body).toEqual([]);
    const files = await api<Array<{ filename: string; status: string; patch: string }>>(ctx.sandbox, 'GET', `${R}/pulls/2/files`);
    expect(files.body).toMatchObject([{ filename: 'postmortems/INC-1.md', status: 'added', patch: '@@ -0,0 +1,3 @@\n+# Postmortem\n+\n+- [ ] Alert on 5xx' }]);
  });

  it('requests reviewers who are collaborators, but never the author (422)', async () => {
    branchWithPostmortem();
    ctx.sandbox.repo().openPull({ as: 'github-actions[bot]', title: 'Postmortem', head: 'sitrep/postmortem/INC-1' });
    const requested = await api<PullJson>(ctx.sandbox, 'POST', `${R}/pulls/2/requested_reviewers`, { token: ctx.sandbox.botToken, body: { reviewers: ['bob', 'carol'] } });
    expect(requested.status).toBe(201);
    expect(requested.body.requested_reviewers.map((u) => u.login)).toEqual(['bob', 'carol']);
    const outsider = await api<{ message: string }>(ctx.sandbox, 'POST', `${R}/pulls/2/requested_reviewers`, { token: ctx.sandbox.botToken, body: { reviewers: ['mallory'] } });
    expect(outsider.status).toBe(422);
    expect(outsider.body.message).toContain('Reviews may only be requested from collaborators.');
    ctx.sandbox.repo().createBranch('bobs');
    ctx.sandbox.repo().writeFile('x.md', 'x', { branch: 'bobs', as: 'bob' });
    const bobs = ctx.sandbox.repo().openPull({ as: 'bob', title: 'Fix', head: 'bobs' });
    const self = await api<{ message: string }>(ctx.sandbox, 'POST', `${R}/pulls/${bobs.number}/requested_reviewers`, { body: { reviewers: ['bob'] } });
    expect(self.status).toBe(422);
    expect(self.body.message).toBe('Review cannot be requested from pull request author.');
    expect(ctx.sandbox.repo().timeline(2).filter((e) => e.event === 'review_requested').map((e) => 'reviewer' in e && e.reviewer)).toEqual(['bob', 'carol']);
  });

  it('merges with a merge commit on the base branch, closes the issues it fixes, and refuses a second merge', async () => {
    branchWithPostmortem();
    ctx.sandbox.repo().writeFile('other.md', 'moved on');
    const pull = ctx.sandbox.repo().openPull({ as: 'github-actions[bot]', title: 'Postmortem', head: 'sitrep/postmortem/INC-1', body: 'Fixes #1' });
    const before = ctx.sandbox.repo().branch('main')!;
    const stale = await api(ctx.sandbox, 'PUT', `${R}/pulls/${pull.number}/merge`, { body: { sha: before } });
    expect(stale.status).toBe(409);
    const merged = await api<{ merged: boolean; sha: string; message: string }>(ctx.sandbox, 'PUT', `${R}/pulls/${pull.number}/merge`, { token: ctx.sandbox.tokenFor('bob'), body: {} });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ merged: true, message: 'Pull Request successfully merged' });
    const repo = ctx.sandbox.repo();
    expect(repo.branch('main')).toBe(merged.body.sha);
    expect(repo.commits()[0]?.parents).toEqual([before, pull.headSha]);
    expect(repo.readFile('postmortems/INC-1.md')).toContain('Alert on 5xx');
    expect(repo.readFile('other.md')).toBe('moved on');
    expect(repo.pull(pull.number)).toMatchObject({ merged: true, mergedBy: 'bob', state: 'closed' });
    expect(repo.issue(1)).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect((await api(ctx.sandbox, 'GET', `${R}/pulls/${pull.number}/merge`)).status).toBe(204);
    const twice = await api<{ message: string }>(ctx.sandbox, 'PUT', `${R}/pulls/${pull.number}/merge`, { body: {} });
    expect(twice.status).toBe(405);
    expect(repo.timeline(pull.number).map((e) => e.event)).toEqual(['merged', 'closed']);
  });

  it('squash-merges into one commit and fast-forwards a rebase merge', async () => {
    branchWithPostmortem('a');
    const squashed = ctx.sandbox.repo().openPull({ title: 'A', head: 'a' });
    const before = ctx.sandbox.repo().branch('main');
    await api(ctx.sandbox, 'PUT', `${R}/pulls/${squashed.number}/merge`, { body: { merge_method: 'squash' } });
    expect(ctx.sandbox.repo().commits()[0]).toMatchObject({ message: `A (#${squashed.number})`, parents: [before] });
    ctx.sandbox.repo().createBranch('b');
    const tip = ctx.sandbox.repo().writeFile('b.md', 'b', { branch: 'b' });
    const rebased = ctx.sandbox.repo().openPull({ title: 'B', head: 'b' });
    await api(ctx.sandbox, 'PUT', `${R}/pulls/${rebased.number}/merge`, { body: { merge_method: 'rebase' } });
    expect(ctx.sandbox.repo().branch('main')).toBe(tip);
  });

  it('closes an open pull request when its head branch is deleted', async () => {
    branchWithPostmortem();
    const pull = ctx.sandbox.repo().openPull({ title: 'Postmortem', head: 'sitrep/postmortem/INC-1' });
    expect((await api(ctx.sandbox, 'DELETE', `${R}/git/refs/${encodeURIComponent('heads/sitrep/postmortem/INC-1')}`)).status).toBe(204);
    expect(ctx.sandbox.repo().pull(pull.number)).toMatchObject({ state: 'closed', merged: false });
  });

  it('updates title, body and state of a pull request', async () => {
    branchWithPostmortem();
    const pull = ctx.sandbox.repo().openPull({ as: 'github-actions[bot]', title: 'Postmortem', head: 'sitrep/postmortem/INC-1' });
    const updated = await api<{ title: string; body: string; state: string }>(ctx.sandbox, 'PATCH', `${R}/pulls/${pull.number}`, {
      token: ctx.sandbox.botToken,
      body: { title: 'Postmortem: INC-1', body: 'Refreshed', state: 'closed' },
    });
    expect(updated.body).toMatchObject({ title: 'Postmortem: INC-1', body: 'Refreshed', state: 'closed' });
  });
});

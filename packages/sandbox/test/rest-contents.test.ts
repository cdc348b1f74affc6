/** The contents API with compare-and-swap, the Git Database API and compare. */
import { describe, expect, it } from 'vitest';
import { blobSha } from '../src/git.js';
import { api, useSandbox } from '../src/testing/index.js';

const ctx = useSandbox({ fresh: true });
const R = '/repos/acme/incidents';
const b64 = (text: string) => Buffer.from(text).toString('base64');

interface FileJson {
  type: string;
  sha: string;
  content: string;
  encoding: string;
  path: string;
}
interface WriteJson {
  content: { sha: string; path: string };
  commit: { sha: string; message: string; parents: Array<{ sha: string }> };
}

describe('contents', () => {
  it('creates a file with a commit on the branch, then reads it back with its git blob sha', async () => {
    const before = ctx.sandbox.repo().branch('main');
    const created = await api<WriteJson>(ctx.sandbox, 'PUT', `${R}/contents/${encodeURIComponent('incidents/INC-2.md')}`, {
      token: ctx.sandbox.botToken,
      body: { message: 'INC-2: declared (P1)', content: b64('---\nid: INC-2\n---\n') },
    });
    expect(created.status).toBe(201);
    expect(created.body.content.sha).toBe(blobSha('---\nid: INC-2\n---\n'));
    expect(created.body.commit.parents.map((p) => p.sha)).toEqual([before]);
    expect(ctx.sandbox.repo().branch('main')).toBe(created.body.commit.sha);
    expect(ctx.sandbox.repo().commits()[0]).toMatchObject({ message: 'INC-2: declared (P1)', author: 'github-actions[bot]', files: ['incidents/INC-2.md'] });
    const read = await api<FileJson>(ctx.sandbox, 'GET', `${R}/contents/incidents/INC-2.md`);
    expect(read.body).toMatchObject({ type: 'file', encoding: 'base64', path: 'incidents/INC-2.md', sha: created.body.content.sha });
    expect(Buffer.from(read.body.content, 'base64').toString()).toBe('---\nid: INC-2\n---\n');
  });

  it('is compare-and-swap: an update without sha is 422, with a stale sha 409, with the current sha 200', async () => {
    const path = `${R}/contents/${encodeURIComponent('incidents/INC-1.md')}`;
    const first = await api<WriteJson>(ctx.sandbox, 'PUT', path, { body: { message: 'one', content: b64('one') } });
    const noSha = await api<{ message: string }>(ctx.sandbox, 'PUT', path, { body: { message: 'two', content: b64('two') } });
    expect(noSha.status).toBe(422);
    expect(noSha.body.message).toBe('Invalid request.\n\n"sha" wasn\'t supplied.');
    // Someone else updates the file in between.
    ctx.sandbox.repo().writeFile('incidents/INC-1.md', 'concurrent', { as: 'bob' });
    const stale = await api<{ message: string; documentation_url: string }>(ctx.sandbox, 'PUT', path, {
      body: { message: 'two', content: b64('two'), sha: first.body.content.sha },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.message).toBe(`incidents/INC-1.md does not match ${first.body.content.sha}`);
    const current = ctx.sandbox.repo().fileSha('incidents/INC-1.md');
    const updated = await api<WriteJson>(ctx.sandbox, 'PUT', path, { body: { message: 'two', content: b64('two'), sha: current } });
    expect(updated.status).toBe(200);
    expect(ctx.sandbox.repo().readFile('incidents/INC-1.md')).toBe('two');
  });

  it('reads at a ref, lists directories, serves the raw media type, and 404s for missing paths and refs', async () => {
    const repo = ctx.sandbox.repo();
    repo.createBranch('draft');
    repo.writeFiles({ 'postmortems/INC-1.md': 'pm', 'postmortems/INC-2.md': 'pm2' }, { branch: 'draft' });
    expect((await api(ctx.sandbox, 'GET', `${R}/contents/postmortems/INC-1.md`)).status).toBe(404);
    const onBranch = await api<FileJson>(ctx.sandbox, 'GET', `${R}/contents/postmortems/INC-1.md?ref=draft`);
    expect(onBranch.status).toBe(200);
    const listing = await api<Array<{ name: string; type: string; path: string }>>(ctx.sandbox, 'GET', `${R}/contents/postmortems?ref=draft`);
    expect(listing.body.map((e) => [e.name, e.type, e.path])).toEqual([
      ['INC-1.md', 'file', 'postmortems/INC-1.md'],
      ['INC-2.md', 'file', 'postmortems/INC-2.md'],
    ]);
    const raw = await api(ctx.sandbox, 'GET', `${R}/contents/postmortems/INC-2.md?ref=draft`, { headers: { accept: 'application/vnd.github.raw+json' } });
    expect(raw.text).toBe('pm2');
    const badRef = await api<{ message: string }>(ctx.sandbox, 'GET', `${R}/contents/README.md?ref=nope`);
    expect(badRef.status).toBe(404);
    expect(badRef.body.message).toBe('No commit found for the ref nope');
  });

  it('deletes a file with its sha', async () => {
    ctx.sandbox.repo().writeFile('old.md', 'old');
    const sha = ctx.sandbox.repo().fileSha('old.md');
    const stale = await api(ctx.sandbox, 'DELETE', `${R}/contents/old.md`, { body: { message: 'rm', sha: blobSha('other') } });
    expect(stale.status).toBe(409);
    const deleted = await api<{ content: null }>(ctx.sandbox, 'DELETE', `${R}/contents/old.md`, { body: { message: 'rm', sha } });
    expect(deleted.status).toBe(200);
    expect(deleted.body.content).toBeNull();
    expect(ctx.sandbox.repo().readFile('old.md')).toBeUndefined();
  });
});

describe('git database', () => {
  it('builds a commit from blobs and a tree on a base tree, then moves a new branch to it', async () => {
    const git = (path: string) => `${R}/git/${path}`;
    const ref = await api<{ object: { sha: string } }>(ctx.sandbox, 'GET', git('ref/heads/main'));
    const base = ref.body.object.sha;
    const baseCommit = await api<{ tree: { sha: string } }>(ctx.sandbox, 'GET', git(`commits/${base}`));
    const blob = await api<{ sha: string }>(ctx.sandbox, 'POST', git('blobs'), { body: { content: b64('# PM'), encoding: 'base64' } });
    expect(blob.status).toBe(201);
    expect(blob.body.sha).toBe(blobSha('# PM'));
    const tree = await api<{ sha: string; tree: Array<{ path: string }> }>(ctx.sandbox, 'POST', git('trees'), {
      body: {
        base_tree: baseCommit.body.tree.sha,
        tree: [
          { path: 'postmortems/INC-2.md', mode: '100644', type: 'blob', sha: blob.body.sha },
          { path: 'notes/inline.md', mode: '100644', type: 'blob', content: 'inline' },
        ],
      },
    });
    expect(tree.status).toBe(201);
    expect(tree.body.tree.map((e) => e.path)).toEqual(['README.md', 'notes', 'postmortems']);
    const commit = await api<{ sha: string; parents: Array<{ sha: string }> }>(ctx.sandbox, 'POST', git('commits'), {
      body: { message: 'Postmortem for INC-2', tree: tree.body.sha, parents: [base] },
    });
    expect(commit.status).toBe(201);
    const created = await api(ctx.sandbox, 'POST', git('refs'), { body: { ref: 'refs/heads/sitrep/postmortem/INC-2', sha: commit.body.sha } });
    expect(created.status).toBe(201);
    expect(ctx.sandbox.repo().readFile('postmortems/INC-2.md', { ref: 'sitrep/postmortem/INC-2' })).toBe('# PM');
    const again = await api<{ message: string }>(ctx.sandbox, 'POST', git('refs'), { body: { ref: 'refs/heads/sitrep/postmortem/INC-2', sha: commit.body.sha } });
    expect(again.status).toBe(422);
    expect(again.body.message).toBe('Reference already exists');
    const recursive = await api<{ tree: Array<{ path: string; type: string }> }>(ctx.sandbox, 'GET', git(`trees/${tree.body.sha}?recursive=1`));
    expect(recursive.body.tree.filter((e) => e.type === 'blob').map((e) => e.path)).toEqual(['README.md', 'notes/inline.md', 'postmortems/INC-2.md']);
    const gotBlob = await api<{ content: string; encoding: string }>(ctx.sandbox, 'GET', git(`blobs/${blob.body.sha}`));
    expect(Buffer.from(gotBlob.body.content, 'base64').toString()).toBe('# PM');
  });

  it('refuses a non-fast-forward ref update without force (422) and accepts it with force', async () => {
    const repo = ctx.sandbox.repo();
    const root = repo.branch('main')!;
    repo.createBranch('topic');
    const ahead = repo.writeFile('a.md', 'a', { branch: 'topic' });
    const other = repo.writeFile('b.md', 'b');
    const ff = await api(ctx.sandbox, 'PATCH', `${R}/git/refs/heads/topic`, { body: { sha: ahead } });
    expect(ff.status).toBe(200);
    const rewind = await api<{ message: string }>(ctx.sandbox, 'PATCH', `${R}/git/refs/heads/topic`, { body: { sha: other } });
    expect(rewind.status).toBe(422);
    expect(rewind.body.message).toBe('Update is not a fast forward');
    const forced = await api(ctx.sandbox, 'PATCH', `${R}/git/refs/heads/topic`, { body: { sha: root, force: true } });
    expect(forced.status).toBe(200);
    expect(repo.branch('topic')).toBe(root);
    expect((await api(ctx.sandbox, 'DELETE', `${R}/git/refs/heads/topic`)).status).toBe(204);
    expect((await api(ctx.sandbox, 'GET', `${R}/git/ref/heads/topic`)).status).toBe(404);
    expect((await api(ctx.sandbox, 'DELETE', `${R}/git/refs/heads/topic`)).status).toBe(422);
  });

  it('compares two refs: status, ahead/behind counts, commits and changed files', async () => {
    const repo = ctx.sandbox.repo();
    repo.createBranch('feature');
    repo.writeFile('postmortems/INC-3.md', 'line\n', { branch: 'feature', message: 'Add postmortem' });
    repo.writeFile('README.md', '# changed\n', { branch: 'feature', message: 'Edit readme' });
    const compared = await api<{
      status: string;
      ahead_by: number;
      behind_by: number;
      total_commits: number;
      commits: Array<{ commit: { message: string } }>;
      files: Array<{ filename: string; status: string; additions: number; deletions: number; patch?: string }>;
    }>(ctx.sandbox, 'GET', `${R}/compare/main...feature`);
    expect(compared.status).toBe(200);
    expect(compared.body).toMatchObject({ status: 'ahead', ahead_by: 2, behind_by: 0, total_commits: 2 });
    expect(compared.body.commits.map((c) => c.commit.message)).toEqual(['Add postmortem', 'Edit readme']);
    expect(compared.body.files.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['README.md', 'modified', 1, 3],
      ['postmortems/INC-3.md', 'added', 1, 0],
    ]);
    const behind = await api<{ status: string }>(ctx.sandbox, 'GET', `${R}/compare/feature...main`);
    expect(behind.body.status).toBe('behind');
  });
});

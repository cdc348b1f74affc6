/** The object store hashes as git does and diffs as GitHub's compare and files APIs report. */
import { describe, expect, it } from 'vitest';
import { GitStore, blobSha, unifiedDiff } from '../src/git.js';

describe('GitStore', () => {
  // Expected ids computed with git 2.x: `git hash-object`, `git write-tree`, `git commit`.
  it('computes the ids git computes for blobs, nested trees and commits', () => {
    const git = new GitStore();
    expect(blobSha('hello\n')).toBe('ce013625030ba8dba906f756967f9e9ca394464a');
    const tree = git.applyChanges(undefined, [
      { path: 'a.txt', sha: git.writeBlob('hello\n').sha },
      { path: 'd/e/f.md', sha: git.writeBlob('x').sha },
      { path: 'd/b.md', sha: git.writeBlob('y').sha },
    ]);
    expect(tree.sha).toBe('2949cefd5aaa3303ab5e2370211071b208bbea0b');
    const who = { name: 'Alice', email: 'alice@example.com', date: '2026-11-21T10:00:00Z' };
    const commit = git.writeCommit({ tree: tree.sha, parents: [], author: who, committer: who, message: 'Initial commit\n' });
    expect(commit.sha).toBe('72b8c1ed5aa660096f08cfa5f458b275dc02280a');
    expect(git.emptyTree).toBe('4b825dc642cb6eb9a060e54bf8d69288fbee4904');
  });

  it('reads paths, flattens trees and drops emptied directories', () => {
    const git = new GitStore();
    const first = git.applyChanges(undefined, [
      { path: 'incidents/INC-1.md', sha: git.writeBlob('one').sha },
      { path: 'README.md', sha: git.writeBlob('readme').sha },
    ]);
    expect(git.lookup(first.sha, 'incidents/INC-1.md')?.type).toBe('blob');
    expect(git.lookup(first.sha, 'incidents')?.type).toBe('tree');
    expect(git.lookup(first.sha, 'missing.md')).toBeUndefined();
    const second = git.applyChanges(first.sha, [{ path: 'incidents/INC-1.md', sha: null }]);
    expect(git.flatten(second.sha).map((e) => e.path)).toEqual(['README.md']);
  });

  it('finds merge bases and ancestry', () => {
    const git = new GitStore();
    const who = { name: 'A', email: 'a@example.com', date: '2026-11-21T10:00:00Z' };
    const root = git.writeCommit({ tree: git.emptyTree, parents: [], author: who, committer: who, message: 'root' });
    const left = git.writeCommit({ tree: git.emptyTree, parents: [root.sha], author: who, committer: who, message: 'left' });
    const right = git.writeCommit({ tree: git.emptyTree, parents: [root.sha], author: who, committer: who, message: 'right' });
    expect(git.mergeBase(left.sha, right.sha)).toBe(root.sha);
    expect(git.isAncestor(root.sha, left.sha)).toBe(true);
    expect(git.isAncestor(left.sha, right.sha)).toBe(false);
  });
});

describe('unifiedDiff', () => {
  it('counts added and removed lines and renders hunks with context', () => {
    const before = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].join('\n') + '\n';
    const after = ['a', 'b', 'c', 'D', 'e', 'f', 'g', 'h', 'i'].join('\n') + '\n';
    const diff = unifiedDiff(before, after);
    expect(diff.additions).toBe(2);
    expect(diff.deletions).toBe(1);
    expect(diff.patch).toBe(['@@ -1,8 +1,9 @@', ' a', ' b', ' c', '-d', '+D', ' e', ' f', ' g', ' h', '+i'].join('\n'));
  });

  it('has no patch for identical text and counts a new file as additions', () => {
    expect(unifiedDiff('x\n', 'x\n')).toEqual({ additions: 0, deletions: 0, patch: undefined });
    expect(unifiedDiff('', 'one\ntwo\n')).toMatchObject({ additions: 2, deletions: 0, patch: '@@ -0,0 +1,2 @@\n+one\n+two' });
  });
});

/**
 * A git object store: blobs, trees and commits hashed exactly as git hashes them, plus refs.
 * The contents API, the Git Database API and pull requests all go through it, so a sha the
 * sandbox hands out is the sha real git would compute for the same content.
 */
import { createHash } from 'node:crypto';

/** Entry modes as the Git Database API writes them. */
export type TreeMode = '100644' | '100755' | '040000' | '160000' | '120000';

/** One entry of a tree object. */
export interface TreeEntry {
  name: string;
  mode: TreeMode;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
}

/** A name, email and time, as in a commit's author and committer lines. */
export interface GitIdentity {
  name: string;
  email: string;
  /** RFC 3339, second precision. */
  date: string;
}

export interface BlobObject {
  type: 'blob';
  sha: string;
  content: Buffer;
}

export interface TreeObject {
  type: 'tree';
  sha: string;
  entries: TreeEntry[];
}

export interface CommitObject {
  type: 'commit';
  sha: string;
  tree: string;
  parents: string[];
  author: GitIdentity;
  committer: GitIdentity;
  message: string;
}

export type GitObject = BlobObject | TreeObject | CommitObject;

/** A change to apply to a tree: `sha: null` deletes the path. */
export interface TreeChange {
  path: string;
  mode?: TreeMode;
  type?: 'blob' | 'tree' | 'commit';
  sha: string | null;
}

/** A file as seen in a flattened tree. */
export interface FlatEntry {
  path: string;
  sha: string;
  mode: TreeMode;
}

/** One file changed between two trees, with line counts and a unified diff. */
export interface FileChange {
  path: string;
  status: 'added' | 'removed' | 'modified';
  /** Blob sha after the change (before it, for a removed file). */
  sha: string;
  previousSha: string | null;
  additions: number;
  deletions: number;
  patch: string | undefined;
}

/** Computes git's object id: sha1 of `<type> <length>\0<content>`. */
export function hashObject(type: GitObject['type'], content: Buffer): string {
  return createHash('sha1')
    .update(`${type} ${content.length}\0`)
    .update(content)
    .digest('hex');
}

/** The sha git gives a blob with this content (`git hash-object`). */
export function blobSha(content: Buffer | string): string {
  return hashObject('blob', typeof content === 'string' ? Buffer.from(content) : content);
}

const SHA_PATTERN = /^[0-9a-f]{40}$/;

/** True for a full, lower-case hexadecimal object id. */
export function isSha(value: string): boolean {
  return SHA_PATTERN.test(value);
}

/** Git orders tree entries by name, comparing a tree's name as if it ended with `/`. */
function treeOrderKey(entry: TreeEntry): string {
  return entry.type === 'tree' ? `${entry.name}/` : entry.name;
}

function compareEntries(a: TreeEntry, b: TreeEntry): number {
  const ka = Buffer.from(treeOrderKey(a));
  const kb = Buffer.from(treeOrderKey(b));
  return Buffer.compare(ka, kb);
}

function serializeTree(entries: TreeEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    // Inside the object a tree's mode has no leading zero.
    const mode = entry.mode === '040000' ? '40000' : entry.mode;
    parts.push(Buffer.from(`${mode} ${entry.name}\0`), Buffer.from(entry.sha, 'hex'));
  }
  return Buffer.concat(parts);
}

function identityLine(role: string, who: GitIdentity): string {
  const seconds = Math.floor(Date.parse(who.date) / 1000);
  return `${role} ${who.name} <${who.email}> ${seconds} +0000`;
}

function serializeCommit(commit: Omit<CommitObject, 'sha' | 'type'>): Buffer {
  const lines = [`tree ${commit.tree}`];
  for (const parent of commit.parents) lines.push(`parent ${parent}`);
  lines.push(identityLine('author', commit.author), identityLine('committer', commit.committer));
  return Buffer.from(`${lines.join('\n')}\n\n${commit.message}`);
}

/** Splits a repository path into its segments, rejecting empty and relative ones. */
export function splitPath(path: string): string[] {
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.some((s) => s === '.' || s === '..')) throw new RangeError(`invalid path ${path}`);
  return segments;
}

/** Objects and refs of one repository. */
export class GitStore {
  readonly objects = new Map<string, GitObject>();
  /** Fully qualified ref name (`refs/heads/main`) → commit sha. */
  readonly refs = new Map<string, string>();

  /** The id of the empty tree, which git knows without storing it. */
  readonly emptyTree: string;

  constructor() {
    this.emptyTree = this.writeTree([]).sha;
  }

  /** Stores a blob and returns it. */
  writeBlob(content: Buffer | string): BlobObject {
    const data = typeof content === 'string' ? Buffer.from(content) : content;
    const blob: BlobObject = { type: 'blob', sha: hashObject('blob', data), content: data };
    this.objects.set(blob.sha, blob);
    return blob;
  }

  /** Stores a tree (entries are sorted into git's order) and returns it. */
  writeTree(entries: TreeEntry[]): TreeObject {
    const sorted = [...entries].sort(compareEntries);
    const tree: TreeObject = { type: 'tree', sha: hashObject('tree', serializeTree(sorted)), entries: sorted };
    this.objects.set(tree.sha, tree);
    return tree;
  }

  /** Stores a commit and returns it. */
  writeCommit(commit: Omit<CommitObject, 'sha' | 'type'>): CommitObject {
    const stored: CommitObject = { type: 'commit', ...commit, sha: hashObject('commit', serializeCommit(commit)) };
    this.objects.set(stored.sha, stored);
    return stored;
  }

  get(sha: string): GitObject | undefined {
    return this.objects.get(sha);
  }

  getBlob(sha: string): BlobObject | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'blob' ? object : undefined;
  }

  getTree(sha: string): TreeObject | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'tree' ? object : undefined;
  }

  getCommit(sha: string): CommitObject | undefined {
    const object = this.objects.get(sha);
    return object?.type === 'commit' ? object : undefined;
  }

  /** Finds the entry at `path` under `treeSha`; the empty path is the tree itself. */
  lookup(treeSha: string, path: string): TreeEntry | undefined {
    let current: TreeEntry = { name: '', mode: '040000', type: 'tree', sha: treeSha };
    for (const segment of splitPath(path)) {
      if (current.type !== 'tree') return undefined;
      const tree = this.getTree(current.sha);
      const next = tree?.entries.find((e) => e.name === segment);
      if (!next) return undefined;
      current = next;
    }
    return current;
  }

  /** Every blob under a tree, with its full path, in git's order. */
  flatten(treeSha: string, prefix = ''): FlatEntry[] {
    const tree = this.getTree(treeSha);
    if (!tree) return [];
    const out: FlatEntry[] = [];
    for (const entry of tree.entries) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.type === 'tree') out.push(...this.flatten(entry.sha, path));
      else out.push({ path, sha: entry.sha, mode: entry.mode });
    }
    return out;
  }

  /**
   * Applies changes to a tree (or to the empty tree) and returns the new root tree, writing every
   * intermediate tree. Directories left empty disappear, as in git.
   */
  applyChanges(baseTreeSha: string | undefined, changes: TreeChange[]): TreeObject {
    const root = baseTreeSha ?? this.emptyTree;
    if (!this.getTree(root)) throw new RangeError(`unknown tree ${root}`);
    // Group changes by their first segment and recurse: a change either lands in this tree or in
    // a subtree.
    const direct = new Map<string, TreeChange>();
    const nested = new Map<string, TreeChange[]>();
    for (const change of changes) {
      const [head, ...rest] = splitPath(change.path);
      if (head === undefined) throw new RangeError('a tree change needs a path');
      if (rest.length === 0) direct.set(head, change);
      else {
        const list = nested.get(head) ?? [];
        list.push({ ...change, path: rest.join('/') });
        nested.set(head, list);
      }
    }
    const entries = new Map(this.getTree(root)!.entries.map((e) => [e.name, e]));
    for (const [name, change] of direct) {
      if (change.sha === null) {
        entries.delete(name);
        continue;
      }
      const type = change.type ?? (change.mode === '040000' ? 'tree' : change.mode === '160000' ? 'commit' : 'blob');
      const mode = change.mode ?? (type === 'tree' ? '040000' : type === 'commit' ? '160000' : '100644');
      entries.set(name, { name, mode, type, sha: change.sha });
    }
    for (const [name, subChanges] of nested) {
      const existing = entries.get(name);
      const base = existing?.type === 'tree' ? existing.sha : undefined;
      const subtree = this.applyChanges(base, subChanges);
      if (subtree.entries.length === 0) entries.delete(name);
      else entries.set(name, { name, mode: '040000', type: 'tree', sha: subtree.sha });
    }
    return this.writeTree([...entries.values()]);
  }

  /** Commits reachable from `sha` (itself included), newest first by walk order. */
  ancestors(sha: string, until?: (sha: string) => boolean): string[] {
    const seen = new Set<string>([sha]);
    const order = [sha];
    // Breadth-first over an array read by index: histories of thousands of commits stay linear.
    for (let i = 0; i < order.length; i++) {
      const current = order[i]!;
      if (until?.(current)) break;
      for (const parent of this.getCommit(current)?.parents ?? []) {
        if (!seen.has(parent)) {
          seen.add(parent);
          order.push(parent);
        }
      }
    }
    return order;
  }

  /** True when `ancestor` is reachable from `descendant` (or equal to it). */
  isAncestor(ancestor: string, descendant: string): boolean {
    return this.ancestors(descendant, (sha) => sha === ancestor).includes(ancestor);
  }

  /** Commits reachable from `head` but not from `base` (what `base...head` adds), newest first. */
  commitsBetween(base: string, head: string): string[] {
    const excluded = new Set(this.ancestors(base));
    return this.ancestors(head).filter((sha) => !excluded.has(sha));
  }

  /** The nearest common ancestor of two commits, if any. */
  mergeBase(a: string, b: string): string | undefined {
    const fromA = new Set(this.ancestors(a));
    return this.ancestors(b).find((sha) => fromA.has(sha));
  }

  /** Paths that differ between two trees, with their blob shas, sorted (no line diff). */
  changedPaths(baseTreeSha: string, headTreeSha: string): Array<{ path: string; status: FileChange['status']; before?: string; after?: string }> {
    const before = new Map(this.flatten(baseTreeSha).map((e) => [e.path, e.sha]));
    const after = new Map(this.flatten(headTreeSha).map((e) => [e.path, e.sha]));
    const changes: Array<{ path: string; status: FileChange['status']; before?: string; after?: string }> = [];
    for (const path of [...new Set([...before.keys(), ...after.keys()])].sort()) {
      const old = before.get(path);
      const now = after.get(path);
      if (old === now) continue;
      const status = old === undefined ? 'added' : now === undefined ? 'removed' : 'modified';
      changes.push({ path, status, ...(old === undefined ? {} : { before: old }), ...(now === undefined ? {} : { after: now }) });
    }
    return changes;
  }

  /** Files that differ between two trees, with line counts and patches. */
  diffTrees(baseTreeSha: string, headTreeSha: string): FileChange[] {
    const text = (sha: string | undefined) => (sha ? this.getBlob(sha)?.content.toString('utf8') ?? '' : '');
    return this.changedPaths(baseTreeSha, headTreeSha).map(({ path, status, before, after }) => {
      const diff = unifiedDiff(text(before), text(after));
      return {
        path,
        status,
        sha: (after ?? before)!,
        previousSha: before !== undefined && after !== undefined ? before : null,
        additions: diff.additions,
        deletions: diff.deletions,
        patch: diff.patch,
      };
    });
  }
}

/** Lines of a text as diff sees them (no trailing empty line for a final newline). */
function toLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// Beyond this many line pairs the LCS table would be too costly: report a full rewrite instead.
const MAX_DIFF_CELLS = 4_000_000;
const CONTEXT = 3;

type DiffOp = { kind: ' ' | '-' | '+'; line: string };

/**
 * A line diff (longest common subsequence) rendered as git's unified hunks, as GitHub returns in
 * a file's `patch`.
 */
export function unifiedDiff(oldText: string, newText: string): { additions: number; deletions: number; patch: string | undefined } {
  const a = toLines(oldText);
  const b = toLines(newText);
  const ops = diffLines(a, b);
  const additions = ops.filter((o) => o.kind === '+').length;
  const deletions = ops.filter((o) => o.kind === '-').length;
  if (additions === 0 && deletions === 0) return { additions, deletions, patch: undefined };
  return { additions, deletions, patch: renderHunks(ops) };
}

function diffLines(a: string[], b: string[]): DiffOp[] {
  if (a.length * b.length > MAX_DIFF_CELLS) {
    return [...a.map((line) => ({ kind: '-' as const, line })), ...b.map((line) => ({ kind: '+' as const, line }))];
  }
  // lcs[i][j] = length of the LCS of a[i..] and b[j..]
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] = a[i] === b[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: DiffOp[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      ops.push({ kind: ' ', line: a[i]! });
      i++;
      j++;
    } else if (lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!) {
      ops.push({ kind: '-', line: a[i++]! });
    } else {
      ops.push({ kind: '+', line: b[j++]! });
    }
  }
  while (i < a.length) ops.push({ kind: '-', line: a[i++]! });
  while (j < b.length) ops.push({ kind: '+', line: b[j++]! });
  return ops;
}

function renderHunks(ops: DiffOp[]): string {
  const hunks: string[] = [];
  let index = 0;
  while (index < ops.length) {
    // Find the next change and the extent of the hunk around it (changes closer than 2*CONTEXT
    // lines apart share a hunk).
    while (index < ops.length && ops[index]!.kind === ' ') index++;
    if (index >= ops.length) break;
    const start = Math.max(0, index - CONTEXT);
    let end = index;
    let lastChange = index;
    while (end < ops.length && end - lastChange <= 2 * CONTEXT) {
      if (ops[end]!.kind !== ' ') lastChange = end;
      end++;
    }
    end = Math.min(ops.length, lastChange + CONTEXT + 1);
    let oldStart = 1;
    let newStart = 1;
    for (let k = 0; k < start; k++) {
      if (ops[k]!.kind !== '+') oldStart++;
      if (ops[k]!.kind !== '-') newStart++;
    }
    const slice = ops.slice(start, end);
    const oldCount = slice.filter((o) => o.kind !== '+').length;
    const newCount = slice.filter((o) => o.kind !== '-').length;
    const header = `@@ -${oldCount === 0 ? oldStart - 1 : oldStart},${oldCount} +${newCount === 0 ? newStart - 1 : newStart},${newCount} @@`;
    hunks.push([header, ...slice.map((o) => `${o.kind}${o.line}`)].join('\n'));
    index = end;
  }
  return hunks.join('\n');
}

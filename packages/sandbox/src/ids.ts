/**
 * Database ids and GraphQL node ids. GitHub's node ids are opaque; the sandbox makes them
 * decodable (`<prefix>_<base64url of parts>`) so `node(id:)` and mutations can find the object
 * without a registry, while REST `node_id` and GraphQL `id` stay the same string.
 */

/** Node id prefixes, as GitHub's current ids begin (`I_kw…`, `IC_kw…`, `PR_kw…`). */
export type NodeKind =
  | 'U'
  | 'BOT'
  | 'O'
  | 'R'
  | 'I'
  | 'PR'
  | 'IC'
  | 'LA'
  | 'REA'
  | 'EV'
  | 'C'
  | 'B'
  | 'T'
  | 'REF'
  | 'W';

/** Builds a node id from its kind and identifying parts. */
export function nodeId(kind: NodeKind, ...parts: Array<string | number>): string {
  return `${kind}_${Buffer.from(parts.join(':')).toString('base64url')}`;
}

/** Splits a node id made by {@link nodeId}; undefined for anything else. */
export function decodeNodeId(id: string): { kind: NodeKind; parts: string[] } | undefined {
  const match = /^([A-Z]+)_([A-Za-z0-9_-]+)$/.exec(id);
  if (!match) return undefined;
  return { kind: match[1] as NodeKind, parts: Buffer.from(match[2]!, 'base64url').toString('utf8').split(':') };
}

/** A monotonically increasing id source (GitHub's ids are unique per kind, ours globally). */
export class IdSequence {
  #next: number;
  constructor(start = 1_000_001) {
    this.#next = start;
  }
  next(): number {
    return this.#next++;
  }
}

/**
 * Which incident an alert group belongs to, kept in one git ref per group key.
 *
 * GitHub's search index is eventually consistent, so "is there an incident for this key?" cannot
 * be asked of it: two dispatches for one new group, processed at the same time, would both find
 * nothing and both declare. A ref is read and written consistently, and creating one is atomic:
 * `POST /git/refs` answers 422 when the ref exists. So the ref
 * `refs/heads/sitrep/alerts/<first 16 hex of sha256(key)>` is both the index and the lock:
 *
 * - It points at an empty commit whose message's first line is `INC-<n>` (the incident the group
 *   belongs to) or `claim` (a run is opening the incident's issue right now).
 * - A run that finds no ref creates it with a `claim` commit; exactly one run succeeds. The winner
 *   opens the issue and fast-forwards the ref to an `INC-<n>` commit whose parent is its claim.
 *   A loser sees the claim and waits for the number.
 * - When the group's incident is over, the next firing claims again with a commit whose parent is
 *   the commit it read, updated with `force: false`: GitHub accepts only a fast-forward, so of two
 *   runs that read the same commit only one moves the ref (compare-and-swap), and the other reads
 *   again and finds the new claim.
 * - A claim older than {@link CLAIM_TIMEOUT_MS} belongs to a run that died before opening the
 *   issue; it is taken over the same compare-and-swap way.
 */
import { createHash } from 'node:crypto';
import * as core from '@actions/core';
import { apiError, statusOf } from './errors.js';
import type { IncidentRepository } from './incidents.js';
import { isIncidentId, issueNumberOf } from '../core/incident.js';

/** Git's empty tree: every index commit is empty, so it carries no files to check out or review. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

/** A claim this old is taken to be abandoned (the run that made it died). */
export const CLAIM_TIMEOUT_MS = 5 * 60_000;

/** What the index holds for a group: the commit, and the incident or a claim in progress. */
export interface AlertIndexEntry {
  /** The commit the ref points at (the compare-and-swap key for the next move). */
  sha: string;
  /** The incident's issue number, or null while a run is declaring it. */
  incident: number | null;
  /** When the commit was made (GitHub's clock), in milliseconds. */
  at: number;
}

const INDEX_QUERY = /* GraphQL */ `
  query AlertIndex($owner: String!, $name: String!, $ref: String!) {
    repository(owner: $owner, name: $name) {
      ref(qualifiedName: $ref) { target { oid ... on Commit { message committedDate } } }
    }
  }
`;

interface IndexResponse {
  repository: { ref: { target: { oid: string; message?: string; committedDate?: string } } | null } | null;
}

/** The branch (without `refs/heads/`) that indexes a group key. */
export function alertIndexBranch(key: string): string {
  return `sitrep/alerts/${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 16)}`;
}

/** Reads the incident number from an index commit's message, or null for a claim. */
export function indexedIncident(message: string): number | null {
  const first = message.split('\n')[0]?.trim() ?? '';
  return isIncidentId(first) ? issueNumberOf(first) : null;
}

/** The alert index over the repository's refs. */
export class AlertIndex {
  constructor(private readonly repo: IncidentRepository) {}

  private get octokit() {
    return this.repo.client.octokit;
  }

  /** The group's entry, or null when no incident was ever declared for it (one GraphQL query). */
  async read(key: string): Promise<AlertIndexEntry | null> {
    const branch = alertIndexBranch(key);
    let data: IndexResponse;
    try {
      data = await this.octokit.graphql<IndexResponse>(INDEX_QUERY, { owner: this.repo.owner, name: this.repo.repo, ref: `refs/heads/${branch}` });
    } catch (error) {
      throw apiError(`read the alert index ${branch}`, error);
    }
    const target = data.repository?.ref?.target;
    if (!target) return null;
    return { sha: target.oid, incident: indexedIncident(target.message ?? ''), at: Date.parse(target.committedDate ?? '') || 0 };
  }

  /**
   * Claims the group for a run about to declare its incident: creates the ref when `previous` is
   * null, else moves it from `previous` (compare-and-swap). Returns the claim, or null when another
   * run got there first.
   */
  async claim(key: string, previous: AlertIndexEntry | null): Promise<AlertIndexEntry | null> {
    return this.move(key, previous, 'claim');
  }

  /** Records the incident the claim declared; throws if the claim was taken over meanwhile. */
  async record(key: string, claim: AlertIndexEntry, incident: number): Promise<AlertIndexEntry> {
    const moved = await this.move(key, claim, `INC-${incident}`);
    if (!moved) throw apiError(`record INC-${incident} in the alert index`, new Error(`another run took over the claim on ${alertIndexBranch(key)}`));
    return moved;
  }

  private async move(key: string, previous: AlertIndexEntry | null, headline: string): Promise<AlertIndexEntry | null> {
    const branch = alertIndexBranch(key);
    if (this.repo.dryRun) {
      core.info(`[dry-run] would point ${branch} at "${headline}"`);
      return { sha: previous?.sha ?? '', incident: indexedIncident(headline), at: this.repo.now };
    }
    // The key itself goes in the body, for a person reading the branch; the first line is what sitrep reads.
    const message = `${headline}\n\nsitrep alert group: ${key.replace(/\s+/g, ' ').slice(0, 500)}\n`;
    let sha: string;
    let at: number;
    try {
      const { data } = await this.octokit.rest.git.createCommit({
        owner: this.repo.owner,
        repo: this.repo.repo,
        message,
        tree: EMPTY_TREE,
        parents: previous ? [previous.sha] : [],
      });
      sha = data.sha;
      at = Date.parse(data.committer.date ?? '') || this.repo.now;
    } catch (error) {
      throw apiError(`write the alert index commit for ${branch}`, error);
    }
    try {
      if (previous) {
        await this.octokit.rest.git.updateRef({ owner: this.repo.owner, repo: this.repo.repo, ref: `heads/${branch}`, sha, force: false });
      } else {
        await this.octokit.rest.git.createRef({ owner: this.repo.owner, repo: this.repo.repo, ref: `refs/heads/${branch}`, sha });
      }
    } catch (error) {
      // 422: the ref exists already (create) or moved since it was read (not a fast-forward).
      if (statusOf(error) === 422) return null;
      throw apiError(`move ${branch}`, error);
    }
    return { sha, incident: indexedIncident(headline), at };
  }
}

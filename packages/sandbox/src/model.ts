/**
 * The sandbox's data model: what GitHub stores for accounts, repositories, issues, pull requests,
 * comments, reactions, labels and timelines. Plain data; behaviour lives in state.ts.
 */
import type { GitStore } from './git.js';
import type { RepoSettings } from './rules.js';

/** Repository roles, weakest first. */
export const PERMISSIONS = ['none', 'read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** True when `held` is at least `needed`. */
export function atLeast(held: Permission, needed: Permission): boolean {
  return PERMISSIONS.indexOf(held) >= PERMISSIONS.indexOf(needed);
}

/** The users every sandbox has, and their roles on the repositories it seeds. */
export const STANDARD_USERS: ReadonlyArray<{ login: string; name: string; role: Permission }> = [
  { login: 'alice', name: 'Alice Admin', role: 'admin' },
  { login: 'bob', name: 'Bob Writer', role: 'write' },
  { login: 'carol', name: 'Carol Triager', role: 'triage' },
  { login: 'dave', name: 'Dave Reader', role: 'read' },
  { login: 'mallory', name: 'Mallory Outsider', role: 'none' },
];

/** Reaction contents GitHub accepts. */
export const REACTION_CONTENTS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const;
export type ReactionContent = (typeof REACTION_CONTENTS)[number];

/** The login of the Actions bot as REST shows it (GraphQL drops the `[bot]` suffix). */
export const BOT_LOGIN = 'github-actions[bot]';
/** The Actions bot's real account id on github.com. */
export const BOT_ID = 41898282;

/** A user, bot or organization. */
export interface Account {
  id: number;
  nodeId: string;
  login: string;
  type: 'User' | 'Bot' | 'Organization';
  name: string | null;
  email: string | null;
  createdAt: string;
  /** The token that authenticates as this account (users and bots only). */
  token: string | null;
  /**
   * For a GitHub App's bot (`<app>[bot]`): whether its token may read organization members, which
   * is what expands `@org/team` mentions into notifications. The Actions app cannot.
   */
  readsMembers?: boolean;
}

export interface Label {
  id: number;
  nodeId: string;
  name: string;
  /** Six hex digits, no `#`. */
  color: string;
  description: string | null;
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface Reaction {
  id: number;
  nodeId: string;
  user: string;
  content: ReactionContent;
  createdAt: string;
}

export interface Comment {
  id: number;
  nodeId: string;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
  updatedAt: string;
  /** Set once the body has been edited. */
  lastEditedAt: string | null;
  reactions: Reaction[];
}

/** Fields every timeline event has. */
interface TimelineBase {
  id: number;
  nodeId: string;
  actor: string;
  createdAt: string;
}

/** The issue or pull request another one was referenced from. */
export interface IssueRef {
  repo: string;
  number: number;
}

export type TimelineEvent = TimelineBase &
  (
    | { event: 'commented'; commentId: number }
    | { event: 'labeled' | 'unlabeled'; label: { name: string; color: string } }
    | { event: 'assigned' | 'unassigned'; assignee: string }
    | { event: 'closed'; stateReason: 'completed' | 'not_planned' | null; commitId: string | null; closer?: IssueRef }
    | { event: 'reopened' }
    | { event: 'renamed'; from: string; to: string }
    | { event: 'cross-referenced'; source: IssueRef }
    | { event: 'merged'; commitId: string }
    | { event: 'review_requested' | 'review_request_removed'; reviewer: string }
  );

export type TimelineEventKind = TimelineEvent['event'];

/** What a pull request adds to an issue. */
export interface PullData {
  headRef: string;
  /** Head commit when last updated (branch tip while open). */
  headSha: string;
  baseRef: string;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  requestedReviewers: string[];
  draft: boolean;
}

export type IssueState = 'open' | 'closed';
export type StateReason = 'completed' | 'not_planned' | 'reopened' | null;

/** An issue, or a pull request when `pull` is set (they share one number sequence). */
export interface Issue {
  id: number;
  nodeId: string;
  number: number;
  title: string;
  body: string | null;
  author: string;
  state: IssueState;
  stateReason: StateReason;
  /** Label names, in the order they were applied. */
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  locked: boolean;
  commentIds: number[];
  reactions: Reaction[];
  timeline: TimelineEvent[];
  pull: PullData | null;
  /** Id of the pull request object (distinct from the issue id on GitHub). */
  pullId: number | null;
  pullNodeId: string | null;
}

export interface Repo {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  fullName: string;
  private: boolean;
  description: string | null;
  defaultBranch: string;
  createdAt: string;
  updatedAt: string;
  pushedAt: string;
  git: GitStore;
  labels: Label[];
  issues: Map<number, Issue>;
  comments: Map<number, Comment>;
  nextNumber: number;
  /** Explicit grants: login → role. The owner (a user) is admin implicitly. */
  grants: Map<string, Permission>;
  /** `POST /repos/{owner}/{repo}/dispatches` received, oldest first. */
  dispatches: RepositoryDispatch[];
  /** The settings in which repositories differ on GitHub (rules.ts). */
  settings: RepoSettings;
}

/** One repository dispatch, from which a `repository_dispatch` event is built. */
export interface RepositoryDispatch {
  eventType: string;
  clientPayload: Record<string, unknown>;
  /** Login of the token's account. */
  sender: string;
  at: string;
}

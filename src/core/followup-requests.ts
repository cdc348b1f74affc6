/**
 * Which incidents an event asks follow-ups for (SPEC 4.5): a merged `sitrep/postmortem/INC-<n>`
 * pull request, a push to the default branch that adds or changes `<postmortems>/INC-<n>.md`, or
 * the `incident` input. Pure: the configuration is passed in, and only when a push needs it.
 */
import type { Config } from './config.js';
import { issueNumberOf } from './incident.js';

/** Who asked for follow-ups and where: the merged pull request, the push, the dispatch. */
export interface FollowupTrigger {
  actor: string;
  /** Linked from the Log entries the filing makes. */
  ref?: string;
}

/** A request to file one incident's follow-ups. */
export interface FollowupRequest extends FollowupTrigger {
  issue: number;
}

/** The parts of `pull_request` and `push` payloads the follow-ups read. */
export interface FollowupEventPayload {
  action?: string;
  pull_request?: {
    merged?: boolean | null;
    html_url?: string;
    head?: { ref?: string };
    base?: { ref?: string };
    merged_by?: { login?: string } | null;
  };
  ref?: string;
  compare?: string;
  commits?: { added?: string[]; modified?: string[] }[];
  head_commit?: { url?: string } | null;
  repository?: { default_branch?: string };
  sender?: { login?: string };
}

/** The event, as the follow-ups read it. */
export interface FollowupEvent {
  eventName: string;
  payload: FollowupEventPayload;
  /** The `incident` input, when given. */
  incidentInput: number | null;
  /** The actor when the payload names no sender. */
  fallbackActor: string;
}

export const POSTMORTEM_BRANCH = 'sitrep/postmortem/';

/** The paths a push to the default branch adds or changes, when at least one is Markdown; else undefined. */
function pushedMarkdown(event: FollowupEvent): Set<string> | undefined {
  const { eventName, payload, incidentInput } = event;
  if (incidentInput !== null || eventName !== 'push') return undefined;
  const defaultBranch = payload.repository?.default_branch;
  if (!defaultBranch || payload.ref !== `refs/heads/${defaultBranch}`) return undefined;
  const changed = new Set((payload.commits ?? []).flatMap((c) => [...(c.added ?? []), ...(c.modified ?? [])]));
  if (![...changed].some((path) => path.endsWith('.md'))) return undefined;
  return changed;
}

/** Whether deciding needs the configuration (the postmortems folder): a push that changes Markdown. */
export function followupRequestsNeedConfig(event: FollowupEvent): boolean {
  return pushedMarkdown(event) !== undefined;
}

/**
 * The incidents an event asks follow-ups for. Empty when the event asks for none. `config` is
 * required when `followupRequestsNeedConfig` says so, and not read otherwise.
 */
export function followupRequestsOf(event: FollowupEvent, config: Config | undefined): FollowupRequest[] {
  const { eventName, payload, incidentInput } = event;
  const actor = payload.sender?.login ?? event.fallbackActor;
  if (incidentInput !== null) return [{ issue: incidentInput, actor }];
  const defaultBranch = payload.repository?.default_branch;
  if (eventName === 'pull_request') {
    const pr = payload.pull_request;
    const branch = pr?.head?.ref ?? '';
    if (payload.action !== 'closed' || !pr?.merged || !branch.startsWith(POSTMORTEM_BRANCH)) return [];
    if (defaultBranch && pr.base?.ref !== defaultBranch) return [];
    const issue = issueNumberOf(branch.slice(POSTMORTEM_BRANCH.length));
    return issue === null ? [] : [{ issue, actor: pr.merged_by?.login ?? actor, ...(pr.html_url ? { ref: pr.html_url } : {}) }];
  }
  const changed = pushedMarkdown(event);
  if (!changed) return [];
  if (!config) throw new Error('the follow-ups of a push that changes Markdown need the configuration');
  const folder = `${config.paths.postmortems}/`;
  const issues = new Set<number>();
  for (const path of changed) {
    if (!path.startsWith(folder) || !path.endsWith('.md')) continue;
    const number = issueNumberOf(path.slice(folder.length, -'.md'.length));
    if (number !== null) issues.add(number);
  }
  const ref = payload.head_commit?.url ?? payload.compare;
  return [...issues].sort((a, b) => a - b).map((issue) => ({ issue, actor, ...(ref ? { ref } : {}) }));
}

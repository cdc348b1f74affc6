/** Issue timeline events, and the cross references GitHub records when one issue mentions another. */
import { nodeId } from '../ids.js';
import type { Account, Issue, IssueRef, Repo, TimelineEvent } from '../model.js';
import { findReferences } from '../references.js';
import type { SandboxState } from '../state.js';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export function addTimelineEvent(state: SandboxState, issue: Issue, actor: Account, event: DistributiveOmit<TimelineEvent, 'id' | 'nodeId' | 'actor' | 'createdAt'>): TimelineEvent {
  const id = state.ids.next();
  const full = { id, nodeId: nodeId('EV', id), actor: actor.login, createdAt: state.now(), ...event } as TimelineEvent;
  issue.timeline.push(full);
  return full;
}

/**
 * Records a cross-referenced event on every other issue or pull request `text` mentions
 * (`#12`, `owner/repo#12`, or its URL), once per source, as GitHub's timeline shows.
 */
export function recordReferences(state: SandboxState, repo: Repo, source: Issue, actor: Account, text: string): void {
  for (const ref of findReferences(text, repo.fullName, [state.urls.web, 'https://github.com'])) {
    const targetRepo = state.findRepo(ref.repo);
    const target = targetRepo?.issues.get(ref.number);
    if (!targetRepo || !target) continue;
    if (targetRepo === repo && target === source) continue;
    // A reference from a private repository is not shown on a repository that cannot see it.
    if (repo.private && repo !== targetRepo) continue;
    const already = target.timeline.some(
      (e) => e.event === 'cross-referenced' && e.source.repo === repo.fullName && e.source.number === source.number,
    );
    if (already) continue;
    const sourceRef: IssueRef = { repo: repo.fullName, number: source.number };
    addTimelineEvent(state, target, actor, { event: 'cross-referenced', source: sourceRef });
  }
}

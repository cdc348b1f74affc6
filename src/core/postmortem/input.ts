/** What a postmortem is rendered from, and where it lives (SPEC 4.4). */
import type { Config } from '../config.js';
import type { IncidentDocument } from '../incident-file.js';
import type { RepoChanges } from '../suspect-changes.js';
import type { TimelineEvent } from '../timeline.js';

/** What a postmortem is rendered from. Pure: the clock is injected, nothing is read. */
export interface PostmortemInput {
  incident: IncidentDocument;
  /** The issue timeline; empty when rendering offline from the file alone. */
  timeline: readonly TimelineEvent[];
  /** The template's Markdown (the repository's `.github/sitrep/postmortem.md`, else the bundled one). */
  template: string;
  config: Config;
  now: number;
  /** The postmortem as it stands (on its branch or on disk): only its generated regions are rewritten. */
  existing?: string;
  pullRequestUrl?: string;
  /**
   * The pull requests merged in the impact window, per repository, as GitHub answered (SPEC 4.10).
   * Absent offline: the section then says the list needs GitHub, and a rebuild keeps the list it has.
   */
  changes?: readonly RepoChanges[];
}

/** The Log text of `/inc postmortem` (kind `postmortem`); the timeline and responders leave the kind out. */
export const POSTMORTEM_REQUESTED = 'requested';

/** Path of an incident's postmortem under the configured folder. */
export function postmortemPath(config: Config, id: string): string {
  return `${config.paths.postmortems}/${id}.md`;
}

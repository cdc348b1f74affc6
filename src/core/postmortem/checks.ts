/**
 * The checks of a postmortem file's content, beyond its schema: its incident is its own id, a
 * final postmortem says what caused the incident, and its action items read as the follow-ups step
 * reads them. `core/validate.ts` runs them on each postmortem it reads.
 */
import type { Root } from 'mdast';
import { ACTION_ITEM_EXAMPLE, actionItemsOf, isMalformed } from '../action-items.js';
import type { Diagnostic } from '../diagnostics.js';
import { isIncidentId } from '../incident.js';
import { findSection, plainText } from '../markdown.js';
import type { Position, YamlSource } from '../yaml-source.js';

/** A postmortem file as read precisely: its front matter (with positions) and its Markdown tree. */
export interface PostmortemToCheck {
  path: string;
  frontMatter: Record<string, unknown>;
  yaml?: YamlSource;
  tree?: Root;
}

/** The problems of a postmortem's content, each located at its key, heading or line. */
export function checkPostmortemContent(postmortem: PostmortemToCheck): Diagnostic[] {
  const problems: Diagnostic[] = [];
  const { incident, id, status } = postmortem.frontMatter;
  if (typeof incident === 'string' && typeof id === 'string' && isIncidentId(incident) && isIncidentId(id) && incident !== id) {
    problems.push(atKey(postmortem, 'incident', `incident ${incident} does not match the id ${id}; a postmortem has the id of its incident`));
  }
  const final = status === 'final';
  if (final) problems.push(...rootCauseProblems(postmortem));
  problems.push(...actionItemProblems(postmortem, final));
  return problems;
}

/** A problem located at a front matter key (or at the top of the front matter). */
function atKey(postmortem: PostmortemToCheck, key: string, message: string): Diagnostic {
  const at: Position = postmortem.yaml?.locate('', key) ?? { line: 2, column: 1 };
  return { path: postmortem.path, ...at, message };
}

/** A final postmortem says what caused the incident. */
function rootCauseProblems(postmortem: PostmortemToCheck): Diagnostic[] {
  if (!postmortem.tree) return [];
  const rootCause = findSection(postmortem.tree, 'Root cause');
  if (!rootCause) {
    return [atKey(postmortem, 'status', 'status is final but there is no "## Root cause" section; a final postmortem says what caused the incident')];
  }
  // HTML comments are the template's prompts, not an answer.
  const written = rootCause.nodes.filter((n) => n.type !== 'html').map((n) => plainText(n)).join('').trim();
  if (written) return [];
  const at = rootCause.heading.position?.start ?? { line: 1, column: 1 };
  return [{
    path: postmortem.path,
    line: at.line,
    column: at.column,
    message: '"## Root cause" is empty but status is final; say what caused the incident, or set status: draft',
  }];
}

/**
 * Action items read as the follow-ups step reads them: an open item it could not file is
 * reported whatever the status; in a final postmortem every item also needs an owner.
 */
function actionItemProblems(postmortem: PostmortemToCheck, final: boolean): Diagnostic[] {
  if (!postmortem.tree) return [];
  const found: Diagnostic[] = [];
  for (const item of actionItemsOf(postmortem.tree)) {
    const problems = isMalformed(item) ? [...item.problems] : [];
    const ownerProblem = item.problems.some((p) => p.startsWith('owner'));
    if (final && !item.owner && !ownerProblem) {
      problems.push(`it has no owner; a final postmortem names one for every item, e.g. ${ACTION_ITEM_EXAMPLE}`);
    }
    const title = item.title.length > 50 ? `${item.title.slice(0, 49)}…` : item.title || '(no title)';
    for (const problem of problems) {
      found.push({ path: postmortem.path, line: item.line, column: 1, message: `action item "${title}": ${problem}` });
    }
  }
  return found;
}

import type { RootContent } from 'mdast';
import { parseMarkdown, plainText } from './markdown.js';

/** The form's fields as GitHub renders them: `### <label>` then the answer; `_No response_` means empty. */
export type FormAnswers = Map<string, string>;

const NO_RESPONSE = '_No response_';

/**
 * Reads an issue-form body into label → answer (raw Markdown of the answer, trimmed).
 * Labels are matched case-insensitively later, so the form's wording may vary a little.
 */
export function parseIssueForm(body: string): FormAnswers {
  const answers: FormAnswers = new Map();
  const tree = parseMarkdown(body);
  let label: string | undefined;
  let nodes: RootContent[] = [];
  const flush = () => {
    if (label === undefined) return;
    const first = nodes[0]?.position?.start.offset;
    const last = nodes.at(-1)?.position?.end.offset;
    const raw = first === undefined || last === undefined ? '' : body.slice(first, last).trim();
    answers.set(label.toLowerCase(), raw === NO_RESPONSE ? '' : raw);
  };
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth === 3) {
      flush();
      label = plainText(node).trim();
      nodes = [];
    } else if (label !== undefined) {
      nodes.push(node);
    }
  }
  flush();
  return answers;
}

/** The first answer whose label is one of `labels` (case-insensitive) or starts with one. */
export function answer(form: FormAnswers, ...labels: string[]): string | undefined {
  for (const wanted of labels) {
    const exact = form.get(wanted.toLowerCase());
    if (exact !== undefined) return exact;
  }
  for (const [label, value] of form) {
    if (labels.some((wanted) => label.startsWith(wanted.toLowerCase()))) return value;
  }
  return undefined;
}

/** A sandbox repository's labels: finding, creating, updating and deleting them. */
import { forbidden, notFound, validationFailed } from '../errors.js';
import { nodeId } from '../ids.js';
import { atLeast, type Account, type Label, type Repo } from '../model.js';
import { requireLabelNameLength } from '../rules.js';
import type { SandboxState } from '../state.js';

/** A repository label by name, case-insensitively as GitHub matches them. */
export function findLabel(state: SandboxState, repo: Repo, name: string): Label | undefined {
  const key = name.toLowerCase();
  return repo.labels.find((l) => l.name.toLowerCase() === key);
}

/** Creates a label (write access); 422 `already_exists` for a duplicate name in any case. */
export function createLabel(state: SandboxState, repo: Repo, actor: Account, input: { name: string; color?: string | undefined; description?: string | null | undefined }): Label {
  state.requireAccess(repo, actor, 'write');
  if (input.name.trim() === '') throw validationFailed([{ resource: 'Label', code: 'missing_field', field: 'name' }]);
  requireLabelNameLength(input.name);
  if (state.findLabel(repo, input.name)) throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
  const color = normalizeColor(input.color ?? DEFAULT_LABEL_COLOR);
  const id = state.ids.next();
  const now = state.now();
  const label: Label = {
    id,
    nodeId: nodeId('LA', id),
    name: input.name,
    color,
    description: input.description ?? null,
    isDefault: false,
    createdAt: now,
    updatedAt: now,
  };
  repo.labels.push(label);
  return label;
}

/** Updates a label (write access); renaming it renames it on every issue. */
export function updateLabel(
  state: SandboxState,
  repo: Repo,
  actor: Account,
  name: string,
  input: { new_name?: string | undefined; color?: string | undefined; description?: string | null | undefined },
): Label {
  state.requireAccess(repo, actor, 'write');
  const label = state.findLabel(repo, name);
  if (!label) throw notFound();
  if (input.new_name !== undefined && input.new_name !== label.name) {
    requireLabelNameLength(input.new_name);
    const clash = state.findLabel(repo, input.new_name);
    if (clash && clash !== label) throw validationFailed([{ resource: 'Label', code: 'already_exists', field: 'name' }]);
    for (const issue of repo.issues.values()) {
      issue.labels = issue.labels.map((l) => (l === label.name ? input.new_name! : l));
    }
    label.name = input.new_name;
  }
  if (input.color !== undefined) label.color = normalizeColor(input.color);
  if (input.description !== undefined) label.description = input.description;
  label.updatedAt = state.now();
  return label;
}

/** Deletes a label from the repository and every issue (write access). */
export function deleteLabel(state: SandboxState, repo: Repo, actor: Account, name: string): void {
  state.requireAccess(repo, actor, 'write');
  const label = state.findLabel(repo, name);
  if (!label) throw notFound();
  repo.labels = repo.labels.filter((l) => l !== label);
  for (const issue of repo.issues.values()) issue.labels = issue.labels.filter((l) => l !== label.name);
}

/**
 * Returns the labels for these names, creating missing ones grey (`ededed`) as GitHub does when
 * an issue is labelled with a new name. Creating needs write access.
 */
export function labelsFor(state: SandboxState, repo: Repo, actor: Account, names: string[]): Label[] {
  const labels: Label[] = [];
  for (const raw of names) {
    const name = raw.trim();
    if (name === '') continue;
    let label = state.findLabel(repo, name);
    if (!label) {
      if (!atLeast(state.permission(repo, actor.login), 'write')) {
        throw forbidden('You do not have permission to create labels on this repository.', [
          { resource: 'Repository', field: 'label', code: 'unauthorized' },
        ]);
      }
      label = state.createLabel(repo, actor, { name });
    }
    if (!labels.includes(label)) labels.push(label);
  }
  return labels;
}

export const DEFAULT_LABEL_COLOR = 'ededed';

const LABEL_COLOR = /^[0-9a-fA-F]{6}$/;

/** Lower-cases and validates a label colour (six hex digits, an optional leading `#`). */
function normalizeColor(color: string): string {
  const bare = color.startsWith('#') ? color.slice(1) : color;
  if (!LABEL_COLOR.test(bare)) throw validationFailed([{ resource: 'Label', code: 'invalid', field: 'color' }]);
  return bare.toLowerCase();
}

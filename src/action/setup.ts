/**
 * `setup`: what a repository needs before anyone can declare. GitHub applies an issue form's
 * `labels:` only when the label exists, so the labels sitrep uses are created here (on the push
 * that adopts or changes the configuration or the workflow), after the configuration is checked.
 * Idempotent: one label listing when nothing is missing.
 */
import { checkConfig } from '../core/config.js';
import { STATUSES } from '../core/lifecycle.js';
import { setupLabels } from '../core/projection.js';
import type { EventRun } from './run.js';

/** GitHub's limit on a label's name. */
const MAX_LABEL_LENGTH = 50;

export async function setupRepository(run: EventRun): Promise<void> {
  const { result } = run;
  const { config, problems } = checkConfig((await run.repo.readFile(run.configPath))?.text ?? null, run.configPath);
  for (const problem of problems) result.fileError(problem);
  if (!config) return;
  const wanted = setupLabels(config, STATUSES);
  const fit = wanted.filter((label) => {
    if (label.name.length <= MAX_LABEL_LENGTH) return true;
    result.error(`\`${run.configPath}\`: the label "${label.name}" (from ${label.field}) is ${label.name.length} characters; GitHub accepts at most ${MAX_LABEL_LENGTH}`);
    return false;
  });
  const present = await run.repo.labelNames();
  const have = new Set(present.map((l) => l.toLowerCase()));
  const missing = fit.filter((l) => !have.has(l.name.toLowerCase()));
  try {
    await run.repo.ensureLabels(missing, present);
  } catch (error) {
    result.failed('creating the labels', error);
    return;
  }
  result.note(missing.length ? `labels created: ${missing.map((l) => `\`${l.name}\``).join(', ')}` : 'labels created: none');
  const kept = fit.filter((l) => have.has(l.name.toLowerCase()));
  result.note(`labels present: ${kept.length ? kept.map((l) => `\`${l.name}\``).join(', ') : 'none'}`);
}

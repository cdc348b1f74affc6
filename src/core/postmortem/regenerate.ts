/**
 * Rebuilding a postmortem: the generated regions and front matter fields are rewritten, and every
 * human edit elsewhere is kept byte for byte.
 */
import { mergeFrontMatter } from './front-matter.js';
import { scanPostmortem, type RegionName } from './regions.js';

/** Regions a rebuild leaves alone: the follow-ups step and the reviewers own them once written. */
const WRITTEN_ONCE: ReadonlySet<RegionName> = new Set(['action-items']);

/**
 * Rebuilds a postmortem: the generated regions of `existing` (except Action items, written once)
 * take the content of the same regions in `fresh`, and the generated front matter fields take
 * fresh values, except the regions named in `keep`. Every other byte of `existing` is kept, so
 * human edits survive; a region a human removed stays removed.
 */
export function regenerate(existing: string, fresh: string, options: { keep?: readonly RegionName[] } = {}): string {
  const before = scanPostmortem(existing);
  const after = scanPostmortem(fresh);
  const replacements: { start: number; end: number; text: string }[] = [];
  for (const region of before.regions) {
    if (WRITTEN_ONCE.has(region.name) || options.keep?.includes(region.name)) continue;
    const source = after.regions.find((r) => r.name === region.name);
    if (!source) continue;
    replacements.push({ start: region.bodyStart, end: region.bodyEnd, text: fresh.slice(source.bodyStart, source.bodyEnd) });
  }
  const frontMatter = before.frontMatter && after.frontMatter ? mergeFrontMatter(before.frontMatter.yaml, after.frontMatter.yaml) : undefined;
  if (frontMatter !== undefined && before.frontMatter) {
    replacements.push({ start: before.frontMatter.start, end: before.frontMatter.end, text: `---\n${frontMatter}\n---` });
  }
  let text = existing;
  for (const r of replacements.sort((a, b) => b.start - a.start)) text = `${text.slice(0, r.start)}${r.text}${text.slice(r.end)}`;
  return text;
}

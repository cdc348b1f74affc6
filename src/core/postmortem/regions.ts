/**
 * The generated regions of a postmortem: the `<!-- sitrep:generated:<name> -->` marker lines, and
 * finding the regions (and the front matter block) in a postmortem's text.
 */
import { parseMarkdown } from '../markdown.js';

/** The regions sitrep writes. Action items are written once, when the postmortem is created. */
export const GENERATED_REGIONS = ['metrics', 'timeline', 'changes', 'action-items', 'responders'] as const;

export type RegionName = (typeof GENERATED_REGIONS)[number];

/** The line that opens a generated region. */
export function startMarker(name: string): string {
  return `<!-- sitrep:generated:${name} -->`;
}

/** The line that closes a generated region. */
export function endMarker(name: string): string {
  return `<!-- /sitrep:generated:${name} -->`;
}

/** A generated region found in a postmortem: offsets of its body (between the marker lines). */
export interface FoundRegion {
  name: RegionName;
  /** Offset just after the start marker's line break. */
  bodyStart: number;
  /** Offset of the end marker's line. */
  bodyEnd: number;
}

/** A postmortem's structure as far as a rebuild needs it. */
export interface PostmortemScan {
  regions: FoundRegion[];
  /** The front matter block (`---` to `---`) and its YAML, when the file has one. */
  frontMatter?: { start: number; end: number; yaml: string };
}

interface MarkerLine {
  name: RegionName;
  start: boolean;
  lineStart: number;
  /** Offset after the line break. */
  lineEnd: number;
}

function markerLines(text: string): MarkerLine[] {
  const found: MarkerLine[] = [];
  const markers = new Map<string, { name: RegionName; start: boolean }>();
  for (const name of GENERATED_REGIONS) {
    markers.set(startMarker(name), { name, start: true });
    markers.set(endMarker(name), { name, start: false });
  }
  let offset = 0;
  while (offset <= text.length) {
    const newline = text.indexOf('\n', offset);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    // Cheap prefilter: only lines that start with the marker's opening are compared.
    if (text.startsWith('<!-- ', offset)) {
      const marker = markers.get(text.slice(offset, newline < 0 ? text.length : newline).trimEnd());
      if (marker) found.push({ ...marker, lineStart: offset, lineEnd });
    }
    if (newline < 0) break;
    offset = lineEnd;
  }
  return found;
}

function pair(lines: readonly MarkerLine[]): [MarkerLine, MarkerLine][] {
  const pairs: [MarkerLine, MarkerLine][] = [];
  const seen = new Set<RegionName>();
  for (let i = 0; i < lines.length; i++) {
    const open = lines[i] as MarkerLine;
    if (!open.start || seen.has(open.name)) continue;
    const close = lines.find((l, j) => j > i && !l.start && l.name === open.name);
    if (!close) continue;
    // Regions do not nest or overlap: the next region starts after this one ends.
    if (pairs.some(([a, b]) => open.lineStart < b.lineEnd && close.lineEnd > a.lineStart)) continue;
    seen.add(open.name);
    pairs.push([open, close]);
  }
  return pairs;
}

/**
 * Finds the generated regions and the front matter of a postmortem. Marker lines are proposed by
 * a line scan and confirmed by the Markdown parser as top-level HTML nodes (so a marker quoted in
 * a code block, or escaped text that reads like one, is not a marker). The parser reads the file
 * with the regions' bodies left out: those are sitrep's own tables, and can be thousands of rows.
 */
export function scanPostmortem(text: string): PostmortemScan {
  let candidates = markerLines(text);
  for (;;) {
    const pairs = pair(candidates).sort((a, b) => a[0].lineStart - b[0].lineStart);
    // The skeleton: the file with each region's body removed, and a map back to file offsets.
    const cuts = pairs.map(([open, close]) => ({ from: open.lineEnd, to: close.lineStart }));
    let skeleton = '';
    const shifts: { at: number; shift: number }[] = [];
    let last = 0;
    let removed = 0;
    for (const cut of cuts) {
      skeleton += text.slice(last, cut.from);
      removed += cut.to - cut.from;
      shifts.push({ at: cut.from - (removed - (cut.to - cut.from)), shift: removed });
      last = cut.to;
    }
    skeleton += text.slice(last);
    const toFile = (offset: number) => {
      let shift = 0;
      for (const s of shifts) if (offset >= s.at) shift = s.shift;
      return offset + shift;
    };
    const tree = parseMarkdown(skeleton);
    const htmlAt = new Set<number>();
    for (const node of tree.children) {
      if (node.type === 'html' && node.position?.start.offset !== undefined) htmlAt.add(toFile(node.position.start.offset));
    }
    // A marker the parser does not see as a top-level HTML node (say, inside a fenced code block) is text.
    const rejected = pairs.flat().filter((line) => !htmlAt.has(line.lineStart));
    if (rejected.length) {
      candidates = candidates.filter((c) => !rejected.includes(c));
      continue;
    }
    const yaml = tree.children[0];
    const scan: PostmortemScan = {
      regions: pairs.map(([open, close]) => ({ name: open.name, bodyStart: open.lineEnd, bodyEnd: close.lineStart })),
    };
    if (yaml?.type === 'yaml' && yaml.position?.start.offset !== undefined && yaml.position.end.offset !== undefined) {
      scan.frontMatter = { start: toFile(yaml.position.start.offset), end: toFile(yaml.position.end.offset), yaml: yaml.value };
    }
    return scan;
  }
}

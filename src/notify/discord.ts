import { defuseMentions } from '../core/sanitize.js';
import { firstLine, lineText, noticeFacts, truncate } from './notice.js';
import type { Notice } from './types.js';

/** Discord Markdown's active characters; a backslash before any of them shows it as typed. */
const MARKDOWN = /[\\*_~`|[\]()<>#\-.:]/g;

/**
 * User text for Discord Markdown: every active character backslash-escaped (so no `**bold**`,
 * `[masked](links)`, `<@id>`, `<@&role>`, `<#channel>`, `<t:…>`, `||spoilers||`, headings,
 * lists or quotes), and `@everyone`/`@here`/`@name` broken with a zero-width space. The payload
 * also sets `allowed_mentions: { parse: [] }`, so even a mention that got through pings nobody.
 */
export function escapeDiscord(text: string): string {
  return defuseMentions(text).replace(MARKDOWN, (c) => `\\${c}`);
}

/** Escaped text within a length limit (escaping makes text longer). */
function fit(text: string, max: number): string {
  let keep = max;
  let out = escapeDiscord(truncate(text, keep));
  while (out.length > max && keep > 1) {
    keep = Math.max(1, keep - (out.length - max));
    out = escapeDiscord(truncate(text, keep));
  }
  return out;
}

/** `#d1242f` → 0xd1242f, the integer Discord wants. */
function colorInt(hex: string): number {
  return Number.parseInt(hex.slice(1), 16);
}

/**
 * A Discord webhook message: the first line as `content` (what a push notification shows), and
 * one embed coloured by severity with the changes, the facts and a link to the issue. No field
 * that Discord does not render as Markdown (footer, field names) carries user text.
 */
export function formatDiscord(notice: Notice): Record<string, unknown> {
  const r = notice.record;
  const last = notice.lines[notice.lines.length - 1];
  const embed: Record<string, unknown> = {
    title: fit(`${r.id}: ${r.title}`.replace(/\s+/g, ' '), 256),
    // An embed's texts together may hold 6000 characters.
    description: fit(notice.lines.map(lineText).join('\n'), 3000),
    color: colorInt(notice.color),
    fields: noticeFacts(notice).slice(0, 25).map((f) => ({
      name: f.label,
      value: fit(f.value, 300),
      inline: f.label === 'Severity' || f.label === 'Status' || f.label === 'Next update due',
    })),
    footer: { text: truncate(`sitrep · ${notice.repository}`, 2048) },
  };
  if (/^https?:\/\/\S+$/.test(notice.issueUrl)) embed.url = notice.issueUrl;
  if (last) embed.timestamp = last.at;
  return {
    content: fit(firstLine(notice).replace(/\s+/g, ' '), 2000),
    embeds: [embed],
    allowed_mentions: { parse: [] },
  };
}

import { defuseMentions } from '../core/sanitize.js';
import { firstLine, lineText, noticeFacts, truncate } from './notice.js';
import type { Notice } from './types.js';

const ZWSP = '\u200b';

/**
 * Slack's three control characters as entities (Slack's own escaping rule): with `<` gone, no
 * `<!channel>`, `<!here>`, `<@U…>`, `<#C…>` or `<url|text>` can be written; `@` before a word gets
 * a zero-width space so no client or `link_names` setting turns `@here` into a ping.
 */
export function escapeSlack(text: string): string {
  return defuseMentions(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * For the mrkdwn `text` fallback (what a push notification shows): also keeps `*bold*`,
 * `_italic_`, `~strike~` and `` `code` `` from forming by fencing each marker with zero-width
 * spaces; mrkdwn has no backslash escape. Blocks carry user text as `plain_text` instead, which
 * Slack never formats.
 */
export function escapeSlackMrkdwn(text: string): string {
  return escapeSlack(text).replace(/[*_~`]/g, (marker) => `${ZWSP}${marker}${ZWSP}`);
}

/** Escaped text within Slack's length limit (entities make escaped text longer than the original). */
function fit(text: string, max: number, escape: (t: string) => string): string {
  let keep = max;
  let out = escape(truncate(text, keep));
  while (out.length > max && keep > 1) {
    keep = Math.max(1, keep - (out.length - max));
    out = escape(truncate(text, keep));
  }
  return out;
}

/** User text as `plain_text`: never formatted, no emoji shortcodes turned into pictures. */
function plain(text: string, max: number): { type: 'plain_text'; text: string; emoji: false } {
  return { type: 'plain_text', text: fit(text || '—', max, escapeSlack), emoji: false };
}

/** A link Slack cannot misread: only http(s), with the characters that end a link encoded. */
function slackLink(url: string, label: string): string | null {
  if (!/^https?:\/\/[^\s]+$/.test(url)) return null;
  const safe = url.replace(/[|<>]/g, (c) => encodeURIComponent(c)).replace(/&/g, '&amp;');
  return `<${safe}|${label}>`;
}

/**
 * A Block Kit message for an incoming webhook: a header with the first line, the changes and
 * their authors, then a coloured attachment with severity, status, next update due (and on a
 * declaration roles, customers and who was paged). `text` is the notification fallback.
 */
export function formatSlack(notice: Notice): Record<string, unknown> {
  const r = notice.record;
  const link = slackLink(notice.issueUrl, `Open ${r.id}`);
  const facts = noticeFacts(notice).slice(0, 10).map((f) => plain(`${f.label}: ${f.value}`, 1900));
  const context: Record<string, unknown>[] = [];
  if (link) context.push({ type: 'mrkdwn', text: link, verbatim: true });
  context.push(plain(notice.repository, 300));
  return {
    text: fit(firstLine(notice), 3000, escapeSlackMrkdwn),
    mrkdwn: false,
    unfurl_links: false,
    unfurl_media: false,
    blocks: [
      { type: 'header', text: plain(firstLine(notice), 150) },
      { type: 'section', text: plain(notice.lines.map(lineText).join('\n'), 3000) },
    ],
    attachments: [
      {
        color: notice.color,
        blocks: [
          { type: 'section', fields: facts },
          { type: 'context', elements: context },
        ],
      },
    ],
  };
}

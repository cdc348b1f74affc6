import { defuseMentions } from '../core/sanitize.js';
import { firstLine, lineText, noticeFacts, COLORS, truncate } from './notice.js';
import type { Notice } from './types.js';

const ZWSP = '\u200b';
const MAX_LINES = 10;

/**
 * User text for a `TextRun`. RichTextBlock/TextRun never renders Markdown (unlike TextBlock and
 * FactSet), so every user string goes only into TextRuns. What is left to defuse: `@name`, an
 * `<at>` mention tag (live only with `msteams.entities`, which sitrep never sends) and the
 * `{{DATE(…)}}`/`{{TIME(…)}}` functions, each broken with a zero-width space.
 */
export function escapeTeams(text: string): string {
  return defuseMentions(text)
    .replace(/<(\/?at)/gi, `<${ZWSP}$1`)
    .replace(/\{(?=\{)/g, `{${ZWSP}`);
}

/** Adaptive Card container styles (1.2+) by the notice's colour. */
function styleOf(color: string): 'attention' | 'warning' | 'good' | 'emphasis' {
  if (color === COLORS.critical) return 'attention';
  if (color === COLORS.major || color === COLORS.minor) return 'warning';
  if (color === COLORS.resolved) return 'good';
  return 'emphasis';
}

interface TextRun {
  type: 'TextRun';
  text: string;
  weight?: 'Bolder';
  size?: 'Medium';
  isSubtle?: boolean;
}

function run(text: string, extra: Partial<TextRun> = {}): TextRun {
  return { type: 'TextRun', text: escapeTeams(text), ...extra };
}

function rich(inlines: TextRun[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'RichTextBlock', inlines, ...extra };
}

/**
 * A Teams message for a Workflows webhook ("Send webhook alerts to a channel"): one Adaptive
 * Card 1.5 attachment, a coloured header container with the first line, one line per change,
 * the facts, and a button to the issue. Not the retired Office 365 connector MessageCard.
 */
export function formatTeams(notice: Notice): Record<string, unknown> {
  const r = notice.record;
  const body: Record<string, unknown>[] = [
    {
      type: 'Container',
      style: styleOf(notice.color),
      bleed: true,
      items: [rich([run(truncate(firstLine(notice), 400), { weight: 'Bolder', size: 'Medium' })])],
    },
    // Workflows webhooks take about 28 KB: at most 10 lines of 1000 characters.
    ...notice.lines.slice(0, MAX_LINES).map((line) => rich([run(truncate(lineText(line), 1000))], { spacing: 'Small' })),
    ...(notice.lines.length > MAX_LINES ? [rich([run(`… ${notice.lines.length - MAX_LINES} more on the issue`, { isSubtle: true })])] : []),
    ...noticeFacts(notice).map((f) =>
      rich([run(`${f.label}: `, { weight: 'Bolder' }), run(truncate(f.value, 1000))], { spacing: 'None' }),
    ),
    rich([run(notice.repository, { isSubtle: true })], { spacing: 'Small' }),
  ];
  const card: Record<string, unknown> = {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    msteams: { width: 'Full' },
    fallbackText: escapeTeams(truncate(firstLine(notice), 400)),
    body,
  };
  if (/^https?:\/\/\S+$/.test(notice.issueUrl)) {
    card.actions = [{ type: 'Action.OpenUrl', title: `Open ${r.id}`, url: notice.issueUrl }];
  }
  return {
    type: 'message',
    attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: card }],
  };
}

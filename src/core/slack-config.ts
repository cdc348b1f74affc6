/**
 * The `slack` configuration key (SPEC 4.12), resolved with its defaults. The schema
 * (`schemas/config.schema.json`, `slack`) has already checked the shapes, naming the key.
 */
import type { IncidentType } from './incident.js';

/** The two-way Slack app's settings; `null` in Config when `slack` is absent or null. */
export interface SlackConfig {
  /** Environment variable holding the bot token. */
  tokenEnv: string;
  channelPrefix: string;
  /** Channel id where every declaration is announced. */
  announce: string | null;
  privateTypes: readonly IncidentType[];
  archive: 'closed' | 'never';
  /** Pinned messages join the Log. */
  pins: boolean;
  /** Reactions (emoji names without colons, e.g. `pushpin`) that make a message join the Log. */
  reactions: readonly string[];
}

/** `slack` as written in `.github/sitrep.yml`. */
export interface RawSlackConfig {
  token_env?: string;
  channel_prefix?: string;
  announce?: string | null;
  private_types?: IncidentType[];
  archive?: 'closed' | 'never';
  timeline?: string[];
}

// Slack names reactions; people write the emoji. The few that mark a finding are known by both.
const EMOJI_NAMES: Readonly<Record<string, string>> = {
  '📌': 'pushpin',
  '📍': 'round_pushpin',
  '🔖': 'bookmark',
  '⭐': 'star',
  '👀': 'eyes',
  '✅': 'white_check_mark',
  '❗': 'exclamation',
  '🔥': 'fire',
  '🧵': 'thread',
  '📝': 'memo',
};

/** A reaction as Slack's events name it: `:pushpin:` and `📌` both read `pushpin`. */
export function reactionName(written: string): string {
  const trimmed = written.trim();
  return EMOJI_NAMES[trimmed] ?? trimmed.replace(/^:|:$/g, '');
}

/** The `slack` key with its defaults, or null when Slack is not configured. */
export function resolveSlackConfig(raw: RawSlackConfig | null | undefined): SlackConfig | null {
  if (!raw) return null;
  const timeline = raw.timeline ?? ['pins', '📌'];
  return {
    tokenEnv: raw.token_env ?? 'SITREP_SLACK_TOKEN',
    channelPrefix: raw.channel_prefix ?? 'inc',
    announce: raw.announce ?? null,
    privateTypes: raw.private_types ?? ['security'],
    archive: raw.archive ?? 'closed',
    pins: timeline.includes('pins'),
    reactions: timeline.filter((t) => t !== 'pins').map(reactionName),
  };
}

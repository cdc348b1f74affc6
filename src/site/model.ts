import type { StatusPageConfig } from '../core/config.js';
import { formatTimestamp, toMillis, type Timestamp } from '../core/time.js';
import { availability, impactWindows, type Availability } from './availability.js';
import {
  componentStatusOf, worstImpact, type ComponentStatus, type Impact, type PublicIncident, type PublicState,
} from './public.js';

/** A component as the page shows it. */
export interface ComponentView {
  /** Stable identifier (a slug of the name), for the JSON API. */
  id: string;
  name: string;
  status: ComponentStatus;
  availability: Availability;
}

/** Everything the templates may use: public incidents and the page's own configuration. */
export interface SiteModel {
  title: string;
  /** Public base URL, or null: links stay relative either way. */
  url: string | null;
  history: number;
  generatedAt: Timestamp;
  /** The worst impact among active published incidents; null = all operational. */
  impact: Impact | null;
  components: ComponentView[];
  /** Newest first. */
  active: PublicIncident[];
  /** Resolved incidents, newest first. */
  past: PublicIncident[];
  /** The newest public change, or the build time when nothing was ever published. */
  updatedAt: Timestamp;
}

/**
 * The page's model from the public view: the banner is the worst impact among active published
 * incidents; a component's state is the worst impact among the active incidents touching it; its
 * bar comes from their impact windows.
 */
export function siteModel(incidents: readonly PublicIncident[], page: StatusPageConfig, now: number): SiteModel {
  const active = incidents.filter((i) => i.active);
  const names = page.components.length ? [...page.components] : [...new Set(incidents.flatMap((i) => i.components))].sort();
  const components = names.map((name): ComponentView => ({
    id: slug(name),
    name,
    status: componentStatusOf(worstImpact(active.filter((i) => i.components.includes(name)).map((i) => i.impact))),
    availability: availability(impactWindows(incidents, name, now), page.history, now),
  }));
  const newest = incidents.reduce<Timestamp | null>((acc, i) => (acc === null || toMillis(i.updatedAt) > toMillis(acc) ? i.updatedAt : acc), null);
  return {
    title: page.title,
    url: page.url,
    history: page.history,
    generatedAt: formatTimestamp(now),
    impact: worstImpact(active.map((i) => i.impact)),
    components,
    active,
    past: incidents.filter((i) => !i.active),
    updatedAt: newest ?? formatTimestamp(now),
  };
}

/** `Checkout API` → `checkout-api`. */
export function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'component';
}

export const BANNER: Readonly<Record<Impact | 'none', string>> = {
  none: 'All systems operational',
  minor: 'Degraded performance',
  major: 'Partial outage',
  critical: 'Major outage',
};

export const COMPONENT_LABEL: Readonly<Record<ComponentStatus, string>> = {
  operational: 'Operational',
  degraded_performance: 'Degraded performance',
  partial_outage: 'Partial outage',
  major_outage: 'Major outage',
};

export const STATE_LABEL: Readonly<Record<PublicState, string>> = {
  investigating: 'Investigating',
  identified: 'Identified',
  monitoring: 'Monitoring',
  resolved: 'Resolved',
};

export const IMPACT_LABEL: Readonly<Record<Impact, string>> = {
  minor: 'Minor impact',
  major: 'Major impact',
  critical: 'Critical impact',
};

/** What the page says for a status change, whose internal message is never shown. */
export const STATE_CHANGE_TEXT: Readonly<Record<PublicState, string>> = {
  investigating: 'We are investigating this issue.',
  identified: 'The cause has been identified and a fix is in progress.',
  monitoring: 'A fix has been applied and we are monitoring the results.',
  resolved: 'This incident has been resolved.',
};

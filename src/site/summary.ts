import { toMillis, type Timestamp } from '../core/time.js';
import { PATHS } from './html.js';
import { BANNER, STATE_CHANGE_TEXT, slug, type ComponentView, type SiteModel } from './model.js';
import type { ComponentStatus, Impact, PublicIncident, PublicState } from './public.js';

/** A component in Atlassian Statuspage's v2 API shape. */
export interface SummaryComponent {
  id: string;
  name: string;
  status: ComponentStatus;
  created_at: Timestamp;
  updated_at: Timestamp;
  position: number;
  description: string | null;
  showcase: boolean;
  start_date: string | null;
  group_id: string | null;
  page_id: string;
  group: boolean;
  only_show_if_degraded: boolean;
}

export interface SummaryIncidentUpdate {
  id: string;
  status: PublicState;
  body: string;
  incident_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  display_at: Timestamp;
  affected_components: null;
  deliver_notifications: boolean;
  custom_tweet: null;
  tweet_id: null;
}

export interface SummaryIncident {
  id: string;
  name: string;
  status: PublicState;
  created_at: Timestamp;
  updated_at: Timestamp;
  monitoring_at: Timestamp | null;
  resolved_at: Timestamp | null;
  impact: Impact;
  shortlink: string;
  started_at: Timestamp;
  page_id: string;
  incident_updates: SummaryIncidentUpdate[];
  components: SummaryComponent[];
}

/** `GET /api/v2/summary.json` of Atlassian Statuspage, which status aggregators read. */
export interface Summary {
  page: { id: string; name: string; url: string; time_zone: string; updated_at: Timestamp };
  status: { indicator: 'none' | Impact; description: string };
  components: SummaryComponent[];
  incidents: SummaryIncident[];
  scheduled_maintenances: [];
}

/**
 * The summary: page, overall indicator (`none` or the worst active impact), every component, and
 * the unresolved incidents with their public updates, newest first. There are no maintenances.
 */
export function buildSummary(model: SiteModel): Summary {
  const pageId = slug(model.title);
  const base = model.url ? `${model.url.replace(/\/+$/, '')}/` : '';
  const components = model.components.map((c, index) => summaryComponent(c, index, pageId, model));
  const byName = new Map(model.components.map((c, index) => [c.name, components[index] as SummaryComponent]));
  const indicator = model.impact ?? 'none';
  return {
    page: { id: pageId, name: model.title, url: base, time_zone: 'Etc/UTC', updated_at: model.updatedAt },
    status: { indicator, description: BANNER[indicator] },
    components,
    incidents: model.active.map((incident) => summaryIncident(incident, pageId, base, byName)),
    scheduled_maintenances: [],
  };
}

/** `GET /api/v2/status.json`: the page and its indicator alone. */
export function buildStatus(model: SiteModel): Pick<Summary, 'page' | 'status'> {
  const { page, status } = buildSummary(model);
  return { page, status };
}

function summaryComponent(component: ComponentView, index: number, pageId: string, model: SiteModel): SummaryComponent {
  const touching = [...model.active, ...model.past].filter((i) => i.components.includes(component.name));
  const times = touching.flatMap((i) => [i.publishedAt, i.updatedAt]).sort((a, b) => toMillis(a) - toMillis(b));
  return {
    id: component.id,
    name: component.name,
    status: component.status,
    created_at: times[0] ?? model.generatedAt,
    updated_at: times.at(-1) ?? model.generatedAt,
    position: index + 1,
    description: null,
    showcase: true,
    start_date: null,
    group_id: null,
    page_id: pageId,
    group: false,
    only_show_if_degraded: false,
  };
}

function summaryIncident(incident: PublicIncident, pageId: string, base: string, byName: ReadonlyMap<string, SummaryComponent>): SummaryIncident {
  const count = incident.updates.length;
  return {
    id: incident.id,
    name: incident.title,
    status: incident.state,
    created_at: incident.publishedAt,
    updated_at: incident.updatedAt,
    monitoring_at: incident.monitoringAt,
    resolved_at: incident.resolvedAt,
    impact: incident.impact,
    shortlink: `${base}${PATHS.incident(incident.id)}`,
    started_at: incident.startedAt,
    page_id: pageId,
    incident_updates: incident.updates.map((u, index) => ({
      id: `${incident.id}-${count - index}`,
      status: u.state,
      body: u.message ?? STATE_CHANGE_TEXT[u.state],
      incident_id: incident.id,
      created_at: u.at,
      updated_at: u.at,
      display_at: u.at,
      affected_components: null,
      deliver_notifications: true,
      custom_tweet: null,
      tweet_id: null,
    })),
    components: incident.components.flatMap((name) => byName.get(name) ?? []),
  };
}

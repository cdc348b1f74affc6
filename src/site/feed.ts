import type { ElementContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { Feed } from 'feed';
import { toMillis } from '../core/time.js';
import { PATHS, updateListTree } from './html.js';
import { IMPACT_LABEL, STATE_LABEL, slug, type SiteModel } from './model.js';
import type { PublicIncident } from './public.js';

/** Entries in the feed: the incidents most recently changed. */
export const FEED_ENTRIES = 50;

/**
 * The Atom feed: one entry per published incident, updated with its newest public change, its
 * content the public updates. Links are absolute under `status_page.url`, else relative to the
 * feed (which sits at the site's root).
 */
export function renderFeed(model: SiteModel): string {
  // The feed package takes absolute URLs only: without a public URL, build under a reserved
  // host and strip it, leaving links relative to the feed.
  const base = model.url ? `${model.url.replace(/\/+$/, '')}/` : PLACEHOLDER;
  const incidents = [...model.active, ...model.past]
    .sort((a, b) => toMillis(b.updatedAt) - toMillis(a.updatedAt))
    .slice(0, FEED_ENTRIES);
  const feed = new Feed({
    id: model.url ? base : `urn:sitrep:${slug(model.title)}`,
    title: model.title,
    link: `${base}${PATHS.index}`,
    feed: `${base}${PATHS.feed}`,
    updated: new Date(model.updatedAt),
    generator: 'sitrep',
    copyright: '',
  });
  for (const incident of incidents) {
    const link = `${base}${PATHS.incident(incident.id)}`;
    feed.addItem({
      title: html([{ type: 'text', value: incident.title }]),
      id: model.url ? link : `urn:sitrep:${slug(model.title)}:${incident.id}`,
      link,
      date: new Date(incident.updatedAt),
      published: new Date(incident.publishedAt),
      description: html([{ type: 'text', value: summaryLine(incident) }]),
      content: html([updateListTree(incident.updates)]),
    });
  }
  const atom = feed.atom1();
  return model.url ? atom : atom.replaceAll(`href="${PLACEHOLDER}`, 'href="');
}

const PLACEHOLDER = 'https://status.invalid/';

function summaryLine(incident: PublicIncident): string {
  const parts = [STATE_LABEL[incident.state], IMPACT_LABEL[incident.impact]];
  if (incident.components.length) parts.push(`Affected: ${incident.components.join(', ')}`);
  return parts.join(' · ');
}

/** HTML for a CDATA section: escaped by hast-util-to-html, and never closing the section early. */
function html(nodes: ElementContent[]): string {
  return toHtml(nodes).replaceAll(']]>', ']]&gt;');
}

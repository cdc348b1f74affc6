import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { h, s } from 'hastscript';
import type { Timestamp } from '../core/time.js';
import { DAY, formatPercent } from './availability.js';
import { htmlDocument } from './document.js';
import { messageToHast } from './message.js';
import {
  BANNER, COMPONENT_LABEL, IMPACT_LABEL, STATE_CHANGE_TEXT, STATE_LABEL, type ComponentView, type SiteModel,
} from './model.js';
import type { Impact, PublicIncident, PublicUpdate } from './public.js';

/** File names of the site, relative to its root. Every link is built from these, relative to the linking page. */
export const PATHS = {
  index: 'index.html',
  style: 'style.css',
  icon: 'favicon.svg',
  history: 'history.html',
  feed: 'feed.atom',
  summary: 'api/v2/summary.json',
  incident: (id: string) => `incidents/${id}.html`,
} as const;

/** Days of bars a narrow screen shows; keep in step with style.css. */
const PHONE_DAYS = 30;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `<time datetime="2026-11-21T10:02:11Z">21 Nov 2026, 10:02 UTC</time>` */
export function time(at: Timestamp): Element {
  // A time shows on an incident's page, the index and the feed alike: made once. Serialising never mutates it.
  const known = times.get(at);
  if (known) return known;
  const date = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  const text = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
  const made = element('time', [], [text], { dateTime: date.toISOString().replace(/\.\d{3}Z$/, 'Z') });
  if (times.size >= TIMES_KEPT) times.clear();
  times.set(at, made);
  return made;
}

const TIMES_KEPT = 10_000;
const times = new Map<Timestamp, Element>();

/**
 * A page of the site; `root` is the relative way back to the site's root (`''` or `'../'`). The
 * parts every page shares (the head's links, the site's header and footer) are serialised once
 * per build and kept as HTML, since the same few thousand bytes would otherwise be rebuilt for
 * each of thousands of incident pages.
 */
function page(model: SiteModel, root: string, title: string, main: ElementContent[], titleIsHeading = false): string {
  const shared = sharedParts(model, root, titleIsHeading);
  const tree = htmlDocument({
    title,
    head: [raw(shared.head)],
    body: [raw(shared.header), h('main#main.wrap', main), raw(shared.footer)],
  });
  return `${toHtml(tree, { allowDangerousHtml: true })}\n`;
}

interface SharedParts {
  head: string;
  header: string;
  footer: string;
}

const shared = new WeakMap<SiteModel, Map<string, SharedParts>>();

/** The head's links, the header and the footer of a page of `model` at `root`, as HTML. */
function sharedParts(model: SiteModel, root: string, titleIsHeading: boolean): SharedParts {
  let byPlace = shared.get(model);
  if (!byPlace) shared.set(model, (byPlace = new Map()));
  const key = `${root}|${titleIsHeading}`;
  const known = byPlace.get(key);
  if (known) return known;
  const parts: SharedParts = {
    head: toHtml([
      h('meta', { name: 'color-scheme', content: 'light dark' }),
      h('link', { rel: 'stylesheet', href: `${root}${PATHS.style}` }),
      // Without an icon of its own, a browser asks the host's root for /favicon.ico, outside the site.
      h('link', { rel: 'icon', type: 'image/svg+xml', href: `${root}${PATHS.icon}` }),
      h('link', { rel: 'alternate', type: 'application/atom+xml', title: `${model.title}: incidents`, href: `${root}${PATHS.feed}` }),
    ]),
    header: toHtml([
      h('a.skip', { href: '#main' }, 'Skip to content'),
      // The site's name is the front page's heading; other pages have their own.
      h('header.site', [h('div.wrap', [h(titleIsHeading ? 'h1.site-title' : 'p.site-title', [h('a.brand', { href: `${root}${PATHS.index}` }, model.title)])])]),
    ]),
    footer: toHtml(
      h('footer.site', [
        h('div.wrap', [
          h('p', [
            h('a', { href: `${root}${PATHS.feed}` }, 'Atom feed'),
            ' · ',
            h('a', { href: `${root}${PATHS.summary}` }, 'JSON API'),
            ' · Times are UTC. Generated ',
            time(model.generatedAt),
            '.',
          ]),
        ]),
      ]),
    ),
  };
  byPlace.set(key, parts);
  return parts;
}

/** HTML serialised by hast-util-to-html, inserted as it is. */
function raw(value: string): ElementContent {
  return { type: 'raw', value } as unknown as ElementContent;
}

const ICON_COLOUR: Readonly<Record<Impact | 'none', string>> = {
  none: '#1a7f37',
  minor: '#9a6700',
  major: '#bc4c00',
  critical: '#cf222e',
};

/** The site's icon: a dot in the colour of the overall status. */
export function renderIcon(model: SiteModel): string {
  const icon = s('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 16 16' }, [
    s('circle', { cx: 8, cy: 8, r: 7, fill: ICON_COLOUR[model.impact ?? 'none'] }),
  ]);
  return `${toHtml(icon, { space: 'svg' })}\n`;
}

/** The front page: banner, components with their bars, active incidents, past incidents. */
export function renderIndex(model: SiteModel): string {
  const days = Math.max(1, Math.ceil(model.history / DAY));
  const since = Date.parse(model.generatedAt) - days * DAY;
  const recent = model.past.filter((i) => Date.parse(i.resolvedAt ?? i.startedAt) >= since);
  const main: ElementContent[] = [
    banner(model),
    ...(model.active.length
      ? [h('section', { ariaLabelledBy: 'active' }, [h('h2#active', 'Active incidents'), ...model.active.map((i) => incidentCard(i, ''))])]
      : []),
    h('section', { ariaLabelledBy: 'components' }, [
      h('h2#components', 'Components'),
      model.components.length
        ? h('ul.components', model.components.map((c) => componentItem(c, model.history)))
        : h('p.muted', 'No components to show yet.'),
    ]),
    h('section', { ariaLabelledBy: 'past' }, [
      h('h2#past', 'Past incidents'),
      recent.length ? h('ul.past', recent.map(pastItem)) : h('p.muted', `No incidents in the last ${days} days.`),
      h('p', [h('a', { href: PATHS.history }, 'Incident history')]),
    ]),
  ];
  return page(model, '', model.title, main, true);
}

/** Every past incident, newest first. */
export function renderHistory(model: SiteModel): string {
  const main: ElementContent[] = [
    h('p.back', [h('a', { href: PATHS.index }, `← ${model.title}`)]),
    h('h1', 'Incident history'),
    model.past.length ? h('ul.past', model.past.map(pastItem)) : h('p.muted', 'No incidents reported.'),
  ];
  return page(model, '', `Incident history · ${model.title}`, main);
}

/** One incident's page: its state, impact, components and every public update, newest first. */
export function renderIncidentPage(model: SiteModel, incident: PublicIncident): string {
  const main: ElementContent[] = [
    element('p', ['back'], [element('a', [], [`← ${model.title}`], { href: `../${PATHS.index}` })]),
    element('article', ['incident'], [
      element('h1', [], [incident.title]),
      facts(incident),
      element('h2', [], ['Updates']),
      updateListTree(incident.updates),
    ]),
  ];
  return page(model, '../', `${incident.title} · ${model.title}`, main);
}

function banner(model: SiteModel): Element {
  const level = model.impact ?? 'none';
  return h(`section.banner.impact-${level}`, { ariaLabel: 'Overall status' }, [
    h('p.banner-text', BANNER[level]),
    h('p.banner-time', ['Updated ', time(model.updatedAt)]),
  ]);
}

function impactBadge(impact: Impact): Element {
  return element('span', ['badge', `impact-${impact}`], [IMPACT_LABEL[impact]]);
}

function incidentCard(incident: PublicIncident, root: string): Element {
  return h('article.card', [
    h('h3', [h('a', { href: `${root}${PATHS.incident(incident.id)}` }, incident.title)]),
    facts(incident),
    updateListTree(incident.updates),
  ]);
}

function facts(incident: PublicIncident): Element {
  const rows: [string, ElementContent | string][] = [
    ['Status', element('span', [], [STATE_LABEL[incident.state]])],
    ['Impact', impactBadge(incident.impact)],
    ['Started', time(incident.startedAt)],
  ];
  if (incident.resolvedAt) rows.push(['Resolved', time(incident.resolvedAt)]);
  if (incident.components.length) rows.push(['Affected', incident.components.join(', ')]);
  return element('dl', ['facts'], rows.flatMap(([term, value]) => [element('dt', [], [term]), element('dd', [], [value])]));
}

/** The public updates as an ordered list, newest first (also the feed's entry content). */
export function updateListTree(updates: readonly PublicUpdate[]): Element {
  return element(
    'ol',
    ['updates'],
    updates.map((u) =>
      element('li', [], [
        element('p', ['update-head'], [element('strong', [`state-${u.state}`], [STATE_LABEL[u.state]]), ' · ', time(u.at)]),
        element('div', ['update-body'], u.message === null ? [element('p', [], [STATE_CHANGE_TEXT[u.state]])] : messageToHast(u.message)),
      ]),
    ),
  );
}

/**
 * A hast element made directly, as `h(tag.classes, properties, children)` makes it (classes
 * first): for the parts repeated on every incident page, where hastscript's reading of selectors
 * and property names shows in the time to build thousands of pages.
 */
function element(tagName: string, classes: readonly string[], children: readonly (ElementContent | string)[], properties: Properties = {}): Element {
  return {
    type: 'element',
    tagName,
    properties: classes.length ? { className: [...classes], ...properties } : { ...properties },
    children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
  };
}

function componentItem(component: ComponentView, history: number): Element {
  const { days, availability } = component.availability;
  const label = `${component.name}: ${formatPercent(availability)} available over the last ${days.length} days`;
  const daysBack = Math.max(1, Math.ceil(history / DAY));
  return h('li.component', [
    h('div.component-head', [
      h('span.component-name', component.name),
      h(`span.badge.status-${component.status}`, COMPONENT_LABEL[component.status]),
    ]),
    h(
      'div.bars',
      { role: 'img', ariaLabel: label },
      days.map((d) =>
        h(`span.bar.day-${d.worst ?? 'none'}`, {
          title: `${d.date}: ${formatPercent(d.availability)}${d.worst ? ` · ${BANNER[d.worst].toLowerCase()}` : ''}`,
        }),
      ),
    ),
    h('div.bars-legend', { ariaHidden: 'true' }, [
      // A phone shows the last 30 days' bars (style.css); the percentage stays the whole period's.
      daysBack > PHONE_DAYS
        ? h('span', [h('span.legend-wide', `${daysBack} days ago`), h('span.legend-narrow', `${PHONE_DAYS} days ago`)])
        : h('span', `${daysBack} days ago`),
      daysBack > PHONE_DAYS
        ? h('span', [h('span.legend-wide', `${formatPercent(availability)} uptime`), h('span.legend-narrow', `${formatPercent(availability)} over ${daysBack} days`)])
        : h('span', `${formatPercent(availability)} uptime`),
      h('span', 'Today'),
    ]),
  ]);
}

function pastItem(incident: PublicIncident): Element {
  return h('li', [
    h('a', { href: PATHS.incident(incident.id) }, incident.title),
    h('span.muted', [' · ', time(incident.startedAt), ' · ', STATE_LABEL[incident.state]]),
  ]);
}

import { parseAllDocuments } from 'yaml';
import type { Config, Service } from './config.js';

/**
 * The service catalog (SPEC 4.13): `services` in the configuration, joined by a folder of
 * Backstage `catalog-info.yaml` files, and the one place that answers "which repository, status
 * page component, owners and pager does this service have?". The old keys (`followups.routes`,
 * `changes.repos`, `status_page.components`) still answer, and lose to the catalog.
 */

/** One file of the catalog folder, as read by the caller (the core reads no files). */
export interface CatalogFile {
  path: string;
  text: string;
}

/** A catalog problem, located in its file. */
export interface CatalogProblem {
  path: string;
  line: number;
  message: string;
}

const ENTITY_KINDS = new Set(['component', 'system']);
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const SERVICE_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;
const REPO = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;

/**
 * Reads Backstage entities into services: every `Component` and `System` of every document of
 * every file (Backstage files often hold several, separated by `---`); other kinds (Group, API,
 * Resource …) are skipped. `org` is the GitHub owner a `group:` owner belongs to when the entity
 * names no repository (normally the incident repository's owner).
 */
export function readCatalog(files: readonly CatalogFile[], org: string): { services: Record<string, Service>; problems: CatalogProblem[] } {
  const services: Record<string, Service> = {};
  const problems: CatalogProblem[] = [];
  for (const file of files) {
    for (const doc of parseAllDocuments(file.text)) {
      const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : file.text.slice(0, offset).split('\n').length);
      if (doc.errors.length) {
        for (const error of doc.errors) problems.push({ path: file.path, line: lineOf(error.pos[0]), message: `YAML syntax: ${error.message}` });
        continue;
      }
      const entity: unknown = doc.toJS();
      if (!isObject(entity) || typeof entity.kind !== 'string' || !ENTITY_KINDS.has(entity.kind.toLowerCase())) continue;
      const line = lineOf(doc.range[0]);
      const metadata = isObject(entity.metadata) ? entity.metadata : {};
      const spec = isObject(entity.spec) ? entity.spec : {};
      const annotations = isObject(metadata.annotations) ? metadata.annotations : {};
      const name = metadata.name;
      if (typeof name !== 'string' || !SERVICE_NAME.test(name)) {
        problems.push({ path: file.path, line, message: `${entity.kind}: metadata.name must be a service name (letters, digits, _, . or -)` });
        continue;
      }
      const at = `${entity.kind} ${name}`;
      if (services[name]) {
        problems.push({ path: file.path, line, message: `${at}: the service "${name}" is also declared in ${services[name].from}; keep one` });
        continue;
      }
      const slug = annotations['github.com/project-slug'];
      const repo = typeof slug === 'string' && REPO.test(slug) ? slug : null;
      if (slug !== undefined && !repo) problems.push({ path: file.path, line, message: `${at}: annotation github.com/project-slug must be owner/repo` });
      const keyEnv = annotations['pagerduty.com/integration-key'];
      let pagerKeyEnv: string | null = null;
      if (typeof keyEnv === 'string' && ENV_NAME.test(keyEnv)) pagerKeyEnv = keyEnv;
      else if (keyEnv !== undefined) {
        // Never echo the value: it may be the key itself, committed by mistake.
        problems.push({ path: file.path, line, message: `${at}: annotation pagerduty.com/integration-key must name an environment variable that holds the routing key (e.g. SITREP_PD_CHECKOUT_KEY), never the key itself` });
      }
      const owner = typeof spec.owner === 'string' ? ownerMention(spec.owner, repo?.split('/')[0] ?? org) : null;
      const title = typeof metadata.title === 'string' && metadata.title.trim() ? metadata.title.trim() : null;
      services[name] = {
        description: typeof metadata.description === 'string' ? metadata.description : null,
        owners: owner ? [owner] : [],
        repo,
        component: title ?? name,
        pager: null,
        pagerKeyEnv,
        slackChannel: null,
        from: `${file.path}:${line}`,
      };
    }
  }
  return { services, problems };
}

/** Backstage's owner reference as a GitHub mention: `group:checkout` → `@acme/checkout`, `user:alice` → `@alice`. */
function ownerMention(reference: string, org: string): string | null {
  const match = /^(?:(group|user):)?(?:[a-z0-9_-]+\/)?([A-Za-z0-9][A-Za-z0-9_.-]*)$/i.exec(reference.trim());
  if (!match?.[2]) return null;
  return match[1]?.toLowerCase() === 'user' ? `@${match[2]}` : `@${org}/${match[2]}`;
}

/**
 * The configuration with the catalog folder's services joined to `services`. A service in both is
 * an error naming both places; the configuration is returned unchanged then.
 */
export function withCatalog(config: Config, catalog: Readonly<Record<string, Service>>): { config: Config; problems: string[] } {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(catalog)) {
    const declared = config.services[name];
    if (declared) problems.push(`services.${name}: declared both in ${declared.from} (.github/sitrep.yml) and in ${service.from} (the catalog folder); keep one`);
  }
  if (problems.length) return { config, problems };
  return { config: Object.freeze({ ...config, services: Object.freeze({ ...config.services, ...catalog }) }), problems };
}

/** The repository whose merged pull requests are a service's suspect changes (SPEC 4.10): the catalog, then `changes.repos`, then `followups.routes`. */
export function serviceChangesRepo(config: Config, service: string): string | undefined {
  return config.services[service]?.repo ?? config.changes.repos[service] ?? config.followups.routes[service];
}

/** The repository a service's follow-ups go to (SPEC 4.5): the catalog, then `followups.routes`. */
export function serviceFollowupRepo(config: Config, service: string): string | undefined {
  return config.services[service]?.repo ?? config.followups.routes[service];
}

/** A service's status page component: the catalog's `component`, else the service's own name. */
export function serviceComponent(config: Config, service: string): string {
  return config.services[service]?.component ?? service;
}

/** The status page components an incident's services show: through the catalog, limited to `status_page.components` when set. */
export function statusPageComponents(config: Config, services: readonly string[]): string[] {
  const components = [...new Set(services.map((s) => serviceComponent(config, s)))];
  const shown = config.statusPage.components;
  return shown.length ? components.filter((c) => shown.includes(c)) : components;
}

/** The owners (teams or users) of an incident's services, each once: told on declaration, postmortem reviewers. */
export function serviceOwners(config: Config, services: readonly string[]): string[] {
  const owners: string[] = [];
  for (const service of services) for (const owner of config.services[service]?.owners ?? []) if (!owners.includes(owner)) owners.push(owner);
  return owners;
}

/** Services an incident or alert names that the catalog does not list (for `sitrep validate`'s warning); [] when there is no catalog. */
export function unknownServices(config: Config, services: readonly string[]): string[] {
  const known = Object.keys(config.services);
  return known.length ? services.filter((s) => !known.includes(s)) : [];
}

/** The GitHub login a pager's user maps to through `people`: by the pager's user id, else by email. */
export function personByPager(config: Config, by: { id?: string | null; email?: string | null }): string | undefined {
  const people = Object.entries(config.people);
  const byId = by.id ? people.find(([, p]) => p.pager === by.id) : undefined;
  if (byId) return byId[0];
  const email = by.email?.toLowerCase();
  return email ? people.find(([, p]) => p.email?.toLowerCase() === email)?.[0] : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

import { describe, expect, it } from 'vitest';
import { personByPager, readCatalog, serviceChangesRepo, serviceComponent, serviceFollowupRepo, serviceOwners, statusPageComponents, unknownServices, withCatalog } from '../../src/core/catalog.js';
import { checkConfig } from '../../src/core/config.js';
import { changeRepos } from '../../src/core/suspect-changes.js';
import { routeActionItem } from '../../src/core/action-items.js';
import { anIncident, configFrom } from '../support/builders.js';

// Backstage's descriptor format: several entities in one file, separated by `---`.
const CATALOG_INFO = `apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: checkout-api
  title: Checkout
  description: Payment and checkout API
  annotations:
    github.com/project-slug: acme/checkout
    pagerduty.com/integration-key: SITREP_PD_CHECKOUT
spec:
  type: service
  lifecycle: production
  owner: group:checkout
---
apiVersion: backstage.io/v1alpha1
kind: Group
metadata:
  name: checkout
spec:
  type: team
  children: []
---
apiVersion: backstage.io/v1alpha1
kind: System
metadata:
  name: search
spec:
  owner: user:carol
`;

describe('readCatalog (Backstage catalog-info.yaml)', () => {
  it('reads every Component and System of a multi-document file as a service', () => {
    const { services, problems } = readCatalog([{ path: 'catalog/checkout.yaml', text: CATALOG_INFO }], 'acme');
    expect(problems).toEqual([]);
    expect(Object.keys(services)).toEqual(['checkout-api', 'search']);
    expect(services['checkout-api']).toMatchObject({ description: 'Payment and checkout API', owners: ['@acme/checkout'], repo: 'acme/checkout', component: 'Checkout', pagerKeyEnv: 'SITREP_PD_CHECKOUT', from: 'catalog/checkout.yaml:1' });
    expect(services.search).toMatchObject({ owners: ['@carol'], component: 'search', repo: null });
  });

  it('refuses a routing key written into the file, without repeating it', () => {
    const text = CATALOG_INFO.replace('SITREP_PD_CHECKOUT', 'e93facc0-4764-012d-7bfb-002500d5d1a6');
    const { problems } = readCatalog([{ path: 'c.yaml', text }], 'acme');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/pagerduty\.com\/integration-key must name an environment variable/);
    expect(JSON.stringify(problems)).not.toContain('e93facc0');
  });

  it('makes a service both in services and in the folder an error naming both places', () => {
    const config = configFrom('services:\n  checkout-api: { repo: acme/old }\n');
    const { services } = readCatalog([{ path: 'catalog/checkout.yaml', text: CATALOG_INFO }], 'acme');
    const joined = withCatalog(config, services);
    expect(joined.problems).toEqual(['services.checkout-api: declared both in services (.github/sitrep.yml) and in catalog/checkout.yaml:1 (the catalog folder); keep one']);
  });
});

describe('the catalog answers, and the old keys lose to it', () => {
  const yaml = `
followups: { routes: { checkout-api: acme/old-followups, billing: acme/billing } }
changes: { repos: { checkout-api: acme/old-changes } }
status_page: { components: [Checkout, billing] }
paging: [{ name: primary, type: pagerduty, key_env: SITREP_PD_KEY }]
services:
  checkout-api: { repo: acme/checkout, component: Checkout, owners: ["@acme/checkout"], pager: primary }
people:
  alice: { slack: U012ABCDEF, email: alice@acme.example, pager: PLH1HKV }
`;
  const config = configFrom(yaml);

  it('routes follow-ups and suspect changes to the catalog repo, else the old keys', () => {
    expect(serviceChangesRepo(config, 'checkout-api')).toBe('acme/checkout');
    expect(serviceFollowupRepo(config, 'checkout-api')).toBe('acme/checkout');
    expect(serviceFollowupRepo(config, 'billing')).toBe('acme/billing');
    expect(changeRepos(anIncident({ services: ['checkout-api', 'billing'] }), config, 'acme/incidents')).toEqual(['acme/checkout', 'acme/billing']);
    expect(routeActionItem({}, ['checkout-api'], config.followups, 'acme/incidents', config.services)).toEqual({ repo: 'acme/checkout', via: 'service', service: 'checkout-api' });
  });

  it('names components, owners, unknown services and people', () => {
    expect(serviceComponent(config, 'checkout-api')).toBe('Checkout');
    expect(statusPageComponents(config, ['checkout-api', 'billing', 'search'])).toEqual(['Checkout', 'billing']);
    expect(serviceOwners(config, ['checkout-api', 'billing'])).toEqual(['@acme/checkout']);
    expect(unknownServices(config, ['checkout-api', 'search'])).toEqual(['search']);
    expect(personByPager(config, { id: 'PLH1HKV' })).toBe('alice');
    expect(personByPager(config, { email: 'Alice@acme.example' })).toBe('alice');
    expect(personByPager(config, { id: 'PNOBODY', email: null })).toBeUndefined();
  });
});

describe('paging, services and people in .github/sitrep.yml', () => {
  it.each([
    ['paging:\n  - { name: primary, type: pagerdutty, key_env: K }\n', /paging\.0\.type/],
    ['paging:\n  - { name: primary, type: pagerduty }\n', /key_env/],
    ['paging:\n  - { name: primary, type: pagerduty, key_env: K, severities: [SEV9] }\n', /paging\[0\]\.severities: "SEV9" is not a severity/],
    ['paging:\n  - { name: primary, type: pagerduty, key_env: K, region: eu }\n', /paging\[0\]\.region: only an opsgenie pager has a region/],
    ['paging:\n  - { name: a, type: pagerduty, key_env: K }\n  - { name: a, type: opsgenie, key_env: L }\n', /paging\[1\]\.name: "a" is already the name of paging\[0\]/],
    ['services:\n  checkout-api: { pager: secondary }\n', /services\.checkout-api\.pager: "secondary" is not a pager/],
    ['people:\n  alice: { phone: 123 }\n', /phone/],
  ])('names the key: %s', (yaml, message) => {
    const { config, problems } = checkConfig(yaml);
    expect(config).toBeUndefined();
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('applies the defaults of SPEC 4.11', () => {
    const config = configFrom('paging:\n  - { name: primary, type: opsgenie, key_env: SITREP_OG_KEY, region: eu }\n');
    expect(config.paging[0]).toEqual({
      name: 'primary', type: 'opsgenie', keyEnv: 'SITREP_OG_KEY', secretEnv: null, region: 'eu',
      on: ['declared', 'raised', 'escalated', 'missed'], severities: [], services: [],
      severityMap: { P1: 'critical', P2: 'error', P3: 'warning' },
    });
  });
});

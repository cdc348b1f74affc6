/** Webhook bodies as Alertmanager, Grafana and the generic route receive them. */

export const SECRET = 'relay-secret-for-tests';

export function bearer(secret = SECRET): Record<string, string> {
  return { authorization: `Bearer ${secret}`, 'content-type': 'application/json' };
}

export function basic(password = SECRET, user = 'alertmanager'): Record<string, string> {
  return { authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`, 'content-type': 'application/json' };
}

/** Alertmanager's webhook body, version 4, as it sends it. */
export function alertmanagerBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    receiver: 'sitrep',
    status: 'firing',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical', instance: 'eu-1' },
        annotations: { summary: 'Checkout API returns 502 for EU customers', runbook_url: 'https://runbooks.example.com/checkout' },
        startsAt: '2026-11-21T09:50:00.123456789Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.example.com/graph?g0.expr=rate',
        fingerprint: 'a1b2c3d4e5f60718',
      },
    ],
    groupLabels: { alertname: 'HighErrorRate' },
    commonLabels: { alertname: 'HighErrorRate', service: 'checkout-api', severity: 'critical', instance: 'eu-1' },
    commonAnnotations: { summary: 'Checkout API returns 502 for EU customers', runbook_url: 'https://runbooks.example.com/checkout' },
    externalURL: 'http://alertmanager.example.com:9093',
    version: '4',
    groupKey: '{}:{alertname="HighErrorRate"}',
    truncatedAlerts: 0,
    ...overrides,
  };
}

/** Grafana Alerting's webhook contact point body. */
export function grafanaBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    receiver: 'sitrep',
    status: 'firing',
    orgId: 1,
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'High memory usage', team: 'blue', zone: 'us-1' },
        annotations: { description: 'The system has high memory usage', summary: 'This alert was triggered for zone us-1' },
        startsAt: '2021-10-12T09:51:03.157076+02:00',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'https://play.grafana.org/alerting/1afz29v7z/edit',
        fingerprint: 'c6eadffa33fcdf37',
        silenceURL: 'https://play.grafana.org/alerting/silence/new',
        dashboardURL: '',
        panelURL: '',
        values: { B: 44.2, C: 1 },
      },
    ],
    groupLabels: {},
    commonLabels: { alertname: 'High memory usage', team: 'blue', zone: 'us-1' },
    commonAnnotations: {},
    externalURL: 'https://play.grafana.org/',
    version: '1',
    groupKey: '{}:{alertname="High memory usage"}',
    truncatedAlerts: 0,
    title: '[FIRING:1] High memory usage (blue us-1)',
    state: 'alerting',
    message: '**Firing**',
    ...overrides,
  };
}

export function genericBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { key: 'checkout-latency', title: 'Checkout latency above 2s', status: 'firing', severity: 'warning', service: 'checkout-api', summary: 'p99 at 3.1s', url: 'https://status.example.com/checks/1', ...overrides };
}

/** Webhook bodies as the pagers send them, for the relay's pager routes. */

/**
 * Opsgenie's outgoing webhook for an Acknowledge: the shape of Opsgenie's "alert action data"
 * (docs.opsgenie.com/docs/marid-alert-action-data, Webhook integration), `updatedAt` in nanoseconds.
 */
export function opsgenieBody(action = 'Acknowledge', alias = 'acme/incidents#INC-42'): Record<string, unknown> {
  return {
    source: { name: '', type: 'web' },
    alert: {
      updatedAt: 1_795_255_470_000_000_000,
      tags: [],
      message: 'INC-42 (P1, investigating): Checkout API returns 502 for EU customers',
      username: 'alice@acme.example',
      alertId: '052652ac-5d1c-464a-812a-7dd18bbfba8c',
      source: 'sitrep',
      alias,
      tinyId: '23',
      createdAt: 1_795_255_300_000,
      userId: 'daed1180-0ce8-438b-8f8e-57e1a5920a2d',
      entity: 'acme/incidents',
    },
    action,
    integrationId: '37c8f316-17c6-49d7-899b-9c7e540c048d',
    integrationName: 'sitrep',
  };
}

/**
 * Grafana OnCall's outgoing webhook context (grafana.com/docs/oncall/latest/configure/integrations/outgoing-webhooks,
 * "Event types" and the data a webhook receives): `event.type`, `user`, `alert_group`, `alert_payload`
 * (here the formatted webhook sitrep sent, so `alert_uid` is the key).
 */
export function oncallBody(type = 'acknowledge', alertUid = 'acme/incidents#INC-42'): Record<string, unknown> {
  return {
    event: { type, time: '2026-11-21T10:04:30.123456+00:00' },
    user: { id: 'UVMX6YI9VY9PV', username: 'alice', email: 'alice@acme.example' },
    alert_group: { id: 'I6HNZGUFG4K11', integration_id: 'CZ7URAT4V3QF2', route_id: 'RKHXJKVZYYVST', alert_count: 1, state: 'acknowledged', created_at: '2026-11-21T10:02:11Z', title: 'INC-42 (P1, investigating): Checkout API returns 502' },
    alert_group_id: 'I6HNZGUFG4K11',
    alert_payload: { alert_uid: alertUid, title: 'INC-42 (P1, investigating): Checkout API returns 502', state: 'alerting', message: 'declared P1.', link_to_upstream_details: 'https://github.com/acme/incidents/issues/42' },
    integration: { id: 'CZ7URAT4V3QF2', type: 'formatted_webhook', name: 'sitrep' },
    notified_users: [],
    users_to_be_notified: [],
    responses: {},
  };
}

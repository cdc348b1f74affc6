/** Pagers (SPEC 4.11): one adapter per pager, the delivery of owed pages, and the verifiers and decoders of their answers. */
export { deliverPages, opsgenieApiUrl, type PageDeliverOptions, type PageFailure, type PageReport } from './deliver.js';
export { formatGrafanaOnCall } from './grafana-oncall.js';
export { formatOpsgenie, OPSGENIE_MESSAGE_MAX } from './opsgenie.js';
export { formatPagerDuty, PAGERDUTY_SUMMARY_MAX } from './pagerduty.js';
export { DEFAULT_OPSGENIE_API_URL, DEFAULT_PAGERDUTY_EVENTS_URL, OPSGENIE_EU_API_URL, pagerEndpointsFrom, type PagerEndpoints } from './types.js';
export { decodeGrafanaOnCall, decodeOpsgenie, decodePagerDuty, PAGE_EVENT_TYPE, verifyPagerDutySignature, type PagePayload } from './verify.js';
export { formatWebhookPage } from './webhook.js';

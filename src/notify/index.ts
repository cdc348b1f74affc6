/**
 * Notifications (SPEC 4.7): one applied change → messages per channel (pure), then delivery
 * (the only I/O). The applier calls `planNotifications`, skips delivery ids it already sent,
 * then `deliver`.
 */
export { planNotifications, deliveryId, channelTakes, formatMessage } from './plan.js';
export { notificationEvent, reminderEvent } from './notice.js';
export { deliver, retryAfter, type DeliverOptions, type DeliveryFailure, type DeliveryReport } from './deliver.js';
export { signBody, verifySignature, EVENT_HEADER, DELIVERY_HEADER, SIGNATURE_HEADER } from './webhook.js';
export { escapeSlack, escapeSlackMrkdwn } from './slack.js';
export { escapeDiscord } from './discord.js';
export { escapeTeams } from './teams.js';
export type { Message, NotifyBatch, NotifyInput, ReminderNotice, Notice } from './types.js';

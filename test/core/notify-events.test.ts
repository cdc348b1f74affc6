/**
 * The notification types and events have one source of truth, the TypeScript lists in
 * src/core/config.ts: the configuration schema's enums, its documented default and the README's
 * examples must say the same, in the same order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFY_EVENTS, NOTIFY_EVENTS, NOTIFY_TYPES } from '../../src/core/config.js';

interface ChannelSchema {
  properties: {
    type: { enum: string[] };
    events: { items: { enum: string[] }; description: string };
  };
}

const schema = JSON.parse(readFileSync(new URL('../../schemas/config.schema.json', import.meta.url), 'utf8')) as {
  properties: { notify: { items: ChannelSchema } };
};
const channel = schema.properties.notify.items.properties;

describe('notification types and events', () => {
  it('are the schema enums of notify[].type and notify[].events', () => {
    expect(channel.type.enum).toEqual([...NOTIFY_TYPES]);
    expect(channel.events.items.enum).toEqual([...NOTIFY_EVENTS]);
  });

  it('have the default the schema and the README document', () => {
    expect(channel.events.description).toContain(`Default: [${DEFAULT_NOTIFY_EVENTS.join(', ')}].`);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`events: [${DEFAULT_NOTIFY_EVENTS.join(', ')}]   # the default`);
    expect(readme).toContain(`events: [${NOTIFY_EVENTS.join(', ')}]`);
  });
});

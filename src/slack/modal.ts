/**
 * The "Declare incident" modal (SPEC 4.12): opened by the relay from the message shortcut,
 * prefilled from the message; its submission read back into a declaration.
 */

/** The shortcut's callback id (templates/slack-app.yml) and the modal's. */
export const DECLARE_CALLBACK_ID = 'declare_incident';

/** Severities offered; "triage" means "not sure", as the issue form's "Not sure — triage". */
const SEVERITIES = ['P1', 'P2', 'P3'] as const;

/** Where the message came from, kept in the modal's private_metadata. */
export interface DeclareOrigin {
  channel: string;
  ts: string;
}

/** What a submitted modal declares. */
export interface DeclareSubmission extends DeclareOrigin {
  title: string;
  summary: string;
  /** null = "Not sure" (the most severe, triaged). */
  severity: string | null;
  status: 'triage' | 'investigating';
  customers: string[];
}

function plain(text: string) {
  return { type: 'plain_text', text, emoji: false };
}

/** The first line of a message, without Slack's markup, within `max` characters: the title's start. */
function firstLine(text: string, max: number): string {
  const line = text.replace(/<[^<>|]*\|([^<>]*)>/g, '$1').replace(/<[@#!]?([^<>]*)>/g, '$1').split('\n').find((l) => l.trim()) ?? '';
  return line.trim().slice(0, max);
}

/** The modal view for `views.open`, prefilled from the message. */
export function declareModal(origin: DeclareOrigin, messageText: string): Record<string, unknown> {
  const summary = messageText.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').slice(0, 3000);
  return {
    type: 'modal',
    callback_id: DECLARE_CALLBACK_ID,
    private_metadata: JSON.stringify(origin),
    title: plain('Declare incident'),
    submit: plain('Declare'),
    close: plain('Cancel'),
    blocks: [
      { type: 'input', block_id: 'title', label: plain('Title'), element: { type: 'plain_text_input', action_id: 'value', max_length: 256, ...(firstLine(summary, 150) ? { initial_value: firstLine(summary, 150) } : {}) } },
      {
        type: 'input',
        block_id: 'severity',
        label: plain('Severity'),
        element: {
          type: 'static_select',
          action_id: 'value',
          options: [...SEVERITIES.map((s) => ({ text: plain(s), value: s })), { text: plain('Not sure — triage'), value: 'not-sure' }],
          initial_option: { text: plain('Not sure — triage'), value: 'not-sure' },
        },
      },
      {
        type: 'input',
        block_id: 'status',
        label: plain('Start in'),
        element: {
          type: 'radio_buttons',
          action_id: 'value',
          options: [
            { text: plain('Triage: not sure it is an incident yet'), value: 'triage' },
            { text: plain('Live: it is an incident, investigating'), value: 'investigating' },
          ],
          initial_option: { text: plain('Triage: not sure it is an incident yet'), value: 'triage' },
        },
      },
      { type: 'input', block_id: 'summary', label: plain('Summary'), optional: true, element: { type: 'plain_text_input', action_id: 'value', multiline: true, max_length: 3000, ...(summary ? { initial_value: summary } : {}) } },
      { type: 'input', block_id: 'customers', label: plain('Customers (comma separated)'), optional: true, element: { type: 'plain_text_input', action_id: 'value', max_length: 500 } },
    ],
  };
}

type Values = Record<string, Record<string, { value?: string | null; selected_option?: { value?: string } | null }>>;

/** Reads a submitted modal; undefined when it is not sitrep's declaration modal or lacks its origin. */
export function readDeclareSubmission(view: { callback_id?: string; private_metadata?: string; state?: { values?: Values } }): DeclareSubmission | undefined {
  if (view.callback_id !== DECLARE_CALLBACK_ID) return undefined;
  let origin: Partial<DeclareOrigin>;
  try {
    origin = JSON.parse(view.private_metadata ?? '') as Partial<DeclareOrigin>;
  } catch {
    return undefined;
  }
  if (typeof origin.channel !== 'string' || typeof origin.ts !== 'string') return undefined;
  const values = view.state?.values ?? {};
  const text = (block: string) => values[block]?.value?.value ?? '';
  const choice = (block: string) => values[block]?.value?.selected_option?.value ?? '';
  const severity = choice('severity');
  return {
    channel: origin.channel,
    ts: origin.ts,
    title: text('title').trim(),
    summary: text('summary').trim(),
    severity: (SEVERITIES as readonly string[]).includes(severity) ? severity : null,
    status: choice('status') === 'investigating' ? 'investigating' : 'triage',
    customers: text('customers').split(',').map((c) => c.trim()).filter(Boolean),
  };
}

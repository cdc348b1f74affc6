/** Properties of the command grammar and of the refusal reply built from it. */
import { permissionRefusal } from '../../src/core/config.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findCommandLines, parseCommand, USAGE, usageText } from '../../src/core/commands.js';
import { renderRefusalReply } from '../../src/core/reply.js';
import { anyText, fits, hostileText, liveMentions, oneLine, RUNS } from './support.js';

const PREFIX = '/inc';
const SEVERITIES = ['P1', 'P2', 'P3'];
const WORDS = ['update', 'status', 'severity', 'role', 'handoff', 'escalate', 'note', 'followup', 'resolve', 'decline', 'postmortem', 'help', 'frobnicate', 'fixing', 'P1', 'P9', 'coordinator', '@alice', 'next:', '45m', 'repo:', 'acme/x', 'due:', '2026-12-05'];

/** A comment of command lines, prose, quotes and code, with hostile text in between. */
const comment = fc
  .array(
    fc.oneof(
      fc.tuple(fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }), oneLine(hostileText(6))).map(([w, t]) => `${PREFIX} ${w.join(' ')} ${t}`),
      oneLine(hostileText(10)),
      fc.constantFrom('> /inc resolve', '```\n/inc resolve\n```', '', '    /inc resolve', '/INC note shouting', '/incident note not a command'),
    ),
    { maxLength: 12 },
  )
  .map((lines) => lines.join('\n'));

describe('the command grammar', () => {
  it('never throws, on any text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText(400), comment), (body) => {
        findCommandLines(body, PREFIX, SEVERITIES);
        parseCommand(body, PREFIX, SEVERITIES);
      }),
      RUNS,
    );
  });

  it('loses no text: each command line is a line of the comment, as written, at its number', () => {
    fc.assert(
      fc.property(comment, (body) => {
        const lines = body.split(/\r?\n/);
        for (const found of findCommandLines(body, PREFIX, SEVERITIES)) {
          expect(found.line).toBe(lines[found.lineNumber - 1]?.trim());
          expect(found.line.toLowerCase().startsWith(PREFIX)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('keeps an update or note message exactly as typed', () => {
    const message = oneLine(hostileText(12)).filter((m) => m.trim() !== '' && !/next:/i.test(m));
    fc.assert(
      fc.property(fc.constantFrom('update', 'note'), message, (name, text) => {
        const [line] = findCommandLines(`${PREFIX} ${name} ${text}`, PREFIX, SEVERITIES);
        const parsed = line?.parsed;
        if (!parsed?.ok) throw new Error(`refused: ${JSON.stringify(parsed)}`);
        expect(parsed.command).toEqual(name === 'update' ? { name, message: text.trim() } : { name, text: text.trim() });
      }),
      RUNS,
    );
  });
});

describe('the refusal reply', () => {
  const refusal = fc.record({
    line: fc.oneof(oneLine(hostileText(12)), oneLine(anyText(3000))),
    lineNumber: fc.nat(400),
    reason: fc.oneof(fc.constantFrom('"x" is not a command', permissionRefusal('unknown', 'triage')), oneLine(hostileText(6))),
    usage: fc.option(fc.constantFrom(...Object.values(USAGE).map((u) => u.replace('{p}', PREFIX)), usageText(PREFIX)), { nil: undefined }),
  });

  it('fits, pings only the author, carries only its own marker, and answers every refused line', () => {
    fc.assert(
      fc.property(fc.array(refusal, { minLength: 1, maxLength: 150 }), (refusals) => {
        const marker = '<!-- sitrep:reply comment=7 -->';
        const reply = renderRefusalReply(marker, 'dave', refusals);
        expect(fits(reply)).toBe(true);
        expect(reply.startsWith(`${marker}\n@dave, `)).toBe(true);
        expect(reply.split('<!--').length).toBe(2);
        expect(new Set(liveMentions(reply))).toEqual(new Set(['dave']));
        // Every refused line is listed, or counted.
        const listed = (reply.match(/^- line \d+, /gm) ?? []).length;
        const counted = /and (\d+) more lines? w/.exec(reply)?.[1];
        expect(listed + Number(counted ?? 0)).toBe(refusals.length);
        expect(reply).not.toContain('you have unknown');
      }),
      {
        ...RUNS,
        // Found by this property (seed -384379409): the author's backtick paired with the usage's and pinged @user.
        examples: [[[{ line: '`', lineNumber: 0, reason: '', usage: '/inc role <coordinator|operations|communications> @user' }, { line: '', lineNumber: 0, reason: '', usage: undefined }]]],
      },
    );
  });
});

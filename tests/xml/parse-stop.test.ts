/**
 * The parser stops saxes at the first failure (14eb167, issue 17): a sentinel thrown out of our handler ends
 * `parser.write` at once, instead of saxes reading on to the end of its 1 MB chunk after a refusal. The events saxes
 * delivers are counted by wrapping every handler that parseXml registers.
 */
import { SaxesParser } from 'saxes';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FatalInputError } from '../../src/findings.js';
import { parseXml } from '../../src/xml/parse.js';

afterEach(() => {
  vi.restoreAllMocks();
});

/** Parses `text`, counting the saxes events delivered to parseXml's handlers; returns the finding and the counts. */
function parseCounting(text: string, maxDepth: number) {
  const events: Record<string, number> = {};
  const on = SaxesParser.prototype.on;
  vi.spyOn(SaxesParser.prototype, 'on').mockImplementation(function (
    this: SaxesParser,
    name: string,
    handler: (...a: unknown[]) => unknown,
  ) {
    const counted = (...a: unknown[]) => {
      events[name] = (events[name] ?? 0) + 1;
      return handler(...a);
    };
    return (on as (n: string, h: unknown) => void).call(this, name, counted);
  } as never);
  try {
    parseXml(text, 'stop.xml', { maxDepth });
  } catch (e) {
    if (!(e instanceof FatalInputError)) throw e;
    const f = e.finding;
    return { finding: `${f.code} ${f.line}:${f.column}`, events };
  }
  return { finding: 'parsed', events };
}

describe('the parser stops at the first failure (issue 17)', () => {
  // depth 3 is refused at the fourth start tag on line 1; then 2,000 more elements and, at the end, a mismatched end
  // tag (a second error, not well-formed) that saxes would report if it read on
  const tail = '<e>x</e>\n'.repeat(2000) + '</wrong>';
  const doc = `<a><b><c><d>\n${tail}</d></c></b></a>`;

  it('reports the depth refusal as the one finding', () => {
    expect(parseCounting(doc, 3).finding).toBe('xml:tooDeep 1:12');
  });

  it('delivers no saxes event after the refusal', () => {
    const { events } = parseCounting(doc, 3);
    // a, b, c and the refused d; without the stop saxes goes on through the 2,000 <e> (opentag 2004, text, error)
    expect(events.opentag).toBe(4);
    expect(events.text ?? 0).toBe(0);
    expect(events.closetag ?? 0).toBe(0);
    expect(events.error ?? 0).toBe(0);
  });

  it('reads the same document to its second error when the depth allows it', () => {
    // the control: the counted handlers do see the rest of the document and its mismatched end tag
    const { finding, events } = parseCounting(doc, 10);
    expect(finding).toBe('xml:malformed 2002:8');
    expect(events.opentag).toBe(2004);
  });
});

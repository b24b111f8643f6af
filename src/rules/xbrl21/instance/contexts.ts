/**
 * Contexts (XBRL 2.1 section 4.7): period dates (4.7.2), the period type of items against their context (4.7.2),
 * and the content of segment (4.7.3.2) and scenario (4.7.4).
 */
import { memoByText } from '../../../xml/memo.js';
import { clark, type XmlElement } from '../../../xml/parse.js';
import type { Context } from '../../../instance/types.js';
import type { Rule, RuleContext } from '../../types.js';
import { XBRLI_NS, isItemOrTuple, itemConcept, loc, qnameText } from './util.js';

const DATE_RE = /^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const DATETIME_RE = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function daysIn(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
}

/**
 * Milliseconds since the epoch of an xbrli:dateUnion value (xs:date or xs:dateTime), or undefined when it is not
 * valid. A date without time means the start of that day, or for an end date or instant the end of it (section 4.7.2:
 * the next day at 00:00:00). Values without timezone are taken as UTC.
 */
export function dateUnionMillis(lexical: string, endOfDay: boolean): number | undefined {
  return endOfDay ? endOfDayMillis(lexical) : startOfDayMillis(lexical);
}

// an instance repeats a few dates in thousands of contexts: each distinct text is converted once
const startOfDayMillis = memoByText((lexical) => dateUnionMillisOf(lexical, false));
const endOfDayMillis = memoByText((lexical) => dateUnionMillisOf(lexical, true));

function dateUnionMillisOf(lexical: string, endOfDay: boolean): number | undefined {
  const v = lexical.trim();
  let m = DATE_RE.exec(v);
  let y: number,
    mo: number,
    d: number,
    h = 0,
    mi = 0,
    s = 0,
    frac = 0,
    tz: string | undefined;
  if (m) {
    y = +m[1]!;
    mo = +m[2]!;
    d = +m[3]!;
    tz = m[4];
  } else if ((m = DATETIME_RE.exec(v))) {
    y = +m[1]!;
    mo = +m[2]!;
    d = +m[3]!;
    h = +m[4]!;
    mi = +m[5]!;
    s = +m[6]!;
    frac = m[7] ? Number(m[7]) : 0;
    tz = m[8];
    if (h > 24 || mi > 59 || s > 59 || (h === 24 && (mi !== 0 || s !== 0 || frac !== 0))) return undefined;
  } else return undefined;
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || y === 0) return undefined;
  const t = new Date(0);
  t.setUTCFullYear(y, mo - 1, d);
  t.setUTCHours(h, mi, s, Math.round(frac * 1000));
  let ms = t.getTime();
  if (!DATETIME_RE.test(v) && endOfDay) ms += 86_400_000;
  if (tz && tz !== 'Z') {
    const sign = tz[0] === '-' ? -1 : 1;
    ms -= sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6))) * 60_000;
  }
  return ms;
}

/** Period dates are valid xs:date or xs:dateTime values and a duration's start is before its end (section 4.7.2). */
export const periodStartEnd: Rule = {
  code: 'xbrl.4.7.2:periodStartEnd',
  spec: 'XBRL 2.1 section 4.7.2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    for (const c of inst.contexts.values()) {
      const p = c.period;
      const bad = (what: string, v: string) =>
        ctx.report({
          code: 'xbrl.4.7.2:contextDate',
          params: { context: c.id, element: what, value: v },
          loc: loc(c),
        });
      if (p.kind === 'instant') {
        if (dateUnionMillis(p.instant, true) === undefined) bad('instant', p.instant);
      } else if (p.kind === 'duration') {
        const s = dateUnionMillis(p.start, false);
        const e = dateUnionMillis(p.end, true);
        if (s === undefined) bad('startDate', p.start);
        if (e === undefined) bad('endDate', p.end);
        if (s !== undefined && e !== undefined && e <= s) {
          ctx.report({
            params: { context: c.id, start: p.start, end: p.end },
            loc: loc(c),
          });
        }
      }
    }
  },
};

/** An instant concept needs an instant context; a duration concept a duration or forever context (section 4.7.2, 5.1.1.1). */
export const contextPeriodType: Rule = {
  code: 'xbrl.4.7.2:contextPeriodType',
  spec: 'XBRL 2.1 section 4.7.2 (and 5.1.1.1 periodType)',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    const inst = ctx.instance;
    if (!inst) return;
    for (const f of ctx.instance?.facts ?? []) {
      const c = itemConcept(ctx, f);
      if (!c) continue;
      const context = f.contextRef !== undefined ? inst.contexts.get(f.contextRef) : undefined;
      if (!context || !c.periodType) continue;
      const k = context.period.kind;
      const ok = c.periodType === 'instant' ? k === 'instant' : k === 'duration' || k === 'forever';
      if (!ok) {
        ctx.report({
          params: {
            concept: ctx.label(f.concept),
            expected: c.periodType,
            context: context.id,
            period: { ...context.period },
          },
          loc: loc(f),
        });
      }
    }
  },
};

function checkContainer(ctx: RuleContext, context: Context, container: XmlElement, code: string): void {
  const what = container.local;
  if (container.children.length === 0) {
    ctx.report({
      code,
      params: { container: what, context: context.id, empty: true },
      loc: { file: container.doc.url, line: container.line, column: container.column },
    });
    return;
  }
  const stack = [...container.children];
  while (stack.length) {
    const el = stack.shift()!;
    const where = { file: el.doc.url, line: el.line, column: el.column };
    if (el.ns === XBRLI_NS) {
      ctx.report({
        code,
        params: { container: what, context: context.id, element: qnameText(el) },
        loc: where,
      });
    } else if (isItemOrTuple(ctx.taxonomy.concepts[clark(el.ns, el.local)])) {
      const key = clark(el.ns, el.local);
      ctx.report({
        code,
        params: { container: what, context: context.id, concept: ctx.label(key) },
        loc: where,
      });
    }
    stack.push(...el.children);
  }
}

/** Segment content: not empty, no xbrli elements, no items or tuples (section 4.7.3.2). */
export const segmentContent: Rule = {
  code: 'xbrl.4.7.3.2:segmentContent',
  spec: 'XBRL 2.1 section 4.7.3.2',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const c of ctx.instance?.contexts.values() ?? []) if (c.segment) checkContainer(ctx, c, c.segment, this.code);
  },
};

/** Scenario content: not empty, no xbrli elements, no items or tuples (section 4.7.4). */
export const scenarioContent: Rule = {
  code: 'xbrl.4.7.4:scenarioContent',
  spec: 'XBRL 2.1 section 4.7.4',
  severity: 'error',
  scope: 'instance',
  check(ctx) {
    for (const c of ctx.instance?.contexts.values() ?? [])
      if (c.scenario) checkContainer(ctx, c, c.scenario, this.code);
  },
};

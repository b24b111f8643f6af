/**
 * F&O section 16, context functions: fn:position, fn:last, fn:current-dateTime, fn:current-date, fn:current-time,
 * fn:implicit-timezone, fn:default-collation, fn:static-base-uri. The current dateTime is fixed for one evaluation
 * (taken from DynamicContext.currentDateTime, else the clock once per evaluation state).
 */
import { getImplicitTimezone } from '../atomic/index.js';
import { XDecimal } from '../decimal.js';
import type { DateTimeValue, DynamicContext, FunctionDef } from '../types.js';
import { XPathError } from '../types.js';
import { EMPTY, int } from '../xdm.js';
import { fn } from './util.js';

export const CODEPOINT_COLLATION = 'http://www.w3.org/2005/xpath-functions/collation/codepoint';

function focus(ctx: DynamicContext, name: string): void {
  if (ctx.contextItem === undefined) throw new XPathError('err:XPDY0002', `fn:${name}() needs a focus (context item)`);
}

/** The implicit timezone in minutes (DynamicContext, else the machine's). */
export function implicitTimezone(ctx: DynamicContext): number {
  // the same default as the atomic model's comparisons (UTC unless set), never the machine's timezone
  return ctx.implicitTimezone ?? getImplicitTimezone();
}

/** The current dateTime of the evaluation, with the implicit timezone. */
export function currentDateTime(ctx: DynamicContext): DateTimeValue {
  if (ctx.currentDateTime) return ctx.currentDateTime;
  const st = ctx.state as { steps: number; depth: number; now?: DateTimeValue } | undefined;
  if (st?.now) return st.now;
  const tz = implicitTimezone(ctx);
  const d = new Date(Date.now() + tz * 60_000);
  const now: DateTimeValue = {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: new XDecimal(d.getUTCSeconds() + d.getUTCMilliseconds() / 1000),
    tz,
  };
  if (st) st.now = now;
  return now;
}

export const functions: FunctionDef[] = [
  fn('position', 0, 0, (ctx) => (focus(ctx, 'position'), [int(ctx.position ?? 1)]), { usesFocus: true }),
  fn('last', 0, 0, (ctx) => (focus(ctx, 'last'), [int(ctx.size ?? 1)]), { usesFocus: true }),
  fn('current-dateTime', 0, 0, (ctx) => [{ type: 'xs:dateTime', value: currentDateTime(ctx) }]),
  fn('current-date', 0, 0, (ctx) => {
    const { year, month, day, tz } = currentDateTime(ctx);
    return [{ type: 'xs:date', value: { year, month, day, tz } as DateTimeValue }];
  }),
  fn('current-time', 0, 0, (ctx) => {
    const { hour, minute, second, tz } = currentDateTime(ctx);
    return [{ type: 'xs:time', value: { hour, minute, second, tz } as DateTimeValue }];
  }),
  fn('implicit-timezone', 0, 0, (ctx) => [
    { type: 'xs:dayTimeDuration', value: { months: 0, seconds: new XDecimal(implicitTimezone(ctx) * 60) } },
  ]),
  fn('default-collation', 0, 0, (ctx) => [{ type: 'xs:string', value: ctx.defaultCollation ?? CODEPOINT_COLLATION }]),
  fn('static-base-uri', 0, 0, (ctx) => (ctx.baseURI ? [{ type: 'xs:anyURI', value: ctx.baseURI }] : EMPTY)),
];

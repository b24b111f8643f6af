/**
 * F&O section 10.5.7-10.5.25 (component extraction from xs:dateTime, xs:date, xs:time), 10.7 (timezone adjustment:
 * fn:adjust-dateTime-to-timezone, fn:adjust-date-to-timezone, fn:adjust-time-to-timezone) and 5.2 (fn:dateTime).
 * fn:current-dateTime, fn:current-date, fn:current-time and fn:implicit-timezone read the dynamic context and are
 * in context.ts.
 *
 * Arguments: `params` declare the F&O signatures; the implementations also atomise and check the arguments
 * themselves. The implicit timezone is `ctx.implicitTimezone`, else the one set in atomic/compare.ts (UTC).
 */
import { XDecimal } from '../decimal.js';
import type { AtomicValue, DateTimeValue, DynamicContext, Duration, FunctionDef, Sequence } from '../types.js';
import { FN, XPathError } from '../types.js';
import { optTyped, st } from '../atomic/args.js';
import { getImplicitTimezone } from '../atomic/compare.js';
import { adjustTimezone, makeDateTime } from '../atomic/datetime.js';

const int = (n: number): AtomicValue => ({ type: 'xs:integer', value: new XDecimal(n) });

function tzDuration(tz: number): AtomicValue {
  return { type: 'xs:dayTimeDuration', value: { months: 0, seconds: new XDecimal(tz * 60) } };
}

function component(local: string, type: string, pick: (v: DateTimeValue) => AtomicValue | undefined): FunctionDef {
  return {
    ns: FN,
    local,
    minArgs: 1,
    maxArgs: 1,
    params: [st(type.slice(3), '?')],
    impl: (_ctx, args) => {
      const v = optTyped(args[0], type, `fn:${local}`);
      if (v === undefined) return [];
      const r = pick(v.value as DateTimeValue);
      return r === undefined ? [] : [r];
    },
  };
}

const year = (v: DateTimeValue) => int(v.year!);
const month = (v: DateTimeValue) => int(v.month!);
const day = (v: DateTimeValue) => int(v.day!);
const hours = (v: DateTimeValue) => int(v.hour!);
const minutes = (v: DateTimeValue) => int(v.minute!);
const seconds = (v: DateTimeValue): AtomicValue => ({ type: 'xs:decimal', value: v.second! });
const timezone = (v: DateTimeValue) => (v.tz === undefined ? undefined : tzDuration(v.tz));

/** The timezone argument of fn:adjust-*-to-timezone in minutes: err:FODT0003 outside -PT14H..PT14H or not whole minutes. */
function timezoneArg(ctx: DynamicContext, args: Sequence[], fname: string): number | undefined {
  if (args.length < 2) return ctx.implicitTimezone ?? getImplicitTimezone();
  const d = optTyped(args[1], 'xs:dayTimeDuration', fname);
  if (d === undefined) return undefined;
  const secs = (d.value as Duration).seconds;
  if (!secs.mod(60).isZero() || secs.abs().gt(14 * 3600))
    throw new XPathError('err:FODT0003', `${fname}: invalid timezone ${secs.toString()} seconds`);
  return secs.div(60).toNumber();
}

function adjust(local: string, type: string): FunctionDef {
  return {
    ns: FN,
    local,
    minArgs: 1,
    maxArgs: 2,
    params: [st(type.slice(3), '?'), st('dayTimeDuration', '?')],
    impl: (ctx, args) => {
      const v = optTyped(args[0], type, `fn:${local}`);
      if (v === undefined) return [];
      const tz = timezoneArg(ctx, args, `fn:${local}`);
      return [{ type, value: adjustTimezone(type, v.value as DateTimeValue, tz) }];
    },
  };
}

export const functions: FunctionDef[] = [
  // 5.2 fn:dateTime
  {
    ns: FN,
    local: 'dateTime',
    minArgs: 2,
    maxArgs: 2,
    params: [st('date', '?'), st('time', '?')],
    returns: st('dateTime', '?'),
    impl: (_ctx, args) => {
      const d = optTyped(args[0], 'xs:date', 'fn:dateTime');
      const t = optTyped(args[1], 'xs:time', 'fn:dateTime');
      if (d === undefined || t === undefined) return [];
      const dv = d.value as DateTimeValue;
      const tv = t.value as DateTimeValue;
      if (dv.tz !== undefined && tv.tz !== undefined && dv.tz !== tv.tz)
        throw new XPathError('err:FORG0008', 'fn:dateTime: the date and the time have different timezones');
      return [
        {
          type: 'xs:dateTime',
          value: makeDateTime(dv.year, dv.month, dv.day, tv.hour, tv.minute, tv.second, dv.tz ?? tv.tz),
        },
      ];
    },
  },
  component('year-from-dateTime', 'xs:dateTime', year),
  component('month-from-dateTime', 'xs:dateTime', month),
  component('day-from-dateTime', 'xs:dateTime', day),
  component('hours-from-dateTime', 'xs:dateTime', hours),
  component('minutes-from-dateTime', 'xs:dateTime', minutes),
  component('seconds-from-dateTime', 'xs:dateTime', seconds),
  component('timezone-from-dateTime', 'xs:dateTime', timezone),
  component('year-from-date', 'xs:date', year),
  component('month-from-date', 'xs:date', month),
  component('day-from-date', 'xs:date', day),
  component('timezone-from-date', 'xs:date', timezone),
  component('hours-from-time', 'xs:time', hours),
  component('minutes-from-time', 'xs:time', minutes),
  component('seconds-from-time', 'xs:time', seconds),
  component('timezone-from-time', 'xs:time', timezone),
  adjust('adjust-dateTime-to-timezone', 'xs:dateTime'),
  adjust('adjust-date-to-timezone', 'xs:date'),
  adjust('adjust-time-to-timezone', 'xs:time'),
];

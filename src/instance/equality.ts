/**
 * Equality predicates of XBRL 2.1 section 4.10 (s-equal, c-equal, u-equal, p-equal) and duplicate items,
 * implemented as canonical string keys: two contexts are c-equal exactly when their `contextKey`s are equal,
 * two units u-equal exactly when their `unitKey`s are equal. Grouping facts by such keys finds c-equal,
 * u-equal or duplicate facts in linear time (never by comparing every pair).
 *
 * What the keys take into account:
 * - period (section 4.7.2, 4.10 s-equal of xbrli:period): compared by value. A date-only `endDate` or `instant`
 *   means the END of that day (the following midnight), a date-only `startDate` its beginning, so
 *   `<instant>2024-12-31</instant>` equals `<instant>2025-01-01T00:00:00</instant>`. Time zones are normalised to
 *   UTC; a value without a time zone is never equal to one with a time zone (XML Schema leaves that indeterminate).
 * - entity: the scheme and the identifier (whitespace-collapsed, xs:token), and the segment, s-equal.
 * - segment and scenario: s-equal XML (section 4.10): same element names in the same order, the same attributes,
 *   x-equal text. Content of `xbrldi:explicitMember` and the `dimension` attribute of xbrldi members are QNames and
 *   are compared by expanded name, not by prefix. When the instance carries `declarations` (the taxonomy's global
 *   element declarations), the simple content of a declared element and its attributes whose types are known
 *   (`attributeTypes`) are compared by value in their XML Schema type (`1` = `+1.0` for xs:decimal, `0` = `false`
 *   for xs:boolean, a double NaN equals nothing, not even itself), and schema defaults (`default`/`fixed` of the
 *   element, `attributeDefaults`) are filled in as a schema-validating processor would (conformance 330, 302 V-11,
 *   V-12, 395 V-05, V-07). Otherwise content is compared lexically (whitespace-trimmed).
 * - unit: the multiset of numerator measures and of denominator measures (expanded names).
 */
import type { SimpleType } from '../compile/types.js';
import type { XmlElement } from '../xml/parse.js';
import { memoByText } from '../xml/memo.js';
import { resolveQName } from '../xml/parse.js';
import { builtinBase, checkSimpleValue, normalizeValue } from '../xml/xsd-datatypes.js';
import type { Context, DeclarationTyping, Fact, Instance, Period, Unit } from './types.js';

const XBRLDI_NS = 'http://xbrl.org/2006/xbrldi';
const EXPLICIT_MEMBER = `{${XBRLDI_NS}}explicitMember`;

// ---------------------------------------------------------------------------------------------- dates

const DATE_RE = /^(-?\d{4,})-(\d{2})-(\d{2})(Z|[+-]\d{2}:\d{2})?$/;
const DATE_TIME_RE = /^(-?\d{4,})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

function tzOffsetMinutes(tz: string): number {
  if (tz === 'Z') return 0;
  const sign = tz[0] === '-' ? -1 : 1;
  return sign * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6)));
}

/**
 * Canonical form of an xs:date or xs:dateTime period value as an instant in time, for comparison by value.
 * `endOfDay`: a date without a time stands for the end of that day (instant, endDate; XBRL 2.1 section 4.7.2),
 * otherwise for its start (startDate). Unparseable text yields `?<text>` (equal only to the same text).
 */
export function canonicalDateTime(text: string, endOfDay: boolean): string {
  return endOfDay ? endOfDayKey(text) : startOfDayKey(text);
}

// an instance repeats a few dates in thousands of contexts: each distinct text is converted once
const startOfDayKey = memoByText((text) => canonicalDateTimeOf(text, false));
const endOfDayKey = memoByText((text) => canonicalDateTimeOf(text, true));

function canonicalDateTimeOf(text: string, endOfDay: boolean): string {
  const v = text.trim();
  let y: number,
    mo: number,
    d: number,
    h = 0,
    mi = 0,
    s = 0;
  let frac = '';
  let tz: string | undefined;
  let m = DATE_RE.exec(v);
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]) + (endOfDay ? 1 : 0);
    tz = m[4];
  } else {
    m = DATE_TIME_RE.exec(v);
    if (!m) return `?${v}`;
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
    h = Number(m[4]);
    mi = Number(m[5]);
    s = Number(m[6]);
    frac = (m[7] ?? '').replace(/0+$/, '');
    if (frac === '.') frac = '';
    tz = m[8];
  }
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi - (tz ? tzOffsetMinutes(tz) : 0), s, 0);
  const ms = date.getTime();
  if (Number.isNaN(ms)) return `?${v}`;
  return `${ms}${frac}${tz ? 'Z' : ''}`;
}

/** Canonical key of a period: equal keys exactly when the periods are s-equal by value (section 4.10). */
export function periodKey(p: Period): string {
  switch (p.kind) {
    case 'instant':
      return `I${canonicalDateTime(p.instant, true)}`;
    case 'duration':
      return `D${canonicalDateTime(p.start, false)}/${canonicalDateTime(p.end, true)}`;
    case 'forever':
      return 'F';
  }
}

// ---------------------------------------------------------------------------------------------- typed values

/** Declarations by element key, for typed s-equality; see `Instance.declarations`. */
export type Declarations = Record<string, DeclarationTyping | undefined>;

let nanCounter = 0;
/** A key equal to no other key: NaN is not equal to any value, itself included (XML Schema Part 2 section 3.2.5). */
function uniqueKey(): string {
  return `NaN#${++nanCounter}`;
}

/** The primitive family of a built-in type: `decimal` for the integer types, `string` for token, ID, ... */
function familyOf(builtin: string): string {
  let b: string | undefined = builtin;
  for (let i = 0; b && i < 20; i++) {
    switch (b) {
      case 'decimal':
      case 'float':
      case 'double':
      case 'boolean':
      case 'QName':
      case 'NOTATION':
      case 'string':
      case 'anyURI':
      case 'date':
      case 'dateTime':
      case 'anySimpleType':
      case 'anyType':
        return b;
      case 'NMTOKENS':
      case 'IDREFS':
      case 'ENTITIES':
        return 'list';
    }
    const next = builtinBase(b);
    if (!next || next === 'anySimpleType') return b;
    b = next;
  }
  return 'anySimpleType';
}

function canonicalDecimalText(v: string): string {
  let neg = false;
  let s = v;
  if (s[0] === '+' || s[0] === '-') {
    neg = s[0] === '-';
    s = s.slice(1);
  }
  let [int = '', frac = ''] = s.split('.') as [string, string?];
  int = int.replace(/^0+/, '');
  frac = frac.replace(/0+$/, '');
  if (!int && !frac) return '0';
  return `${neg ? '-' : ''}${int || '0'}${frac ? '.' + frac : ''}`;
}

/**
 * Key of a value in the value space of `type` (x-equal, XBRL 2.1 section 4.10): equal keys exactly when the values
 * are equal. `el` resolves QName prefixes. A value that is not valid for the type is keyed by its normalised text.
 */
export function typedValueKey(lexical: string, type: SimpleType, el: XmlElement): string {
  const v = normalizeValue(lexical, type);
  if (checkSimpleValue(v, type, (p) => el.scope[p]) !== undefined) return `?${v}`;
  switch (type.variety) {
    case 'list':
      return `L[${v
        .split(' ')
        .filter(Boolean)
        .map((x) => typedValueKey(x, type.itemType, el))
        .join(' ')}]`;
    case 'union': {
      for (const m of type.memberTypes) {
        if (checkSimpleValue(normalizeValue(lexical, m), m, (p) => el.scope[p]) === undefined)
          return typedValueKey(lexical, m, el);
      }
      return `?${v}`;
    }
    case 'atomic':
      break;
  }
  const family = familyOf(type.builtin);
  switch (family) {
    case 'decimal':
      return `N${canonicalDecimalText(v)}`;
    case 'float':
    case 'double': {
      const n = v === 'INF' ? Infinity : v === '-INF' ? -Infinity : v === 'NaN' ? NaN : Number(v);
      if (Number.isNaN(n)) return uniqueKey();
      const x = family === 'float' ? Math.fround(n) : n;
      return `F${x === 0 ? 0 : x}`;
    }
    case 'boolean':
      return v === 'true' || v === '1' ? 'Btrue' : 'Bfalse';
    case 'QName':
    case 'NOTATION':
      return `Q${qnameKey(el, v)}`;
    case 'date':
      return `T${canonicalDateTime(v, false)}`;
    case 'dateTime':
      return `T${canonicalDateTime(v, false)}`;
    case 'list':
      return `L[${v.split(' ').filter(Boolean).join(' ')}]`;
    default:
      return `S${v}`;
  }
}

// ---------------------------------------------------------------------------------------------- XML s-equal

function qnameKey(el: XmlElement, value: string): string {
  const q = resolveQName(el, value);
  return q ? `{${q.ns}}${q.local}` : `?${value.trim()}`;
}

/**
 * Canonical key of an element for s-equality (XBRL 2.1 section 4.10): expanded name, attributes (sorted by
 * expanded name), x-equal text and child elements in order. QName-valued content of xbrldi:explicitMember and
 * the `dimension` attribute of xbrldi members are compared by expanded name. With `declarations`, a declared
 * element's simple content and typed attributes are compared by value, with schema defaults applied.
 */
export function elementKey(el: XmlElement, declarations?: Declarations): string {
  const xbrldi = el.ns === XBRLDI_NS && (el.local === 'explicitMember' || el.local === 'typedMember');
  const explicit = xbrldi && el.local === 'explicitMember';
  if (explicit && el.children.length === 0 && el.attrs.size === 1) {
    // the common explicit member, `dimension` its only attribute: the key the general case below makes, made directly
    const dimension = el.attrs.get('dimension');
    if (dimension !== undefined) {
      const member = qnameKey(el, el.text);
      return `<${EXPLICIT_MEMBER} ${JSON.stringify(`dimension=${qnameKey(el, dimension)}`)}>${member ? JSON.stringify(member) : ''}</>`;
    }
  }
  const name = `{${el.ns}}${el.local}`;
  const decl = declarations && !xbrldi ? declarations[el.ns ? name : el.local] : undefined;
  const attrTypes = decl?.attributeTypes;
  const attrs: string[] = [];
  for (const [k, v] of el.attrs) {
    let key: string;
    if (xbrldi && k === 'dimension') key = qnameKey(el, v);
    else {
      const t = attrTypes?.[k];
      key = t ? typedValueKey(v, t, el) : v.trim();
    }
    attrs.push(`${k}=${key}`);
  }
  const defaults = decl?.attributeDefaults;
  if (defaults) {
    for (const k of Object.keys(defaults)) {
      if (el.attrs.has(k)) continue;
      const t = attrTypes?.[k];
      const v = defaults[k]!;
      attrs.push(`${k}=${t ? typedValueKey(v, t, el) : v.trim()}`);
    }
  }
  attrs.sort();
  let text: string;
  if (explicit) text = qnameKey(el, el.text);
  else if (decl?.valueType && el.children.length === 0) {
    const dflt = decl.fixed ?? decl.default;
    const raw = el.text === '' && dflt !== undefined ? dflt : el.text;
    text = typedValueKey(raw, decl.valueType, el);
  } else {
    const dflt = decl ? (decl.fixed ?? decl.default) : undefined;
    text = el.children.length === 0 && el.text === '' && dflt !== undefined ? dflt.trim() : el.text.trim();
  }
  let key = `<${name}${attrs.length ? ' ' + attrs.map((a) => JSON.stringify(a)).join(' ') : ''}>`;
  if (text) key += JSON.stringify(text);
  for (const c of el.children) key += elementKey(c, declarations);
  return key + '</>';
}

/** s-equal (section 4.10) of two optional container elements (segment, scenario): both absent, or equal content. */
export function sEqualElement(
  a: XmlElement | undefined,
  b: XmlElement | undefined,
  declarations?: Declarations,
): boolean {
  return containerKey(a, declarations) === containerKey(b, declarations);
}

/** Key of a segment or scenario: the keys of its children (the container element itself does not matter). */
function containerKey(el: XmlElement | undefined, declarations?: Declarations): string {
  if (!el) return '';
  let k = '';
  for (const c of el.children) k += elementKey(c, declarations);
  return k || JSON.stringify(el.text.trim());
}

// ---------------------------------------------------------------------------------------------- contexts, units

/** Canonical c-equal key of a context (section 4.10): entity identifier and scheme, period by value, segment, scenario. */
export function contextKey(c: Context, declarations?: Declarations): string {
  const id = c.entity.identifier.trim().replace(/\s+/g, ' ');
  // The parts joined by U+0000, which none of them contains (no XML character is U+0000, XML 1.0 production [2];
  // element keys quote their text), so the key still tells the parts apart without quoting each.
  return `${c.entity.scheme.trim()}\u0000${id}\u0000${periodKey(c.period)}\u0000${containerKey(c.segment, declarations)}\u0000${containerKey(c.scenario, declarations)}`;
}

/** c-equal (section 4.10); `declarations` (e.g. `instance.declarations`) compare segment and scenario content by value. */
export function cEqual(a: Context, b: Context, declarations?: Declarations): boolean {
  return a === b || contextKey(a, declarations) === contextKey(b, declarations);
}

/** Canonical u-equal key of a unit (section 4.10): the multisets of numerator and denominator measures. */
export function unitKey(u: Unit): string {
  const num = u.numerator.map((m) => m.key).sort();
  const den = u.denominator.map((m) => m.key).sort();
  return JSON.stringify([num, den]);
}

/** u-equal (section 4.10). */
export function uEqual(a: Unit, b: Unit): boolean {
  return a === b || unitKey(a) === unitKey(b);
}

/** p-equal (section 4.10): same parent element (the same tuple fact, or both at the top level of the instance). */
export function pEqual(a: Fact, b: Fact): boolean {
  return a.parent === b.parent;
}

// ---------------------------------------------------------------------------------------------- per-instance index

/**
 * Keys for the facts of one instance, computed once per context and unit. Obtain with `equalityIndex(instance)`
 * (cached per instance object).
 */
export class EqualityIndex {
  private readonly ctxKeys = new Map<string, string>();
  private readonly unitKeys = new Map<string, string>();
  private readonly parentIds = new Map<Fact, number>();
  private readonly conceptIds = new Map<string, string>();
  private dupGroups: Fact[][] | undefined;
  private dupSet: Set<Fact> | undefined;

  constructor(readonly instance: Instance) {
    // The canonical keys are long (a context's is its whole content); each distinct one is numbered, and the facts'
    // keys are built from the short numbers: equal exactly when the canonical keys are.
    const numbering = () => {
      const numbered = new Map<string, string>();
      return (canonical: string): string => {
        let k = numbered.get(canonical);
        if (k === undefined) numbered.set(canonical, (k = String(numbered.size)));
        return k;
      };
    };
    const contextNumber = numbering();
    for (const [id, c] of instance.contexts) this.ctxKeys.set(id, contextNumber(contextKey(c, instance.declarations)));
    const unitNumber = numbering();
    for (const [id, u] of instance.units) this.unitKeys.set(id, unitNumber(unitKey(u)));
    let n = 0;
    for (const f of instance.facts) if (f.isTuple) this.parentIds.set(f, ++n);
  }

  /** c-equal key of the fact's context (equal keys exactly when c-equal); undefined when it has no (resolvable) context. */
  contextKeyOf(f: Fact): string | undefined {
    return f.contextRef === undefined ? undefined : this.ctxKeys.get(f.contextRef);
  }

  /**
   * u-equal key of the fact's unit (equal keys exactly when u-equal); '' for a fact without unitRef; undefined when
   * the unitRef does not resolve.
   */
  unitKeyOf(f: Fact): string | undefined {
    return f.unitRef === undefined ? '' : this.unitKeys.get(f.unitRef);
  }

  /**
   * A short key of a concept's expanded name, unique in this index: the keys that start with it are a few characters
   * instead of the namespace name and more (a 25 MB instance's duplicate and calculation keys were tens of MB).
   */
  conceptKey(concept: string): string {
    let k = this.conceptIds.get(concept);
    if (k === undefined) this.conceptIds.set(concept, (k = String(this.conceptIds.size)));
    return k;
  }

  /** p-equal key of a parent: '0' for the top level, else a number unique to that tuple fact. */
  parentKey(parent: Fact | undefined): string {
    if (!parent) return '0';
    let id = this.parentIds.get(parent);
    if (id === undefined) {
      id = this.parentIds.size + 1;
      this.parentIds.set(parent, id);
    }
    return String(id);
  }

  /**
   * Duplicate key of an item (section 4.10 "duplicate items"): same concept, p-equal, c-equal and (numeric) u-equal.
   * Undefined for tuples and for items whose context or unit does not resolve.
   */
  itemKey(f: Fact): string | undefined {
    if (f.isTuple || f.contextRef === undefined) return undefined;
    const c = this.contextKeyOf(f);
    const u = this.unitKeyOf(f);
    if (c === undefined || u === undefined) return undefined;
    return `${this.conceptKey(f.concept)}|${this.parentKey(f.parent)}|${c}|${u}`;
  }

  /** Groups of two or more duplicate items (section 4.10), in document order of their first fact. Nil facts count. */
  duplicateItems(): Fact[][] {
    if (!this.dupGroups) {
      // a fact alone under its key (most are) is kept as itself, not in an array of its own
      const byKey = new Map<string, Fact | Fact[]>();
      for (const f of this.instance.facts) {
        const k = this.itemKey(f);
        if (k === undefined) continue;
        const g = byKey.get(k);
        if (g === undefined) byKey.set(k, f);
        else if (Array.isArray(g)) g.push(f);
        else byKey.set(k, [g, f]);
      }
      // (a key keeps its place in the map when its value is replaced: groups in order of their first fact)
      const groups: Fact[][] = [];
      for (const g of byKey.values()) if (Array.isArray(g)) groups.push(g);
      this.dupGroups = groups;
      this.dupSet = new Set(this.dupGroups.flat());
    }
    return this.dupGroups;
  }

  /** Whether the item has a duplicate in the instance (section 4.10). */
  isDuplicate(f: Fact): boolean {
    if (!this.dupSet) this.duplicateItems();
    return this.dupSet!.has(f);
  }
}

const cache = new WeakMap<Instance, EqualityIndex>();

/** The equality index of an instance, built on first use and cached for the instance object. */
export function equalityIndex(instance: Instance): EqualityIndex {
  let ix = cache.get(instance);
  if (!ix) {
    ix = new EqualityIndex(instance);
    cache.set(instance, ix);
  }
  return ix;
}

/** Groups of duplicate items in an instance (section 4.10); see `EqualityIndex.duplicateItems`. */
export function findDuplicateItems(instance: Instance): Fact[][] {
  return equalityIndex(instance).duplicateItems();
}

/**
 * Inline XBRL 1.1 → XBRL 2.1: builds the target document(s) of an Inline XBRL Document Set (IXDS).
 *
 * Input: the XHTML documents of one IXDS, parsed with `parseXhtml` (mixed content in order). Output, per target
 * document (the default target, and one per distinct `target` attribute value):
 * - `xml`: the XBRL 2.1 instance as text (what `sbr extract -o` writes);
 * - `doc`: that text parsed with `parseXml`, to run through the ordinary pipeline; its URL is the URL of the XHTML
 *   document holding the target's ix:references, so relative hrefs resolve as they would in the IXDS;
 * - `sourceMap`: generated line → place in the XHTML (each fact, context, unit, footnote and every element copied
 *   from ix:resources starts its own line), so `remapFinding` turns findings on the generated document into
 *   findings on the ix element the accountant wrote.
 *
 * Constraints of the Inline XBRL 1.1 specification found while building are reported with codes in the form Arelle
 * uses (`ix11.<section>:<name>`, section of the element concerned: 4.1 continuation, 5.1 exclude, 6.1 footnote,
 * 7.1 fraction, 8.1 header, 9.1 hidden, 10.1 nonFraction, 11.1 nonNumeric, 12.1 references, 13.1 relationship,
 * 14.1 resources, 15.1 tuple; `.1` constraint, `.2`/`.3` validation). Transformations come from `./transforms.js`
 * (the Transformation Rules Registry); an unknown format is an error (`ix11.10.1.2:invalidTransformation`), never a
 * silent pass, and a value a transformation rejects carries the transformation module's code.
 */
import { Decimal } from 'decimal.js';
import { FatalInputError, type Finding, type MessageParams, type SourceLocation } from '../findings.js';
import { paramFinding } from '../messages/index.js';
import { parseXml, XML_NS, XSI_NS, type XmlDocument } from '../xml/parse.js';
import { elementChildren, ixDescendants, type IxDocument, type IxElement, type IxNode } from './xhtml.js';

export const IX_NS = 'http://www.xbrl.org/2013/inlineXBRL';
export const IX10_NS = 'http://www.xbrl.org/2008/inlineXBRL';
export const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const XBRLI = 'http://www.xbrl.org/2003/instance';
const LINK = 'http://www.xbrl.org/2003/linkbase';
const XLINK = 'http://www.w3.org/1999/xlink';
const FACT_FOOTNOTE = 'http://www.xbrl.org/2003/arcrole/fact-footnote';
const STD_LINK_ROLE = 'http://www.xbrl.org/2003/role/link';
const STD_FOOTNOTE_ROLE = 'http://www.xbrl.org/2003/role/footnote';

/** A transformation's value, or why not: an English `message` and, from src/ixbrl/transforms.ts, its message `params`. */
export type TransformResult =
  { ok: true; value: string } | { ok: false; code: string; message: string; params?: MessageParams };
export interface Transforms {
  applyTransform(ns: string, local: string, text: string): TransformResult;
  isKnownTransform(ns: string, local: string): boolean;
}

export interface ExtractOptions {
  /** Transformation registry: `loadTransforms()` (./transforms.js) or a stand-in in tests. */
  transforms: Transforms;
}

/**
 * Loads the Transformation Rules Registry module (./transforms.js, `applyTransform` and `isKnownTransform`).
 * Loaded on first use rather than imported statically, so that the rest of the validator keeps working for
 * plain XBRL instances should that module be missing or broken.
 * @throws FatalInputError `sbr:transformsUnavailable`
 */
export async function loadTransforms(): Promise<Transforms> {
  try {
    const m = (await import('./transforms.js')) as Partial<Transforms>;
    if (typeof m.applyTransform === 'function' && typeof m.isKnownTransform === 'function') {
      return { applyTransform: m.applyTransform, isKnownTransform: m.isKnownTransform };
    }
    throw new Error('it does not export applyTransform and isKnownTransform');
  } catch (e) {
    throw new FatalInputError(paramFinding('sbr:transformsUnavailable', 'error', { reason: (e as Error).message }));
  }
}

export interface ExtractedTarget {
  /** `null` for the default target document. */
  target: string | null;
  xml: string;
  doc: XmlDocument;
  /** Generated line (1-based) → source location. */
  sourceMap: Map<number, SourceLocation>;
  counts: { facts: number; contexts: number; units: number; footnotes: number };
}

export interface ExtractResult {
  targets: ExtractedTarget[];
  /** Inline XBRL findings (ix11.*, transformation errors). */
  findings: Finding[];
}

/** Code of a constraint in Arelle's form: `ix11.<section of the element>:<name>`. */
const SECT: Record<string, [string, string]> = {
  continuation: ['ix11.4.1.1', 'ix11.4.1.2'],
  exclude: ['ix11.5.1.1', 'ix11.5.1.2'],
  footnote: ['ix11.6.1.1', 'ix11.6.1.2'],
  fraction: ['ix11.7.1.2', 'ix11.7.1.3'],
  numerator: ['ix11.7.1.1', 'ix11.7.1.3'],
  denominator: ['ix11.7.1.1', 'ix11.7.1.3'],
  header: ['ix11.8.1.1', 'ix11.8.1.3'],
  hidden: ['ix11.9.1.1', 'ix11.9.1.2'],
  nonFraction: ['ix11.10.1.1', 'ix11.10.1.2'],
  nonNumeric: ['ix11.11.1.1', 'ix11.11.1.2'],
  references: ['ix11.12.1.1', 'ix11.12.1.2'],
  relationship: ['ix11.13.1.1', 'ix11.13.1.2'],
  resources: ['ix11.14.1.1', 'ix11.14.1.2'],
  tuple: ['ix11.15.1.1', 'ix11.15.1.2'],
};
export function ixCode(element: string, name: string, kind: 'constraint' | 'validation' = 'validation'): string {
  const s = SECT[element];
  return `${s ? s[kind === 'constraint' ? 0 : 1] : 'ix11'}:${name}`;
}
const SPEC_SECTION: Record<string, string> = {
  continuation: '4',
  exclude: '5',
  footnote: '6',
  fraction: '7',
  header: '8',
  hidden: '9',
  nonFraction: '10',
  nonNumeric: '11',
  references: '12',
  relationship: '13',
  resources: '14',
  tuple: '15',
};

function loc(el: IxElement): SourceLocation {
  return { file: el.doc.url, line: el.line, column: el.column };
}

const isIx = (e: IxElement, local?: string) => e.ns === IX_NS && (local === undefined || e.local === local);

/** Whether a document has any element in an Inline XBRL namespace (1.1 or 1.0). */
function hasIxMarkup(d: IxDocument): boolean {
  for (const el of ixDescendants(d.root)) if (el.ns === IX_NS || el.ns === IX10_NS) return true;
  return false;
}

// ---------------------------------------------------------------- text helpers

function escText(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;');
}
function escAttr(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** Text content in document order, skipping ix:exclude subtrees (Inline XBRL 1.1 section 5). */
function textOf(el: IxElement, out: string[] = []): string[] {
  for (const c of el.children) {
    if (typeof c === 'string') out.push(c);
    else if (!isIx(c, 'exclude')) textOf(c, out);
  }
  return out;
}

/** Markup of the content (escape="true"): XHTML elements serialised, ix elements unwrapped, ix:exclude dropped. */
function markupOf(el: IxElement, out: string[] = []): string[] {
  for (const c of el.children) {
    if (typeof c === 'string') out.push(c.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    else if (isIx(c)) {
      if (c.local !== 'exclude') markupOf(c, out);
    } else {
      const name = c.ns === XHTML_NS ? c.local : c.qname;
      let s = `<${name}`;
      for (const [k, v] of c.rawAttrs)
        s += ` ${k}="${v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"`;
      if (c.children.length === 0) out.push(s + '/>');
      else {
        out.push(s + '>');
        markupOf(c, out);
        out.push(`</${name}>`);
      }
    }
  }
  return out;
}

/** In-scope xml:lang of an element, if any. */
function langOf(el: IxElement): string | undefined {
  for (let e: IxElement | undefined = el; e; e = e.parent) {
    const l = e.attrs.get(`{${XML_NS}}lang`);
    if (l !== undefined) return l;
  }
  return undefined;
}

function resolveQName(el: IxElement, v: string | undefined): { ns: string; local: string; prefix: string } | undefined {
  if (v === undefined) return undefined;
  const s = v.trim();
  if (!/^([\p{L}_][\p{L}\p{N}_.\-\u00B7]*:)?[\p{L}_][\p{L}\p{N}_.\-\u00B7]*$/u.test(s)) return undefined;
  const i = s.indexOf(':');
  const prefix = i < 0 ? '' : s.slice(0, i);
  const ns = el.scope[prefix];
  if (ns === undefined) return undefined;
  return { ns, local: i < 0 ? s : s.slice(i + 1), prefix };
}

// ---------------------------------------------------------------- the generator

class Writer {
  readonly lines: string[] = [];
  readonly map = new Map<number, SourceLocation>();
  push(line: string, from?: IxElement): void {
    this.lines.push(line);
    if (from) this.map.set(this.lines.length, loc(from));
  }
}

interface FactRec {
  el: IxElement;
  kind: 'nonFraction' | 'nonNumeric' | 'fraction' | 'tuple';
  target: string | null;
  name?: { ns: string; local: string; prefix: string };
  order?: number;
  tupleParent?: FactRec;
  members: FactRec[];
}

export function extractIxds(docs: IxDocument[], options: ExtractOptions): ExtractResult {
  const tf: Transforms = options.transforms;
  const findings: Finding[] = [];
  /** A finding with the params of its message (src/messages: en-ix.ts, en-xbrl.ts). */
  const err = (code: string, params: MessageParams, el: IxElement | undefined, section?: string) => {
    const at = el ? loc(el) : { file: docs[0]?.url ?? '' };
    const spec = section ? `Inline XBRL 1.1 section ${section}` : 'Inline XBRL 1.1';
    findings.push(paramFinding(code, 'error', params, at, spec));
  };
  /** The finding `ixCode(el.local, name, kind)` (a code of src/messages/en-ix.ts IX_CODES) on `el`. */
  const errFor = (
    el: IxElement,
    name: string,
    params: MessageParams,
    kind: 'constraint' | 'validation' = 'validation',
  ) => err(ixCode(el.local, name, kind), params, el, SPEC_SECTION[el.local]);

  // ---- collect
  const ids = new Map<string, IxElement>();
  const headers: IxElement[] = [];
  const references = new Map<string | null, IxElement[]>();
  const contexts: IxElement[] = [];
  const units: IxElement[] = [];
  const roleRefs: IxElement[] = [];
  const continuations = new Map<string, IxElement>();
  const footnotes = new Map<string, IxElement>();
  const relationships: IxElement[] = [];
  const facts: FactRec[] = [];
  const factByEl = new Map<IxElement, FactRec>();
  const tuplesById = new Map<string, FactRec>();
  let hasResources = false;

  for (const d of docs) {
    // A member of a document set without any ix markup (Inline XBRL 1.1 section 3.1: a set of one or more Inline XBRL
    // documents): a warning, and the rest of the set is validated. A set without ix markup at all is refused before
    // extraction (inline-core.ts, sbr:notInlineXbrl).
    if (docs.length > 1 && !hasIxMarkup(d))
      findings.push(
        paramFinding(
          'sbr:documentWithoutInlineXbrl',
          'warning',
          { file: d.url, namespace: IX_NS, documents: docs.length },
          { file: d.url, line: d.root.line, column: d.root.column },
          'Inline XBRL 1.1 section 3.1',
        ),
      );
    for (const dup of d.duplicateIds) err('ix11:duplicateId', { id: dup.attrs.get('id') ?? '' }, dup);
    for (const el of ixDescendants(d.root)) {
      if (el.ns === IX10_NS) {
        findings.push(paramFinding('sbr:inlineXbrl10Unsupported', 'error', {}, loc(el), 'Inline XBRL 1.1'));
        continue;
      }
      const id = el.attrs.get('id');
      if (id !== undefined) {
        const prev = ids.get(id);
        if (prev && prev.doc !== el.doc) {
          const name = el.parent && isIx(el.parent, 'resources') ? 'resourceIdDuplication' : 'duplicateId';
          err(name === 'duplicateId' ? 'ix11:duplicateId' : ixCode('resources', name), { id, documentSet: true }, el);
        } else if (!prev) ids.set(id, el);
      }
      if (!isIx(el)) continue;
      const target = el.attrs.get('target') ?? null;
      switch (el.local) {
        case 'header':
          headers.push(el);
          for (const c of elementChildren(el)) {
            if (!isIx(c) || !['hidden', 'references', 'resources'].includes(c.local)) {
              errFor(el, 'childNodesAllowed', { child: c.qname }, 'constraint');
            }
          }
          break;
        case 'references': {
          if (!el.parent || !isIx(el.parent, 'header'))
            errFor(el, 'parentNodeRequired', { element: 'ix:references', parent: 'ix:header' }, 'constraint');
          const list = references.get(target) ?? [];
          list.push(el);
          references.set(target, list);
          break;
        }
        case 'resources':
          hasResources = true;
          if (!el.parent || !isIx(el.parent, 'header'))
            errFor(el, 'parentNodeRequired', { element: 'ix:resources', parent: 'ix:header' }, 'constraint');
          for (const c of elementChildren(el)) {
            if (c.ns === XBRLI && c.local === 'context') contexts.push(c);
            else if (c.ns === XBRLI && c.local === 'unit') units.push(c);
            else if (c.ns === LINK && (c.local === 'roleRef' || c.local === 'arcroleRef')) roleRefs.push(c);
            else if (isIx(c, 'relationship')) relationships.push(c);
          }
          break;
        case 'continuation':
          if (id === undefined)
            errFor(el, 'attributeRequired', { element: 'ix:continuation', attribute: 'id' }, 'constraint');
          else continuations.set(id, el);
          for (let a = el.parent; a; a = a.parent)
            if (isIx(a, 'hidden'))
              errFor(el, 'ancestorNodeDisallowed', { element: 'ix:continuation', ancestor: 'ix:hidden' }, 'constraint');
          break;
        case 'footnote':
          if (id === undefined)
            errFor(el, 'attributeRequired', { element: 'ix:footnote', attribute: 'id' }, 'constraint');
          else footnotes.set(id, el);
          break;
        case 'relationship':
          if (!el.parent || !isIx(el.parent, 'resources'))
            errFor(el, 'parentNodeRequired', { element: 'ix:relationship', parent: 'ix:resources' }, 'constraint');
          break;
        case 'exclude': {
          let ok = false;
          for (let a = el.parent; a; a = a.parent)
            if (isIx(a) && ['continuation', 'footnote', 'nonNumeric'].includes(a.local)) ok = true;
          if (!ok) errFor(el, 'excludeMisplaced', {}, 'constraint');
          break;
        }
        case 'nonFraction':
        case 'nonNumeric':
        case 'fraction':
        case 'tuple': {
          if (el.local === 'fraction' && el.parent && isIx(el.parent, 'fraction')) {
            // nested fraction: part of its parent's value, not a fact of its own
            break;
          }
          const rec: FactRec = { el, kind: el.local, target, members: [] };
          const nm = el.attrs.get('name');
          if (nm === undefined)
            errFor(el, 'attributeRequired', { element: `ix:${el.local}`, attribute: 'name' }, 'constraint');
          else {
            rec.name = resolveQName(el, nm);
            if (!rec.name) errFor(el, 'invalidName', { element: `ix:${el.local}`, name: nm });
          }
          const ord = el.attrs.get('order');
          if (ord !== undefined) {
            const n = Number(ord.trim());
            if (ord.trim() === '' || !Number.isFinite(n)) errFor(el, 'orderInvalid', { order: ord });
            else rec.order = n;
          }
          if (el.local !== 'tuple') {
            if (el.attrs.get('contextRef') === undefined)
              errFor(el, 'attributeRequired', { element: `ix:${el.local}`, attribute: 'contextRef' }, 'constraint');
            if (el.local !== 'nonNumeric' && el.attrs.get('unitRef') === undefined)
              errFor(el, 'attributeRequired', { element: `ix:${el.local}`, attribute: 'unitRef' }, 'constraint');
          }
          if (el.local === 'tuple') {
            const tid = el.attrs.get('tupleID');
            if (tid !== undefined) {
              if (tuplesById.has(tid)) errFor(el, 'tupleIdDuplication', { tupleId: tid });
              else tuplesById.set(tid, rec);
            }
          }
          facts.push(rec);
          factByEl.set(el, rec);
          break;
        }
        default:
          if (!['hidden', 'numerator', 'denominator'].includes(el.local))
            err('ix11:elementUnknown', { element: `ix:${el.local}` }, el);
      }
    }
  }
  if (!headers.length) err(ixCode('header', 'missingHeader'), {}, docs[0]?.root, '8');
  else if (!hasResources) err(ixCode('resources', 'missingResources'), {}, headers[0], '14');

  // ---- tuple membership (tupleRef or nearest ix ancestor being a tuple)
  for (const f of facts) {
    const tref = f.el.attrs.get('tupleRef');
    let parent: FactRec | undefined;
    if (tref !== undefined) {
      parent = tuplesById.get(tref);
      if (!parent) errFor(f.el, 'tupleRefMissing', { tupleRef: tref });
    } else {
      for (let a = f.el.parent; a; a = a.parent) {
        if (isIx(a)) {
          if (a.local === 'tuple') parent = factByEl.get(a);
          break;
        }
      }
    }
    if (!parent) continue;
    if (f.order === undefined) errFor(f.el, 'tupleMemberOrderMissing', { concept: f.el.attrs.get('name') ?? '' });
    if (parent.target !== f.target)
      errFor(f.el, 'tupleMemberDifferentTarget', { concept: f.el.attrs.get('name') ?? '' });
    f.tupleParent = parent;
    parent.members.push(f);
  }
  for (const t of facts) {
    if (t.kind !== 'tuple') continue;
    t.members.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    // a tuple must not (indirectly) contain itself
    const seen = new Set<FactRec>([t]);
    for (let p = t.tupleParent; p; p = p.tupleParent) {
      if (seen.has(p)) {
        errFor(t.el, 'tupleNestingCycle', { concept: t.el.attrs.get('name') ?? '' });
        t.tupleParent = undefined;
        p.members = p.members.filter((m) => m !== t);
        break;
      }
      seen.add(p);
    }
  }

  // ---- continuation chains
  const referenced = new Map<IxElement, IxElement>();
  const chainOf = (start: IxElement): IxElement[] => {
    const chain = [start];
    let at = start.attrs.get('continuedAt');
    while (at !== undefined) {
      const c = continuations.get(at);
      if (!c) {
        const other = ids.get(at);
        if (other) errFor(start, 'continuationTarget', { continuedAt: at, element: other.qname });
        else errFor(start, 'continuationMissing', { continuedAt: at });
        break;
      }
      if (chain.includes(c)) {
        errFor(start, 'continuationCycle', { chain: chain.map((e) => e.attrs.get('continuedAt') ?? '') });
        break;
      }
      const prevRef = referenced.get(c);
      if (prevRef && prevRef !== chain[chain.length - 1]) {
        err(ixCode('continuation', 'continuationReferences'), { id: at }, c, '4');
      }
      referenced.set(c, chain[chain.length - 1]!);
      chain.push(c);
      at = c.attrs.get('continuedAt');
    }
    const set = new Set(chain);
    for (const e of chain) {
      for (let a = e.parent; a; a = a.parent) {
        if (set.has(a)) {
          err(ixCode(e.local, 'continuationChainNested'), {}, e, SPEC_SECTION[e.local]);
          break;
        }
      }
    }
    return chain;
  };
  const chains = new Map<IxElement, IxElement[]>();
  for (const f of facts) if (f.kind === 'nonNumeric') chains.set(f.el, chainOf(f.el));
  for (const fn of footnotes.values()) chains.set(fn, chainOf(fn));
  for (const c of continuations.values()) {
    if (!referenced.has(c))
      err(ixCode('continuation', 'continuationNotReferenced'), { id: c.attrs.get('id') ?? '' }, c, '4');
  }

  // ---- values
  /** ix:nonFraction elements whose content breaks section 10.1 (reported; their text is not transformed). */
  const badContent = new Set<IxElement>();
  const transform = (el: IxElement, text: string): string | undefined => {
    const fmt = el.attrs.get('format');
    if (fmt === undefined) return text;
    const q = resolveQName(el, fmt);
    const sect = el.local === 'numerator' || el.local === 'denominator' ? 'fraction' : el.local;
    if (!q || !tf.isKnownTransform(q.ns, q.local)) {
      err(
        ixCode(sect, 'invalidTransformation'),
        { format: fmt, ...(q ? { qname: `{${q.ns}}${q.local}` } : {}) },
        el,
        SPEC_SECTION[sect],
      );
      return undefined;
    }
    const r = tf.applyTransform(q.ns, q.local, text);
    if (!r.ok) {
      const shown = text.trim().slice(0, 80);
      err(r.code, { ...r.params, fmt, text: shown }, el, SPEC_SECTION[sect]);
      return undefined;
    }
    return r.value;
  };
  const isNil = (el: IxElement) => {
    const v = el.attrs.get(`{${XSI_NS}}nil`)?.trim();
    return v === 'true' || v === '1';
  };
  /** Largest |scale| applied (Inline XBRL 1.1 section 4.1.6 sets no bound; legitimate scales are single digits). */
  const MAX_SCALE = 1000;
  const numericValue = (el: IxElement): string => {
    const text = textOf(el).join('');
    if (badContent.has(el)) return text.trim(); // reported by the content rules above; not transformed
    let v = transform(el, el.attrs.get('format') === undefined ? text.trim() : text);
    if (v === undefined) return text.trim(); // reported; the raw text goes on so the fact is still checked
    const scale = el.attrs.get('scale');
    if (scale !== undefined && scale.trim() !== '' && scale.trim() !== '0') {
      const s = Number(scale.trim());
      if (!Number.isInteger(s)) errFor(el, 'scaleInvalid', { scale });
      // written out, 10^999999999 is a billion digits (a hang found by fuzzing, issue 17): a processor limit, coded
      else if (Math.abs(s) > MAX_SCALE)
        findings.push(
          paramFinding(
            'sbr:scaleTooLarge',
            'error',
            { scale: scale.trim(), limit: MAX_SCALE },
            loc(el),
            'Inline XBRL 1.1',
          ),
        );
      else if (/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v.trim()))
        v = new Decimal(v.trim()).times(new Decimal(10).pow(s)).toFixed();
    }
    if (el.attrs.get('sign') !== undefined) {
      if (el.attrs.get('sign') !== '-') errFor(el, 'signInvalid', { sign: el.attrs.get('sign') ?? '' }, 'constraint');
      else v = '-' + v.trim().replace(/^[+]/, '');
    }
    return v.trim();
  };

  // nonFraction content (Inline XBRL 1.1 section 10.1): checked on the element as written, before any transformation,
  // whatever its format; a fact whose content breaks these rules is not transformed (its raw text goes on), so that the
  // transformation's error does not repeat the content error.
  for (const f of facts) {
    if (f.kind !== 'nonFraction') continue;
    const el = f.el;
    const kids = elementChildren(el);
    const hasText = el.children.some((c) => typeof c === 'string' && c.trim() !== '');
    const name = el.attrs.get('name') ?? '';
    if (isNil(el)) {
      if (kids.length || hasText) {
        badContent.add(el);
        findings.push(
          paramFinding(
            'ix11.10.1.1:nonFractionNilContent',
            'error',
            { concept: name },
            loc(el),
            'Inline XBRL 1.1 section 10.1.1',
          ),
        );
      }
      let up = el.parent;
      while (up && !isIx(up, 'nonFraction')) up = up.parent;
      if (up)
        findings.push(
          paramFinding(
            'ix11.10.1.2:nestedNonFractionIsNil',
            'error',
            { concept: name, outer: up.attrs.get('name') ?? '' },
            loc(el),
            'Inline XBRL 1.1 section 10.1.2',
          ),
        );
      continue;
    }
    if (kids.length > 1 || (kids.length === 1 && (hasText || !isIx(kids[0]!, 'nonFraction')))) {
      badContent.add(el);
      errFor(el, 'nonFractionChildren', {}, 'constraint');
    } else if (kids.length === 1) {
      const inner = kids[0]!;
      const differ = (['format', 'scale', 'unitRef'] as const).filter((a) => {
        const norm = (v: string | undefined) => (a === 'scale' ? String(Number(v?.trim() || '0')) : v?.trim());
        return norm(inner.attrs.get(a)) !== norm(el.attrs.get(a));
      });
      if (differ.length) {
        badContent.add(el);
        findings.push(
          paramFinding(
            'ix11.10.1.2:nestedNonFractionProperties',
            'error',
            {
              concept: inner.attrs.get('name') ?? '',
              outer: name,
              attributes: differ.map((a) => ({
                name: a,
                inner: inner.attrs.get(a) ?? '',
                outer: el.attrs.get(a) ?? '',
              })),
            },
            loc(inner),
            'Inline XBRL 1.1 section 10.1.2',
          ),
        );
      }
    }
  }
  for (const f of facts) {
    if (f.kind !== 'fraction' || isNil(f.el)) continue;
    let num = 0;
    let den = 0;
    const walk = (e: IxElement) => {
      for (const c of elementChildren(e)) {
        if (isIx(c, 'numerator')) num++;
        else if (isIx(c, 'denominator')) den++;
        else if (!isIx(c, 'fraction')) walk(c);
      }
    };
    walk(f.el);
    if (num !== 1 || den !== 1) errFor(f.el, 'fractionChildren', {}, 'constraint');
  }

  // ---- targets
  const targetNames = new Set<string | null>([null]);
  for (const f of facts) targetNames.add(f.target);
  for (const t of references.keys()) targetNames.add(t);
  if (references.size === 0) err(ixCode('references', 'missingReferences'), {}, headers[0] ?? docs[0]?.root, '12');
  for (const t of targetNames) {
    if (!references.has(t) && (t !== null || facts.some((f) => f.target === null))) {
      if (references.size)
        err(
          ixCode('references', 'missingReferenceTargets'),
          t === null ? {} : { target: t },
          facts.find((f) => f.target === t)?.el ?? docs[0]?.root,
          '12',
        );
    }
  }

  // contexts/units used per target; unused ones go to the default target
  const usedBy = (attr: 'contextRef' | 'unitRef') => {
    const m = new Map<string, Set<string | null>>();
    for (const f of facts) {
      const els = [f.el];
      if (f.kind === 'fraction') for (const e of ixDescendants(f.el)) if (isIx(e, 'fraction')) els.push(e);
      for (const e of els) {
        const r = e.attrs.get(attr)?.trim();
        if (r === undefined) continue;
        const s = m.get(r) ?? new Set();
        s.add(f.target);
        m.set(r, s);
      }
    }
    return m;
  };
  const ctxUse = usedBy('contextRef');
  const unitUse = usedBy('unitRef');

  const targets: ExtractedTarget[] = [];
  for (const target of targetNames) {
    const refs = references.get(target) ?? [];
    const tfacts = facts.filter((f) => f.target === target);
    if (target !== null && !tfacts.length && !refs.length) continue;
    if (target === null && !tfacts.length && !refs.length && targetNames.size > 1) continue;
    const w = new Writer();
    const primary = refs[0] ?? tfacts[0]?.el ?? docs[0]!.root;
    // root namespaces: the scope of the html root, then of the ix:references (later wins), without the default
    const rootNs: Record<string, string> = {};
    const addScope = (el: IxElement) => {
      for (const p in el.scope) if (p !== '' && p !== 'xml') rootNs[p] = el.scope[p]!;
    };
    addScope(primary.doc.root);
    for (const r of refs) addScope(r);
    rootNs['xbrli'] ??= XBRLI;
    rootNs['link'] ??= LINK;
    rootNs['xlink'] ??= XLINK;
    rootNs['xsi'] ??= XSI_NS;
    const nsPrefixes = new Map<string, string>();
    for (const [p, u] of Object.entries(rootNs)) if (!nsPrefixes.has(u)) nsPrefixes.set(u, p);
    const prefixFor = (ns: string): string => {
      const p = nsPrefixes.get(ns);
      if (p !== undefined) return p;
      let i = 0;
      while (rootNs[`ns${i}`] !== undefined) i++;
      rootNs[`ns${i}`] = ns;
      nsPrefixes.set(ns, `ns${i}`);
      return `ns${i}`;
    };
    const xb = prefixFor(XBRLI);
    const lk = prefixFor(LINK);
    const xl = prefixFor(XLINK);
    const xsi = prefixFor(XSI_NS);

    // declarations an element needs beyond the root's
    const extraDecls = (el: IxElement): string => {
      let s = '';
      for (const p in el.scope) {
        if (p === 'xml') continue;
        const u = el.scope[p]!;
        if (p === '' ? u !== '' : rootNs[p] !== u)
          s += p === '' ? ` xmlns="${escAttr(u)}"` : ` xmlns:${p}="${escAttr(u)}"`;
      }
      return s;
    };
    // copies an element subtree (contexts, units, refs, footnote content), one line per element in element-only content
    const copy = (el: IxElement, top: boolean, inline: boolean, out: string[] | undefined) => {
      let s = `<${el.qname}${top ? extraDecls(el) : el.nsDecls.map(([p, u]) => (p ? ` xmlns:${p}="${escAttr(u)}"` : ` xmlns="${escAttr(u)}"`)).join('')}`;
      for (const [k, v] of el.rawAttrs) s += ` ${k}="${escAttr(v)}"`;
      const mixed = el.children.some((c) => typeof c === 'string' && c.trim() !== '');
      const hasEls = el.children.some((c) => typeof c !== 'string');
      if (inline || out) {
        const o = out ?? [];
        if (!el.children.length) o.push(s + '/>');
        else {
          o.push(s + '>');
          for (const c of el.children) {
            if (typeof c === 'string') o.push(escText(c));
            else copy(c, false, true, o);
          }
          o.push(`</${el.qname}>`);
        }
        return;
      }
      if (!el.children.length) return w.push(s + '/>', el);
      if (mixed || !hasEls) {
        const o: string[] = [s + '>'];
        for (const c of el.children) {
          if (typeof c === 'string') o.push(escText(c));
          else copy(c, false, true, o);
        }
        o.push(`</${el.qname}>`);
        return w.push(o.join(''), el);
      }
      w.push(s + '>', el);
      for (const c of el.children) if (typeof c !== 'string') copy(c, false, false, undefined);
      w.push(`</${el.qname}>`);
    };

    // header line(s)
    w.push('<?xml version="1.0" encoding="utf-8"?>');
    const rootAttrs: string[] = [];
    for (const r of refs) {
      for (const [k, v] of r.rawAttrs) {
        if (k === 'id' || k === 'target' || !k.includes(':')) continue;
        const full = [...r.attrs.entries()].find(([, vv]) => vv === v)?.[0] ?? '';
        if (full.startsWith(`{${IX_NS}}`) || full === `{${XML_NS}}base`) continue;
        if (!rootAttrs.some((a) => a.startsWith(`${k}=`))) rootAttrs.push(`${k}="${escAttr(v)}"`);
      }
    }
    const rootLang = refs.map((r) => r.attrs.get(`{${XML_NS}}lang`)).find((x) => x !== undefined);
    const rootIndex = w.lines.length;
    w.push('', primary); // placeholder for the root start tag (namespaces known only at the end)
    for (const r of refs) for (const c of elementChildren(r)) copy(c, true, false, undefined);
    for (const r of roleRefs) copy(r, true, false, undefined);
    let nContexts = 0;
    let nUnits = 0;
    const wanted = (use: Map<string, Set<string | null>>, id: string | undefined) => {
      const u = id === undefined ? undefined : use.get(id);
      return u ? u.has(target) : target === null;
    };
    for (const c of contexts)
      if (wanted(ctxUse, c.attrs.get('id'))) {
        copy(c, true, false, undefined);
        nContexts++;
      }
    for (const u of units)
      if (wanted(unitUse, u.attrs.get('id'))) {
        copy(u, true, false, undefined);
        nUnits++;
      }

    // facts
    let nFacts = 0;
    const factName = (f: FactRec): string => {
      const n = f.name!;
      const p = n.prefix && rootNs[n.prefix] === n.ns ? n.prefix : prefixFor(n.ns);
      return `${p}:${n.local}`;
    };
    const factAttrs = (el: IxElement): string => {
      let s = '';
      for (const [k, v] of el.rawAttrs) {
        const i = k.indexOf(':');
        if (i < 0) {
          if (['id', 'contextRef', 'unitRef', 'decimals', 'precision'].includes(k)) s += ` ${k}="${escAttr(v)}"`;
          continue;
        }
        const ns = el.scope[k.slice(0, i)];
        if (ns === IX_NS || ns === XHTML_NS) continue;
        if (ns === XSI_NS) {
          if (k.slice(i + 1) === 'nil') s += ` ${xsi}:nil="${escAttr(v)}"`;
          continue;
        }
        if (ns === XML_NS) {
          s += ` ${k}="${escAttr(v)}"`;
          continue;
        }
        s += ` ${prefixFor(ns!)}:${k.slice(i + 1)}="${escAttr(v)}"`;
      }
      return s;
    };
    const emit = (f: FactRec) => {
      if (!f.name) return;
      nFacts++;
      const name = factName(f);
      const el = f.el;
      let attrs = factAttrs(el);
      if (f.kind === 'tuple') {
        if (!f.members.length) return w.push(`<${name}${attrs}/>`, el);
        w.push(`<${name}${attrs}>`, el);
        for (const m of f.members) emit(m);
        w.push(`</${name}>`);
        return;
      }
      if (isNil(el)) return w.push(`<${name}${attrs}/>`, el);
      if (f.kind === 'nonFraction') return w.push(`<${name}${attrs}>${escText(numericValue(el))}</${name}>`, el);
      if (f.kind === 'fraction') {
        let num: IxElement | undefined;
        let den: IxElement | undefined;
        for (const e of ixDescendants(el)) {
          if (isIx(e, 'numerator')) num ??= e;
          else if (isIx(e, 'denominator')) den ??= e;
        }
        const part = (e: IxElement | undefined) =>
          e ? (transform(e, textOf(e).join('')) ?? textOf(e).join('')).trim() : '';
        return w.push(
          `<${name}${attrs}><${xb}:numerator>${escText(part(num))}</${xb}:numerator><${xb}:denominator>${escText(part(den))}</${xb}:denominator></${name}>`,
          el,
        );
      }
      // nonNumeric
      const chain = chains.get(el) ?? [el];
      const escape = ['true', '1'].includes((el.attrs.get('escape') ?? '').trim());
      let value = escape
        ? chain.map((e) => markupOf(e).join('')).join('')
        : chain.map((e) => textOf(e).join('')).join('');
      if (el.attrs.get('format') !== undefined) value = transform(el, value) ?? value;
      const lang = langOf(el);
      if (lang !== undefined && lang !== rootLang && el.attrs.get(`{${XML_NS}}lang`) === undefined)
        attrs += ` xml:lang="${escAttr(lang)}"`;
      w.push(`<${name}${attrs}>${escText(value)}</${name}>`, el);
    };
    for (const f of tfacts) if (!f.tupleParent) emit(f);

    // footnotes and relationships (ix:relationship), one footnoteLink per link role
    const factIds = new Set(tfacts.map((f) => f.el.attrs.get('id')).filter((x): x is string => x !== undefined));
    const byRole = new Map<string, IxElement[]>();
    for (const r of relationships) {
      const from = (r.attrs.get('fromRefs') ?? '').split(/\s+/).filter(Boolean);
      const to = (r.attrs.get('toRefs') ?? '').split(/\s+/).filter(Boolean);
      for (const id of [...from, ...to]) {
        if (!ids.has(id)) errFor(r, 'relationshipReferenceMissing', { ref: id });
      }
      if (!from.some((id) => factIds.has(id))) continue;
      const role = r.attrs.get('linkRole') ?? STD_LINK_ROLE;
      byRole.set(role, [...(byRole.get(role) ?? []), r]);
    }
    let nFootnotes = 0;
    for (const [role, rels] of byRole) {
      w.push(`<${lk}:footnoteLink ${xl}:type="extended" ${xl}:role="${escAttr(role)}">`, rels[0]);
      const locs = new Set<string>();
      const res = new Set<string>();
      const arcs: string[] = [];
      for (const r of rels) {
        const arcrole = r.attrs.get('arcrole') ?? FACT_FOOTNOTE;
        const from = (r.attrs.get('fromRefs') ?? '').split(/\s+/).filter((id) => factIds.has(id));
        const to = (r.attrs.get('toRefs') ?? '').split(/\s+/).filter(Boolean);
        for (const id of from)
          if (!locs.has(id)) {
            locs.add(id);
            w.push(
              `<${lk}:loc ${xl}:type="locator" ${xl}:href="#${escAttr(id)}" ${xl}:label="${escAttr(id)}"/>`,
              ids.get(id),
            );
          }
        for (const id of to) {
          const fn = footnotes.get(id);
          if (fn) {
            if (res.has(id)) continue;
            res.add(id);
            nFootnotes++;
            const fr = fn.attrs.get('footnoteRole') ?? STD_FOOTNOTE_ROLE;
            const lang = langOf(fn);
            const content = (chains.get(fn) ?? [fn])
              .map((e) => {
                const o: string[] = [];
                for (const c of e.children) {
                  if (typeof c === 'string') o.push(escText(c));
                  else if (isIx(c)) o.push(...(isIx(c, 'exclude') ? [] : [escText(textOf(c).join(''))]));
                  else copy(c, true, true, o);
                }
                return o.join('');
              })
              .join('');
            w.push(
              `<${lk}:footnote ${xl}:type="resource" ${xl}:label="${escAttr(id)}" ${xl}:role="${escAttr(fr)}"${lang !== undefined ? ` xml:lang="${escAttr(lang)}"` : ''} id="${escAttr(id)}">${content}</${lk}:footnote>`,
              fn,
            );
          } else if (factIds.has(id) && !locs.has(id)) {
            locs.add(id);
            w.push(
              `<${lk}:loc ${xl}:type="locator" ${xl}:href="#${escAttr(id)}" ${xl}:label="${escAttr(id)}"/>`,
              ids.get(id),
            );
          }
        }
        for (const f of from)
          for (const t of to)
            if (footnotes.has(t) || factIds.has(t))
              arcs.push(
                `<${lk}:footnoteArc ${xl}:type="arc" ${xl}:arcrole="${escAttr(arcrole)}" ${xl}:from="${escAttr(f)}" ${xl}:to="${escAttr(t)}"/>`,
              );
        for (const a of arcs.splice(0)) w.push(a, r);
      }
      w.push(`</${lk}:footnoteLink>`);
    }
    w.push(`</${xb}:xbrl>`);

    let root = `<${xb}:xbrl`;
    for (const [p, u] of Object.entries(rootNs)) root += ` xmlns:${p}="${escAttr(u)}"`;
    if (rootLang !== undefined && !rootAttrs.some((a) => a.startsWith('xml:lang=')))
      rootAttrs.push(`xml:lang="${escAttr(rootLang)}"`);
    if (rootAttrs.length) root += ' ' + rootAttrs.join(' ');
    w.lines[rootIndex] = root + '>';
    const xml = w.lines.join('\n') + '\n';
    const doc = parseXml(xml, primary.doc.url);
    targets.push({
      target,
      xml,
      doc,
      sourceMap: w.map,
      counts: { facts: nFacts, contexts: nContexts, units: nUnits, footnotes: nFootnotes },
    });
  }
  return { targets, findings };
}

/**
 * Maps a finding on the generated instance (`file === generatedUrl`) to the ix element it came from, and so the facts
 * its formula assertion bound (`assertion.facts`, each at its line of the generated instance): the place of each is the
 * Inline XBRL document's element, as the finding's own. Other findings and facts are returned as they are.
 */
export function remapFinding(f: Finding, generatedUrl: string, map: Map<number, SourceLocation>): Finding {
  if (!map.size) return f;
  const facts = f.assertion?.facts;
  const out = f.file === generatedUrl ? { ...f, ...remapLocation(f.line, map) } : f;
  if (!facts?.some((x) => x.file === generatedUrl)) return out;
  const remapped = facts.map((x) => (x.file === generatedUrl ? { ...x, ...remapLocation(x.line, map) } : x));
  return { ...out, assertion: { ...f.assertion!, facts: remapped } };
}

/** The XHTML place of a line of the generated instance: the mapped line at or before it (else the first mapped). */
function remapLocation(generatedLine: number, map: Map<number, SourceLocation>): SourceLocation {
  let line = generatedLine;
  while (line > 0 && !map.has(line)) line--;
  const to = map.get(line) ?? map.values().next().value!;
  return { file: to.file, line: to.line, column: to.column };
}

export type { IxDocument, IxElement, IxNode };

/**
 * Compact storage of the three large sections of a compiled taxonomy (what makes the first validation with an
 * artifact fast): relationships and resources as flat number arrays over a string table, concepts with their
 * repeated parts (value types, attribute types and defaults, substitution-group chains, file URLs) stored once.
 * Decoding rebuilds the same plain objects, with the same keys in the same order; repeated parts become shared
 * (frozen) objects. A section whose objects carry keys the codec does not know is stored as plain JSON instead.
 */
import type { Concept, Network, Relationship, Resource } from '../compile/types.js';

const REL_KEYS = ['from', 'to', 'order', 'priority', 'attributes', 'file', 'line', 'column'];
const RES_KEYS = new Set(['element', 'text', 'file', 'line', 'column', 'role', 'lang', 'id']);
const NET_KEYS = ['arcrole', 'role', 'link', 'arc', 'relationships'];
/** Concept fields stored once in a table and referenced by index. */
const SHARED_CONCEPT_FIELDS = [
  'file',
  'substitutionGroups',
  'valueType',
  'attributeDefaults',
  'attributeTypes',
  'allowedAttributes',
  'requiredAttributes',
  'otherAttributes',
  'content',
];

class Table {
  readonly items: unknown[] = [];
  readonly #index = new Map<string, number>();
  add(v: unknown): number {
    const k = typeof v === 'string' ? `s${v}` : `j${JSON.stringify(v)}`;
    let i = this.#index.get(k);
    if (i === undefined) {
      i = this.items.length;
      this.items.push(v);
      this.#index.set(k, i);
    }
    return i;
  }
}

const sameKeys = (o: object, keys: string[]) => {
  const k = Object.keys(o);
  return k.length === keys.length && k.every((x, i) => x === keys[i]);
};

/** The stored form of a section (`{ codec, ... }`), or the value itself when no codec applies. */
export function encodeSection(name: string, value: unknown): unknown {
  if (name === 'networks') return encodeNetworks(value as Network[]) ?? value;
  if (name === 'resources') return encodeResources(value as Resource[]) ?? value;
  if (name === 'concepts') return encodeConcepts(value as Record<string, Concept>) ?? value;
  return value;
}

/** Options of `decodeSection`. */
export interface DecodeOptions {
  /**
   * Freeze the networks' and resources' objects as they are made (what the Validator's deep freeze would do, without
   * walking them again: for the KvK 2024 artifact's 56,520 relationships 72 ms of freezing became 0). Default false.
   */
  freeze?: boolean;
}

const same = <T>(x: T): T => x;

/** The section's value from its stored form (the same plain objects that were encoded). */
export function decodeSection(value: unknown, options: DecodeOptions = {}): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const codec = (value as { codec?: unknown }).codec;
  const done = options.freeze ? Object.freeze : same;
  if (codec === 'networks/1') return decodeNetworks(value as EncodedNetworks, done);
  if (codec === 'resources/1') return decodeResources(value as EncodedResources, done);
  if (codec === 'concepts/1') return decodeConcepts(value as EncodedConcepts);
  return value;
}

interface EncodedNetworks {
  codec: 'networks/1';
  strings: string[];
  attributes: Record<string, string>[];
  networks: { arcrole: string; role: string; link: string; arc: string; r: number[] }[];
}

function encodeNetworks(networks: Network[]): EncodedNetworks | undefined {
  const strings = new Table();
  const attrs = new Table();
  const out: EncodedNetworks['networks'] = [];
  for (const n of networks) {
    if (!sameKeys(n, NET_KEYS)) return undefined;
    const r: number[] = [];
    for (const x of n.relationships) {
      if (!sameKeys(x, REL_KEYS)) return undefined;
      r.push(
        strings.add(x.from),
        strings.add(x.to),
        x.order,
        x.priority,
        attrs.add(x.attributes),
        strings.add(x.file),
        x.line,
        x.column,
      );
    }
    out.push({ arcrole: n.arcrole, role: n.role, link: n.link, arc: n.arc, r });
  }
  return {
    codec: 'networks/1',
    strings: strings.items as string[],
    attributes: attrs.items as Record<string, string>[],
    networks: out,
  };
}

function decodeNetworks(e: EncodedNetworks, done: <T>(x: T) => T): Network[] {
  const s = e.strings;
  const a = e.attributes.map((x) => Object.freeze(x));
  return e.networks.map((n) => {
    const rels: Relationship[] = new Array(n.r.length / 8);
    for (let i = 0, j = 0; i < n.r.length; i += 8, j++) {
      const r = n.r;
      rels[j] = done({
        from: s[r[i]!]!,
        to: s[r[i + 1]!]!,
        order: r[i + 2]!,
        priority: r[i + 3]!,
        attributes: a[r[i + 4]!]!,
        file: s[r[i + 5]!]!,
        line: r[i + 6]!,
        column: r[i + 7]!,
      });
    }
    return done({ arcrole: n.arcrole, role: n.role, link: n.link, arc: n.arc, relationships: done(rels) });
  });
}

interface EncodedResources {
  codec: 'resources/1';
  strings: string[];
  /** element, text, file, line, column, role, lang, id per resource (-1: absent). */
  r: number[];
}

function encodeResources(resources: Resource[]): EncodedResources | undefined {
  const strings = new Table();
  const r: number[] = [];
  for (const x of resources) {
    const keys = Object.keys(x);
    if (!keys.every((k) => RES_KEYS.has(k)) || keys.slice(0, 5).join() !== 'element,text,file,line,column')
      return undefined;
    const tail = keys.slice(5);
    if (tail.join() !== ['role', 'lang', 'id'].filter((k) => k in x).join()) return undefined;
    r.push(
      strings.add(x.element),
      strings.add(x.text),
      strings.add(x.file),
      x.line,
      x.column,
      x.role === undefined ? -1 : strings.add(x.role),
      x.lang === undefined ? -1 : strings.add(x.lang),
      x.id === undefined ? -1 : strings.add(x.id),
    );
  }
  return { codec: 'resources/1', strings: strings.items as string[], r };
}

function decodeResources(e: EncodedResources, done: <T>(x: T) => T): Resource[] {
  const s = e.strings;
  const r = e.r;
  const out: Resource[] = new Array(r.length / 8);
  for (let i = 0, j = 0; i < r.length; i += 8, j++) {
    const x: Resource = {
      element: s[r[i]!]!,
      text: s[r[i + 1]!]!,
      file: s[r[i + 2]!]!,
      line: r[i + 3]!,
      column: r[i + 4]!,
    };
    if (r[i + 5]! >= 0) x.role = s[r[i + 5]!]!;
    if (r[i + 6]! >= 0) x.lang = s[r[i + 6]!]!;
    if (r[i + 7]! >= 0) x.id = s[r[i + 7]!]!;
    out[j] = done(x);
  }
  return out;
}

interface EncodedConcepts {
  codec: 'concepts/1';
  table: unknown[];
  /** Concepts in order, with the shared fields replaced by table indexes. */
  concepts: Record<string, unknown>[];
}

function encodeConcepts(concepts: Record<string, Concept>): EncodedConcepts | undefined {
  const table = new Table();
  const out: Record<string, unknown>[] = [];
  for (const [k, c] of Object.entries(concepts)) {
    if (c.key !== k) return undefined;
    const x: Record<string, unknown> = { ...c };
    for (const f of SHARED_CONCEPT_FIELDS) if (x[f] !== undefined) x[f] = table.add(x[f]);
    out.push(x);
  }
  return { codec: 'concepts/1', table: table.items, concepts: out };
}

function decodeConcepts(e: EncodedConcepts): Record<string, Concept> {
  const t = e.table;
  const out: Record<string, Concept> = {};
  for (const x of e.concepts) {
    for (const f of SHARED_CONCEPT_FIELDS) if (x[f] !== undefined) x[f] = t[x[f] as number];
    out[x['key'] as string] = x as unknown as Concept;
  }
  return out;
}

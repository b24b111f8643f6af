/** Hand-built taxonomy and instance objects for rule tests (no loader needed). */
import { finding, type Finding } from '../../../src/findings.js';
import { englishMessage } from '../../../src/messages/index.js';
import type { CompiledTaxonomy, Concept, Network, Relationship } from '../../../src/compile/types.js';
import type { Context, Fact, Instance, Period, Unit } from '../../../src/instance/types.js';
import type { Rule, RuleContext } from '../../../src/rules/types.js';
import type { XmlElement } from '../../../src/xml/parse.js';

export const NS = 'http://example.com/t';
export const k = (local: string): string => `{${NS}}${local}`;
const dummy = {} as XmlElement;

export function concept(local: string, over: Partial<Concept> = {}): Concept {
  return {
    key: k(local),
    namespace: NS,
    name: local,
    kind: 'item',
    substitutionGroups: [],
    type: '{http://www.xbrl.org/2003/instance}monetaryItemType',
    xbrliType: 'monetaryItemType',
    numeric: true,
    fraction: false,
    periodType: 'instant',
    abstract: false,
    nillable: true,
    file: 't.xsd',
    line: 1,
    column: 1,
    ...over,
  };
}

export function rel(from: string, to: string, attributes: Record<string, string> = {}, line = 10): Relationship {
  return { from: k(from), to: k(to), order: 1, priority: 0, attributes, file: 'lb.xml', line, column: 5 };
}

export function network(arcrole: string, relationships: Relationship[], over: Partial<Network> = {}): Network {
  return {
    arcrole,
    role: 'http://www.xbrl.org/2003/role/link',
    link: '{http://www.xbrl.org/2003/linkbase}calculationLink',
    arc: '{http://www.xbrl.org/2003/linkbase}calculationArc',
    relationships,
    ...over,
  };
}

export function taxonomy(
  concepts: Concept[],
  networks: Network[],
  over: Partial<CompiledTaxonomy> = {},
): CompiledTaxonomy {
  return {
    formatVersion: 1,
    entryPoints: [],
    documents: [],
    concepts: Object.fromEntries(concepts.map((c) => [c.key, c])),
    types: {},
    roleTypes: {},
    arcroleTypes: {},
    networks,
    resources: [],
    labels: {},
    findings: [],
    ...over,
  };
}

export function context(
  id: string,
  period: Period = { kind: 'instant', instant: '2024-12-31' },
  over: Partial<Context> = {},
): Context {
  return {
    id,
    entity: { scheme: 'http://www.kvk.nl/kvk-id', identifier: '12345678' },
    period,
    dimensions: [],
    element: dummy,
    file: 'i.xbrl',
    line: 2,
    column: 1,
    ...over,
  };
}

export function unit(id: string, measure = 'EUR'): Unit {
  const m = {
    key: `{http://www.xbrl.org/2003/iso4217}${measure}`,
    ns: 'http://www.xbrl.org/2003/iso4217',
    local: measure,
  };
  return { id, numerator: [m], denominator: [], divide: false, element: dummy, file: 'i.xbrl', line: 3, column: 1 };
}

let line = 100;
export function fact(local: string, value: string, over: Partial<Fact> = {}): Fact {
  return {
    concept: k(local),
    isTuple: false,
    contextRef: 'FY2024',
    unitRef: 'EUR',
    decimals: '0',
    nil: false,
    value,
    children: [],
    element: dummy,
    file: 'i.xbrl',
    line: line++,
    column: 3,
    ...over,
  };
}

export function tuple(local: string, children: Fact[], parent?: Fact): Fact {
  const t: Fact = {
    concept: k(local),
    isTuple: true,
    nil: false,
    value: '',
    children,
    element: dummy,
    file: 'i.xbrl',
    line: line++,
    column: 3,
  };
  if (parent) t.parent = parent;
  for (const c of children) c.parent = t;
  return t;
}

/** Facts in document order, tuples before their children. */
function flatten(facts: Fact[]): Fact[] {
  return facts.flatMap((f) => [f, ...flatten(f.children)]);
}

export function instance(
  topFacts: Fact[],
  contexts: Context[] = [context('FY2024')],
  units: Unit[] = [unit('EUR')],
): Instance {
  return {
    url: 'i.xbrl',
    root: dummy,
    schemaRefs: [],
    linkbaseRefs: [],
    roleRefs: [],
    arcroleRefs: [],
    ids: new Map(),
    contexts: new Map(contexts.map((c) => [c.id, c])),
    units: new Map(units.map((u) => [u.id, u])),
    facts: flatten(topFacts),
    topFacts,
    footnoteLinks: [],
  };
}

/** Runs rules and returns their findings sorted by line. */
export function run(rules: Rule | Rule[], tax: CompiledTaxonomy, inst?: Instance): Finding[] {
  const out: Finding[] = [];
  for (const rule of [rules].flat()) {
    const ctx: RuleContext = {
      taxonomy: tax,
      instance: inst,
      lang: 'en',
      label: (key) => tax.labels[key]?.['http://www.xbrl.org/2003/role/label']?.['en'] ?? key.replace(/^\{[^}]*\}/, ''),
      report: (f) =>
        out.push(
          finding(
            f.code ?? rule.code,
            f.severity ?? rule.severity,
            f.message ?? englishMessage(f.code ?? rule.code, f.params ?? {}),
            f.loc,
            rule.spec,
          ),
        ),
    };
    rule.check(ctx);
  }
  return out.sort((a, b) => a.line - b.line);
}

export const SUM = 'http://www.xbrl.org/2003/arcrole/summation-item';

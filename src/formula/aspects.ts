/**
 * Aspects of facts and the aspect index of an instance (Variables 1.0 section 2.3: the dimensional and the
 * non-dimensional aspect models). Every fact's aspect values are computed once, as comparable string keys, and the
 * facts are indexed by concept, so a fact variable starts from the facts of its concept(s) instead of every fact
 * (the house rule "aspects, not scans").
 */
import type { CompiledTaxonomy } from '../compile/types.js';
import { elementKey, periodKey, unitKey, type Declarations } from '../instance/equality.js';
import type { Context, Fact, Instance, Unit } from '../instance/types.js';
import type { XmlElement } from '../xml/parse.js';
import type { Aspect } from './model.js';

const XBRLDI = 'http://xbrl.org/2006/xbrldi';

/** A fact with its aspect values (keys comparable with ===). */
export interface FactAspects {
  fact: Fact;
  index: number;
  context?: Context;
  unit?: Unit;
  concept: string;
  entity: string;
  period: string;
  unitKey: string;
  /** Dimension key to member key (explicit: member concept key; typed: canonical element key), defaults included. */
  dims: Map<string, string>;
  completeSegment: string;
  completeScenario: string;
  nonXDTSegment: string;
  nonXDTScenario: string;
  location: string;
}

/**
 * The non-XDT segment or scenario aspect value: its non-XDT child elements in document order, a sequence whose order
 * counts (Variables 1.0 section 2.3.2; conformance 47207 V-02).
 */
function nonXdtKey(el: XmlElement | undefined, declarations: Declarations | undefined): string {
  if (!el) return '';
  return el.children
    .filter((c) => c.ns !== XBRLDI)
    .map((c) => elementKey(c, declarations))
    .join('\u0001');
}

function completeKey(el: XmlElement | undefined, declarations: Declarations | undefined): string {
  if (!el) return '';
  return el.children.map((c) => elementKey(c, declarations)).join('\u0001');
}

/** The facts of an instance with their aspects, indexed by concept. */
export class AspectIndex {
  readonly all: FactAspects[] = [];
  readonly byConcept = new Map<string, FactAspects[]>();
  readonly byFact = new Map<Fact, FactAspects>();
  /** Every dimension that has a value on some fact. */
  readonly dimensions = new Set<string>();

  constructor(
    readonly instance: Instance,
    readonly taxonomy: CompiledTaxonomy,
  ) {
    const declarations = instance.declarations;
    const defaults = taxonomy.dimensions?.defaults ?? {};
    const ctxCache = new Map<
      Context,
      Omit<FactAspects, 'fact' | 'index' | 'concept' | 'unitKey' | 'unit' | 'location'>
    >();
    const unitKeys = new Map<Unit, string>();
    const unitKeyOf = (u: Unit) => {
      let k = unitKeys.get(u);
      if (k === undefined) unitKeys.set(u, (k = unitKey(u)));
      return k;
    };
    /** Document-order index of each fact that has child facts (the `location` of its children). */
    let tupleIndex: Map<Fact, number> | undefined;
    const parentIndex = (p: Fact) => {
      if (!tupleIndex) {
        tupleIndex = new Map();
        instance.facts.forEach((f, i) => f.children.length && tupleIndex!.set(f, i));
      }
      return tupleIndex.get(p) ?? instance.facts.indexOf(p);
    };
    instance.facts.forEach((fact, index) => {
      const context = fact.contextRef !== undefined ? instance.contexts.get(fact.contextRef) : undefined;
      const unit = fact.unitRef !== undefined ? instance.units.get(fact.unitRef) : undefined;
      let c = context ? ctxCache.get(context) : undefined;
      if (context && !c) {
        const dims = new Map<string, string>();
        for (const d of context.dimensions) {
          const value = d.member !== undefined ? d.member : d.typed ? typedKey(d.typed, declarations) : '';
          dims.set(d.dimension, value);
        }
        for (const [dim, def] of Object.entries(defaults)) if (!dims.has(dim)) dims.set(dim, def);
        c = {
          context,
          entity: `${context.entity.scheme}\u0000${context.entity.identifier}`,
          period: periodKey(context.period),
          dims,
          completeSegment: completeKey(context.segment, declarations),
          completeScenario: completeKey(context.scenario, declarations),
          nonXDTSegment: nonXdtKey(context.segment, declarations),
          nonXDTScenario: nonXdtKey(context.scenario, declarations),
        };
        ctxCache.set(context, c);
      }
      const fa: FactAspects = {
        fact,
        index,
        concept: fact.concept,
        ...(c ?? {
          entity: '',
          period: '',
          dims: new Map(),
          completeSegment: '',
          completeScenario: '',
          nonXDTSegment: '',
          nonXDTScenario: '',
        }),
        unitKey: unit ? unitKeyOf(unit) : '',
        location: fact.parent ? `p${parentIndex(fact.parent)}` : 'root',
      };
      if (unit) fa.unit = unit;
      for (const d of fa.dims.keys()) this.dimensions.add(d);
      this.all.push(fa);
      this.byFact.set(fact, fa);
      let l = this.byConcept.get(fact.concept);
      if (!l) this.byConcept.set(fact.concept, (l = []));
      l.push(fa);
    });
  }
}

function typedKey(typedMember: XmlElement, declarations: Declarations | undefined): string {
  const v = typedMember.children[0];
  return v ? elementKey(v, declarations) : '';
}

/** The value key of one aspect of a fact ('' = the fact has no value for it, e.g. the unit of a non-numeric fact). */
export function aspectValue(fa: FactAspects, aspect: Aspect): string {
  switch (aspect) {
    case 'concept':
      return fa.concept;
    case 'entityIdentifier':
      return fa.entity;
    case 'period':
      return fa.period;
    case 'unit':
      return fa.unitKey;
    case 'completeSegment':
      return fa.completeSegment;
    case 'completeScenario':
      return fa.completeScenario;
    case 'nonXDTSegment':
      return fa.nonXDTSegment;
    case 'nonXDTScenario':
      return fa.nonXDTScenario;
    case 'location':
      return fa.location;
    default:
      return fa.dims.get(aspect.slice(10)) ?? '';
  }
}

/** The aspects of a model that apply to a fact (Variables 1.0 sections 2.3.1, 2.3.2); dimensions are those in `dimensions`. */
export function modelAspects(model: 'dimensional' | 'non-dimensional', dimensions: Iterable<string>): Aspect[] {
  const base: Aspect[] = ['concept', 'location', 'entityIdentifier', 'period', 'unit'];
  if (model === 'non-dimensional') return [...base, 'completeSegment', 'completeScenario'];
  const out: Aspect[] = [...base, 'nonXDTSegment', 'nonXDTScenario'];
  for (const d of dimensions) out.push(`dimension:${d}`);
  return out;
}

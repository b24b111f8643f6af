/**
 * Dimensional validity of items (XBRL Dimensions 1.0 section 3.1, with 2.3.1.2 closed and 2.3.1.3 contextElement):
 * a fact whose primary item has hypercubes is valid when, for at least one of its DRSs (ELRs), every `all`
 * has-hypercube relationship is satisfied and no `notAll` one is. A hypercube is satisfied by a context element
 * (segment or scenario, as the arc's xbrldt:contextElement says) when each of its dimensions has a value there (or a
 * default) that is a usable member of the dimension's domain (explicit) or any value (typed), and, when the hypercube
 * is closed, that context element has nothing else.
 *
 * Works on the compiled `DimensionalModel` only. Verdicts are cached per (has-hypercube, context), (DRS, context) and
 * (primary item, context), so that 100,000 facts cost a few map look-ups each once the distinct combinations have been
 * evaluated; the work per context is linear in its dimension values. (Sharing caches between contexts of equal
 * dimensional content was measured slower on bench/dimensions.ts: building the key costs more than it saves.)
 */ import type { DimensionalModel, HasHypercube } from '../../compile/dimensions.js';
import { XBRLDI_NS } from '../../compile/dimensions.js';
import type { Context, DimensionMember } from '../../instance/types.js';

/** Why a has-hypercube relationship is not satisfied. */
export type Failure =
  | { kind: 'missing'; hasHypercube: number; dimension: string }
  | { kind: 'notMember'; hasHypercube: number; dimension: string; member?: string; defaulted: boolean }
  | { kind: 'closedExtra'; hasHypercube: number; dimension: string }
  | { kind: 'closedNonDimensional'; hasHypercube: number }
  | { kind: 'notAllMatched'; hasHypercube: number };

export type Verdict = { valid: true } | { valid: false; failure: Failure; drsCount: number };

const VALID: Verdict = { valid: true };

/** Dimension values of one context, by context element. Repeated dimensions keep their first value. */
export interface ContextDimensions {
  segment: Map<string, DimensionMember>;
  scenario: Map<string, DimensionMember>;
  /** Number of child elements of segment/scenario that are not xbrldi dimension values. */
  segmentOther: number;
  scenarioOther: number;
}

export function contextDimensions(c: Context): ContextDimensions {
  const segment = new Map<string, DimensionMember>();
  const scenario = new Map<string, DimensionMember>();
  for (const d of c.dimensions) {
    const m = d.container === 'segment' ? segment : scenario;
    if (!m.has(d.dimension)) m.set(d.dimension, d);
  }
  return { segment, scenario, segmentOther: otherContent(c.segment), scenarioOther: otherContent(c.scenario) };
}

/** Number of child elements of a segment or scenario that are not xbrldi dimension values. */
function otherContent(el: Context['segment']): number {
  if (!el) return 0;
  let n = 0;
  for (const ch of el.children) if (ch.ns !== XBRLDI_NS) n++;
  return n;
}

interface ContextState {
  dims: ContextDimensions;
  hh: Map<number, Failure | null>;
  drs: Map<number, Failure | null>;
  items: Map<string, Verdict>;
}

export class DimensionalValidator {
  private readonly members: (Set<string> | undefined)[];
  private readonly hcDims: Set<string>[];
  private readonly contexts = new Map<Context, ContextState>();

  constructor(readonly model: DimensionalModel) {
    this.members = model.domains.map(() => undefined);
    this.hcDims = model.hasHypercubes.map((h) => new Set(h.dimensions.map((d) => d.dimension)));
  }

  /** Whether the primary item has any hypercube at all (otherwise every fact of it is valid). */
  hasHypercubes(concept: string): boolean {
    return this.model.primaryItems[concept] !== undefined;
  }

  /** Verdict for an item fact of `concept` in `context`. */
  check(concept: string, context: Context): Verdict {
    const drsList = this.model.primaryItems[concept];
    if (!drsList || drsList.length === 0) return VALID;
    const st = this.state(context);
    const hit = st.items.get(concept);
    if (hit) return hit;
    let first: Failure | undefined;
    let verdict: Verdict | undefined;
    for (const d of drsList) {
      const f = this.drsFailure(d, st);
      if (!f) {
        verdict = VALID;
        break;
      }
      first ??= f;
    }
    verdict ??= { valid: false, failure: first!, drsCount: drsList.length };
    st.items.set(concept, verdict);
    return verdict;
  }

  private state(c: Context): ContextState {
    let st = this.contexts.get(c);
    if (!st) {
      st = { dims: contextDimensions(c), hh: new Map(), drs: new Map(), items: new Map() };
      this.contexts.set(c, st);
    }
    return st;
  }

  private drsFailure(d: number, st: ContextState): Failure | null {
    const hit = st.drs.get(d);
    if (hit !== undefined) return hit;
    let res: Failure | null = null;
    for (const h of this.model.drs[d]!.hasHypercubes) {
      const f = this.hasHypercubeFailure(h, st);
      if (f) {
        res = f;
        break;
      }
    }
    st.drs.set(d, res);
    return res;
  }

  private memberSet(domain: number): Set<string> {
    let s = this.members[domain];
    if (!s) this.members[domain] = s = new Set(this.model.domains[domain]!.members);
    return s;
  }

  /** Failure of one has-hypercube relationship in the context, or null when it is satisfied. */
  private hasHypercubeFailure(i: number, st: ContextState): Failure | null {
    const hit = st.hh.get(i);
    if (hit !== undefined) return hit;
    const h: HasHypercube = this.model.hasHypercubes[i]!;
    const seg = h.contextElement === 'segment';
    const values = seg ? st.dims.segment : st.dims.scenario;
    let fail: Failure | null = null;
    if (h.closed && (seg ? st.dims.segmentOther : st.dims.scenarioOther) > 0) {
      fail = { kind: 'closedNonDimensional', hasHypercube: i };
    } else {
      for (const d of h.dimensions) {
        const v = values.get(d.dimension);
        let member: string | undefined;
        let defaulted = false;
        if (v) member = v.member;
        else if (d.default !== undefined) {
          member = d.default;
          defaulted = true;
        } else {
          fail = { kind: 'missing', hasHypercube: i, dimension: d.dimension };
          break;
        }
        if (d.explicit && (member === undefined || d.domain === undefined || !this.memberSet(d.domain).has(member))) {
          fail = { kind: 'notMember', hasHypercube: i, dimension: d.dimension, member, defaulted };
          break;
        }
      }
      if (!fail && h.closed) {
        const own = this.hcDims[i]!;
        for (const k of values.keys()) {
          if (!own.has(k)) {
            fail = { kind: 'closedExtra', hasHypercube: i, dimension: k };
            break;
          }
        }
      }
    }
    const res: Failure | null = h.arcrole === 'all' ? fail : fail ? null : { kind: 'notAllMatched', hasHypercube: i };
    st.hh.set(i, res);
    return res;
  }
}

/**
 * Cycle constraints of arcroles (XBRL 2.1 section 5.1.4.3 cyclesAllowed; standard arcroles: sections 5.2.4.2
 * parent-child and 5.2.6.2.1/5.2.6.2.2 general-special, essence-alias "undirected", i.e. no directed cycles;
 * summation-item, similar-tuples, requires-element "any").
 *
 * Checked per base set (network) after prohibition and override (section 3.5.3.9), and only for networks in
 * standard extended links with standard arcs: the 2.1 suite leaves custom link and arc elements unchecked
 * (conformance 204 V-25..V-28 withdrawn, 220 V-01, V-03). Each network is checked in linear time: a depth-first
 * search for directed cycles, and for `none` a union-find for undirected cycles. One finding per network.
 */
import type { Network, Relationship } from '../../../compile/types.js';
import type { Rule, RuleContext } from '../../types.js';
import { STANDARD_ARCROLE_CYCLES, STANDARD_ARCS, STANDARD_LINKS, shortName } from './constants.js';

/** A directed cycle as the relationships along it, in order; undefined when the network has none. */
export function findDirectedCycle(rels: readonly Relationship[]): Relationship[] | undefined {
  const out = new Map<string, number[]>();
  for (let i = 0; i < rels.length; i++) {
    const a = out.get(rels[i]!.from);
    if (a) a.push(i);
    else out.set(rels[i]!.from, [i]);
  }
  const state = new Map<string, 1 | 2>(); // 1 = on the current path, 2 = done
  for (const start of out.keys()) {
    if (state.has(start)) continue;
    // iterative DFS; path holds the relationship index taken into each node on the stack
    const nodes: string[] = [start];
    const next: number[] = [0];
    const via: number[] = [-1];
    state.set(start, 1);
    while (nodes.length) {
      const top = nodes.length - 1;
      const node = nodes[top]!;
      const edges = out.get(node) ?? [];
      if (next[top]! >= edges.length) {
        state.set(node, 2);
        nodes.pop();
        next.pop();
        via.pop();
        continue;
      }
      const ri = edges[next[top]!++]!;
      const to = rels[ri]!.to;
      const s = state.get(to);
      if (s === 1) {
        const from = nodes.indexOf(to);
        return [...via.slice(from + 1).map((i) => rels[i]!), rels[ri]!];
      }
      if (s === undefined) {
        state.set(to, 1);
        nodes.push(to);
        next.push(0);
        via.push(ri);
      }
    }
  }
  return undefined;
}

/** The first relationship that closes an undirected cycle (ignoring direction), or undefined. */
export function findUndirectedCycle(rels: readonly Relationship[]): Relationship | undefined {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    for (let p = parent.get(r); p !== undefined && p !== r; p = parent.get(r)) r = p;
    for (let y = x; y !== r;) {
      const p = parent.get(y)!;
      parent.set(y, r);
      y = p;
    }
    return r;
  };
  for (const rel of rels) {
    if (!parent.has(rel.from)) parent.set(rel.from, rel.from);
    if (!parent.has(rel.to)) parent.set(rel.to, rel.to);
    const a = find(rel.from);
    const b = find(rel.to);
    if (a === b) return rel;
    parent.set(a, b);
  }
  return undefined;
}

function cycleRule(network: Network, ctx: RuleContext): { cycles: 'any' | 'undirected' | 'none'; section: string } {
  const std = STANDARD_ARCROLE_CYCLES[network.arcrole];
  if (std) return std;
  const t = ctx.taxonomy.arcroleTypes[network.arcrole];
  return { cycles: t?.cyclesAllowed ?? 'any', section: '5.1.4.3' };
}

function name(ctx: RuleContext, endpoint: string): string {
  return endpoint.startsWith('#') ? endpoint.slice(1) : ctx.label(endpoint);
}

export const arcroleCycles: Rule = {
  code: 'xbrl.5.1.4.3:directedCycle',
  spec: 'XBRL 2.1 sections 5.1.4.3, 5.2.4.2, 5.2.6.2',
  severity: 'error',
  scope: 'taxonomy',
  check(ctx) {
    for (const network of ctx.taxonomy.networks) {
      if (!STANDARD_LINKS.has(network.link) || !STANDARD_ARCS.has(network.arc)) continue;
      const { cycles, section } = cycleRule(network, ctx);
      if (cycles === 'any' || network.relationships.length === 0) continue;
      const where = {
        arcrole: network.arcrole,
        elr: network.role,
        link: shortName(network.link),
        arc: shortName(network.arc),
      };
      const directed = findDirectedCycle(network.relationships);
      if (directed) {
        const path = [directed[0]!.from, ...directed.map((r) => r.to)].map((e) => name(ctx, e));
        ctx.report({
          code: `xbrl.${section}:directedCycle`,
          params: { ...where, path, cycles },
          loc: directed[directed.length - 1],
        });
        continue;
      }
      if (cycles === 'none') {
        const closing = findUndirectedCycle(network.relationships);
        if (closing) {
          ctx.report({
            code: `xbrl.${section}:undirectedCycle`,
            params: { ...where, from: name(ctx, closing.from), to: name(ctx, closing.to) },
            loc: closing,
          });
        }
      }
    }
  },
};

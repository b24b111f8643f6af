/**
 * A small content-model matcher for tuple content (XBRL 2.1 section 4.9; XML Schema Part 1 section 3.8 model groups):
 * does a sequence of child element keys match a Particle (sequence, choice, all, element, any with min/maxOccurs)?
 *
 * It explores every way of matching (sets of reachable positions), so it needs no Unique Particle Attribution; each
 * (particle, position) pair is computed once.
 */
import type { Particle } from '../compile/types.js';

export interface ContentMatch {
  ok: boolean;
  /** When not ok: index of the first child that could not be matched (children.length when content is missing at the end). */
  failAt: number;
  /** When not ok: element refs that would have been accepted at `failAt`, when known. */
  expected: string[];
}

/**
 * @param particle the content model of the tuple's type
 * @param children keys of the child elements in document order
 * @param accepts whether a child key is accepted by an element particle ref (same key, or member of its substitution group)
 */
export function matchContent(
  particle: Particle,
  children: string[],
  accepts: (ref: string, key: string) => boolean,
): ContentMatch {
  const n = children.length;
  const memo = new Map<Particle, Map<number, Set<number>>>();
  let furthest = 0;
  const expectedAt = new Map<number, Set<string>>();

  const once = (p: Particle, pos: number): Set<number> => {
    switch (p.kind) {
      case 'element': {
        if (pos < n && accepts(p.ref, children[pos]!)) {
          furthest = Math.max(furthest, pos + 1);
          return new Set([pos + 1]);
        }
        let e = expectedAt.get(pos);
        if (!e) expectedAt.set(pos, (e = new Set()));
        e.add(p.ref);
        return new Set();
      }
      case 'any':
        if (pos < n) {
          furthest = Math.max(furthest, pos + 1);
          return new Set([pos + 1]);
        }
        return new Set();
      case 'sequence': {
        let cur = new Set([pos]);
        for (const sub of p.particles) {
          const next = new Set<number>();
          for (const c of cur) for (const r of repeated(sub, c)) next.add(r);
          cur = next;
          if (cur.size === 0) break;
        }
        return cur;
      }
      case 'choice': {
        const out = new Set<number>();
        for (const sub of p.particles) for (const r of repeated(sub, pos)) out.add(r);
        return out;
      }
      case 'all': {
        // each member at most once (maxOccurs <= 1 in XML Schema 1.0), in any order; required members must appear
        const out = new Set<number>();
        const seen = new Set<string>();
        const walk = (at: number, used: number) => {
          const k = `${at}:${used}`;
          if (seen.has(k)) return;
          seen.add(k);
          const complete = p.particles.every((sub, i) => used & (1 << i) || sub.minOccurs === 0);
          if (complete) out.add(at);
          p.particles.forEach((sub, i) => {
            if (used & (1 << i)) return;
            for (const r of once(sub, at)) if (r > at) walk(r, used | (1 << i));
          });
        };
        walk(pos, 0);
        return out;
      }
    }
  };

  const repeated = (p: Particle, pos: number): Set<number> => {
    let byPos = memo.get(p);
    if (!byPos) memo.set(p, (byPos = new Map()));
    const cached = byPos.get(pos);
    if (cached) return cached;
    const result = new Set<number>();
    byPos.set(pos, result); // guards against recursion through the same (particle, position)
    const max = p.maxOccurs === 'unbounded' ? Infinity : p.maxOccurs;
    if (p.minOccurs === 0) result.add(pos);
    let frontier = new Set([pos]);
    const visited = new Set<number>();
    for (let count = 1; count <= max && frontier.size > 0; count++) {
      const next = new Set<number>();
      for (const f of frontier) for (const r of once(p, f)) next.add(r);
      if (count >= p.minOccurs) for (const r of next) result.add(r);
      // once the minimum is reached, a position already expanded adds nothing new
      frontier = new Set<number>();
      for (const r of next) {
        if (count >= p.minOccurs) {
          if (visited.has(r)) continue;
          visited.add(r);
        }
        frontier.add(r);
      }
      if (count > n + p.minOccurs + 1) break;
    }
    return result;
  };

  const ends = repeated(particle, 0);
  if (ends.has(n)) return { ok: true, failAt: -1, expected: [] };
  return { ok: false, failAt: furthest, expected: [...(expectedAt.get(furthest) ?? [])] };
}

/** Interned strings for names that are made once and compared often (portable layer). */

/**
 * `s` as the engine's one shared copy of that text (in V8, an internalized string: what a property name becomes).
 * Two such strings are equal only when they are the same string, so comparing them is one pointer comparison; a name
 * built with `+` or a template (`{${ns}}type`) is a chain of pieces that `===`, `indexOf` and `Map` walk piece by piece
 * every time (attribute lookups by expanded name were most of the linkbase compile, issue 14). Use it for names made
 * once and compared often: attribute keys (parseXml), and the constants they are looked up with.
 */
export function internalized(s: string): string {
  const o: Record<string, true> = {};
  o[s] = true;
  for (const k in o) return k;
  return s;
}

/** Interned strings for names that are made once and compared often (portable layer). */

/** Internalized strings by their text, at most `MAX_INTERNED` (then emptied): most names recur (every document's `name`, `id`, namespace URIs). */
const interned = new Map<string, string>();
const MAX_INTERNED = 100_000;

/**
 * `s` as the engine's one shared copy of that text (in V8, an internalized string: what a property name becomes).
 * Two such strings are equal only when they are the same string, so comparing them is one pointer comparison; a name
 * built with `+` or a template (`{${ns}}type`) is a chain of pieces that `===`, `indexOf` and `Map` walk piece by piece
 * every time (attribute lookups by expanded name were most of the linkbase compile, issue 14). Use it for names made
 * once and compared often: attribute keys (parseXml), and the constants they are looked up with.
 *
 * A text seen before comes from a map (one lookup); a new one becomes the key of a property of an object without
 * shape (`Object.create(null)`, a dictionary: no hidden class per name, which an object literal made for each of
 * thousands of names, 2 s of the XBRL 2.1 suite).
 */
export function internalized(s: string): string {
  let v = interned.get(s);
  if (v === undefined) {
    v = s;
    const o: Record<string, true> = Object.create(null) as Record<string, true>;
    o[s] = true;
    for (const k in o) v = k;
    if (interned.size >= MAX_INTERNED) interned.clear();
    interned.set(v, v);
  }
  return v;
}

/** Results of a function of a text kept by that text (portable layer). */

/**
 * `fn` with its results kept by argument text, at most `max` of them (past that all are forgotten and kept anew):
 * for values a document repeats thousands of times, such as the dates of its contexts.
 */
export function memoByText<T>(fn: (text: string) => T, max = 4096): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    if (kept.size >= max) kept.clear();
    const v = fn(text);
    kept.set(text, v);
    return v;
  };
}

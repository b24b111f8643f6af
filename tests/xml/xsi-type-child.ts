/**
 * Child process of instance-namespaces.test.ts (issue 17): `usesXsiType` on a document whose default namespace name is
 * a million `&amp;` (a mutated filing), printing `{"result": boolean, "growthMB": N}`: how far the peak RSS rose.
 */
import { usesXsiType } from '../../src/xml/schema-validate.js';

const doc = `<x:a xmlns="${'&amp;'.repeat(1_000_000)}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"/>`;
const before = process.resourceUsage().maxRSS;
const result = usesXsiType(doc);
process.stdout.write(
  JSON.stringify({ result, growthMB: Math.round((process.resourceUsage().maxRSS - before) / 1024) }),
);

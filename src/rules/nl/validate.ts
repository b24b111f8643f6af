/**
 * The Dutch filing-rule profiles in the validation pipeline (Node): xBRL-XML instances (validate-xml.ts, Node-free, also
 * used by the Validator of a compiled artifact) and Inline XBRL reports / report packages (validate-inline.ts).
 */
export { resolveProfile, validateDocumentWithProfile, type ProfileChoice } from './validate-xml.js';
export { validateInlineWithProfile, type CapturedTarget } from './validate-inline.js';

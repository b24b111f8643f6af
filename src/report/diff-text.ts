/**
 * Text report of a taxonomy diff (`sbr diff --format text`): the counts first, then the changes grouped by category.
 * Concepts are shown as `prefix:localName`, the prefix taken from the last segment of the namespace (the full
 * expanded names are in the JSON report).
 */
import type { FilingImpact } from '../diff/filing.js';
import type { DiffSummary, PropertyChange, RelationshipRef, TaxonomyDiff } from '../diff/types.js';

/** `{https://www.nltaxonomie.nl/kvk/2024-03-31/kvk-cor}BusinessNames` → `kvk-cor:BusinessNames`. */
export function shortName(key: string): string {
  if (!key.startsWith('{')) return key;
  const i = key.lastIndexOf('}');
  const ns = key.slice(1, i).replace(/[/#]+$/, '');
  const seg = ns
    .slice(Math.max(ns.lastIndexOf('/'), ns.lastIndexOf('#'), ns.lastIndexOf(':')) + 1)
    .replace(/\.xsd$/, '');
  return `${seg || 'ns'}:${key.slice(i + 1)}`;
}

/** Last segment of an arcrole or role URI (`http://www.xbrl.org/2003/arcrole/parent-child` → `parent-child`). */
export function shortUri(uri: string): string {
  const s = uri.replace(/[/#]+$/, '');
  return s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1) || uri;
}

/** Labels of the summary counts, in report order. */
export const SUMMARY_LABELS: [keyof DiffSummary, string][] = [
  ['conceptsAdded', 'concepts added'],
  ['conceptsRemoved', 'concepts removed'],
  ['conceptsRenamed', 'concepts renamed'],
  ['conceptsChanged', 'concepts changed'],
  ['labelsChanged', 'labels changed'],
  ['referencesChanged', 'references changed'],
  ['relationshipsAdded', 'relationships added'],
  ['relationshipsRemoved', 'relationships removed'],
  ['relationshipsChanged', 'relationships changed'],
  ['dimensionsChanged', 'dimensional model changes'],
  ['roleTypesChanged', 'role types added/removed/changed'],
  ['roleTypesRenamed', 'role types renamed'],
  ['arcroleTypesChanged', 'arcrole types added/removed/changed'],
  ['arcroleTypesRenamed', 'arcrole types renamed'],
  ['assertionsChanged', 'assertions changed'],
  ['entryPointsChanged', 'entry points added/removed'],
];

const v = (x: unknown) =>
  x === null || x === undefined
    ? '(none)'
    : typeof x === 'string'
      ? x.startsWith('{')
        ? shortName(x)
        : x
      : JSON.stringify(x);
export const propertyText = (c: PropertyChange) => `${c.property}: ${v(c.old)} -> ${v(c.new)}`;
/** `1 fact`, `2 facts`: a count with its noun in the singular or plural. */
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

const lab = (label: string | undefined) => (label ? `  "${label}"` : '');

function relText(r: RelationshipRef): string {
  const attrs = Object.entries(r.attributes).map(([k, x]) => `${shortName(k)}=${x.length > 60 ? shortUri(x) : x}`);
  return `${shortName(r.from)} -> ${shortName(r.to)} (order ${r.order}${attrs.length ? ', ' + attrs.join(', ') : ''})`;
}

/** Formats a diff as text; ends with a newline. */
export function formatDiffText(d: TaxonomyDiff): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  const c = d.changes;
  line('Taxonomy diff');
  line(`  old: ${d.old.entryPoints.join(' ')} (${d.old.concepts} concepts, ${d.old.relationships} relationships)`);
  line(`  new: ${d.new.entryPoints.join(' ')} (${d.new.concepts} concepts, ${d.new.relationships} relationships)`);
  line();
  line('Summary');
  const w = Math.max(...SUMMARY_LABELS.map(([, l]) => l.length));
  for (const [k, l] of SUMMARY_LABELS)
    line(
      `  ${l.padEnd(w)}  ${d.summary[k]}${k === 'assertionsChanged' && !c.assertions.available ? `  (${c.assertions.note})` : ''}`,
    );
  const total = SUMMARY_LABELS.reduce((s, [k]) => s + d.summary[k], 0);
  if (total === 0) {
    line();
    line('No differences.');
    return out.join('\n') + '\n';
  }
  const section = (title: string, n: number) => {
    line();
    line(`${title} (${n})`);
  };
  if (c.namespaces.length) {
    section('Namespaces moved', c.namespaces.length);
    for (const x of c.namespaces) line(`  ${x.old} -> ${x.new}`);
  }
  if (c.concepts.renamed.length) {
    section('Concepts renamed', c.concepts.renamed.length);
    for (const x of c.concepts.renamed) {
      const [a, b] = [shortName(x.old), shortName(x.new)];
      const what =
        a === b
          ? `${a}: ${x.old.slice(1, x.old.lastIndexOf('}'))} -> ${x.new.slice(1, x.new.lastIndexOf('}'))}`
          : `${a} -> ${b}`;
      line(`  ${what}${lab(x.label)}${x.by === 'localName' ? '  (matched by local name and declaration)' : ''}`);
    }
  }
  if (c.concepts.removed.length) {
    section('Concepts removed', c.concepts.removed.length);
    for (const x of c.concepts.removed) line(`  ${shortName(x.concept)}${lab(x.label)}`);
  }
  if (c.concepts.added.length) {
    section('Concepts added', c.concepts.added.length);
    for (const x of c.concepts.added) line(`  ${shortName(x.concept)}${lab(x.label)}`);
  }
  if (c.concepts.changed.length) {
    section('Concepts changed', c.concepts.changed.length);
    for (const x of c.concepts.changed) {
      line(`  ${shortName(x.concept)}${lab(x.label)}`);
      for (const p of x.changes) line(`    ${propertyText(p)}`);
    }
  }
  if (c.labels.length) {
    section('Labels changed', c.labels.length);
    for (const x of c.labels) {
      const what =
        x.kind === 'changed'
          ? `"${x.old}" -> "${x.new}"`
          : x.kind === 'added'
            ? `added "${x.new}"`
            : `removed "${x.old}"`;
      line(`  ${shortName(x.concept)} [${shortUri(x.role)}, ${x.lang}] ${what}`);
    }
  }
  if (c.references.length) {
    section('References changed', c.references.length);
    for (const x of c.references)
      line(
        `  ${x.kind === 'added' ? '+' : '-'} ${shortName(x.concept)} [${shortUri(x.role) || 'reference'}] ${x.text}`,
      );
  }
  if (c.relationships.length) {
    const n = d.summary.relationshipsAdded + d.summary.relationshipsRemoved + d.summary.relationshipsChanged;
    section('Relationships', n);
    for (const net of c.relationships) {
      line(
        `  ${shortUri(net.arcrole)} in ${net.role}${net.oldRole ? ` (was ${net.oldRole})` : ''}: ${net.added.length} added, ${net.removed.length} removed, ${net.changed.length} changed`,
      );
      for (const r of net.removed) line(`    - ${relText(r)}`);
      for (const r of net.added) line(`    + ${relText(r)}`);
      for (const r of net.changed)
        line(
          `    ~ ${shortName(r.from)} -> ${shortName(r.to)}: ${r.changes.map((p) => `${shortName(p.property)} ${v(p.old)} -> ${v(p.new)}`).join('; ')}`,
        );
    }
  }
  if (c.dimensions.length) {
    section('Dimensional model', c.dimensions.length);
    for (const x of c.dimensions) {
      if (x.kind === 'hasHypercubeAdded' || x.kind === 'hasHypercubeRemoved') {
        line(
          `  ${x.kind === 'hasHypercubeAdded' ? '+' : '-'} ${x.arcrole} ${shortName(x.primaryItem)} -> hypercube ${shortName(x.hypercube)} in ${x.elr} [${x.dimensions.map(shortName).join(', ')}]`,
        );
      } else if (x.kind === 'hasHypercubeChanged') {
        line(
          `  ~ ${x.arcrole} ${shortName(x.primaryItem)} -> hypercube ${shortName(x.hypercube)} in ${x.elr}: ${x.changes.map(propertyText).join('; ')}`,
        );
      } else if (x.kind === 'dimensionAdded' || x.kind === 'dimensionRemoved') {
        line(
          `  ${x.kind === 'dimensionAdded' ? '+' : '-'} ${x.explicit ? 'explicit' : 'typed'} dimension ${shortName(x.dimension)}`,
        );
      } else {
        const parts = [...x.changes.map(propertyText)];
        if (x.membersRemoved.length) parts.push(`members removed: ${x.membersRemoved.map(shortName).join(', ')}`);
        if (x.membersAdded.length) parts.push(`members added: ${x.membersAdded.map(shortName).join(', ')}`);
        line(`  ~ dimension ${shortName(x.dimension)}: ${parts.join('; ')}`);
      }
    }
  }
  for (const [title, t] of [
    ['Role types', c.roleTypes],
    ['Arcrole types', c.arcroleTypes],
  ] as const) {
    const n = t.added.length + t.removed.length + t.renamed.length + t.changed.length;
    if (!n) continue;
    section(title, n);
    for (const x of t.renamed) line(`  ${x.old} -> ${x.new}`);
    for (const x of t.removed) line(`  - ${x.uri}${x.definition ? `  "${x.definition}"` : ''}`);
    for (const x of t.added) line(`  + ${x.uri}${x.definition ? `  "${x.definition}"` : ''}`);
    for (const x of t.changed) line(`  ~ ${x.uri}: ${x.changes.map(propertyText).join('; ')}`);
  }
  const asr = c.assertions;
  if (asr.added.length || asr.removed.length || asr.changed.length) {
    section(
      `Assertions (${asr.old} in old, ${asr.new} in new)`,
      asr.added.length + asr.removed.length + asr.changed.length,
    );
    for (const x of asr.removed) line(`  - ${x.kind} ${x.id}${x.test ? `: ${x.test}` : ''}`);
    for (const x of asr.added) line(`  + ${x.kind} ${x.id}${x.test ? `: ${x.test}` : ''}`);
    for (const x of asr.changed) {
      line(`  ~ ${x.kind} ${x.id}`);
      for (const p of x.changes) line(`    ${propertyText(p)}`);
    }
  }
  if (c.entryPoints.added.length || c.entryPoints.removed.length) {
    section('Entry points', c.entryPoints.added.length + c.entryPoints.removed.length);
    for (const x of c.entryPoints.removed) line(`  - ${x}`);
    for (const x of c.entryPoints.added) line(`  + ${x}`);
  }
  return out.join('\n') + '\n';
}

const at = (l: { file: string; line: number }[], cwd?: string) =>
  l.length
    ? `  at ${l.map((x) => `${cwd && x.file.startsWith(cwd + '/') ? x.file.slice(cwd.length + 1) : x.file}:${x.line}`).join(', ')}`
    : '';

/** Formats what a diff means for one filing (`sbr diff --filing`); ends with a newline. */
export function formatFilingImpactText(x: FilingImpact, cwd?: string): string {
  const out: string[] = [];
  const s = x.summary;
  out.push(
    `Filing ${cwd && x.filing.startsWith(cwd + '/') ? x.filing.slice(cwd.length + 1) : x.filing}: ${plural(x.facts, 'fact')} (${x.factsNotInOld} of concepts not in OLD, e.g. the filing's own extension)`,
  );
  out.push(`  facts of removed concepts   ${s.factsRemovedConcepts}`);
  out.push(`  facts of renamed concepts   ${s.factsRenamedConcepts}`);
  out.push(`  facts of changed concepts   ${s.factsChangedConcepts}`);
  out.push(`  contexts with gone members  ${s.contextsGoneMembers} (${plural(s.factsGoneMembers, 'fact')})`);
  out.push(
    `  assertions of NEW failed    ${x.assertions.available ? `${s.assertionsFailed} of ${x.assertions.evaluated ?? 0}` : x.assertions.note}`,
  );
  for (const r of x.removed)
    out.push(
      `  removed  ${shortName(r.concept)}${lab(r.label)}: ${plural(r.facts, 'fact')}, no counterpart in NEW${at(r.locations, cwd)}`,
    );
  for (const r of x.renamed)
    out.push(
      `  renamed  ${shortName(r.concept)} -> ${r.newConcept}: ${plural(r.facts, 'fact')}, use the new name${at(r.locations, cwd)}`,
    );
  for (const r of x.changed)
    out.push(
      `  changed  ${shortName(r.concept)}${lab(r.label)}: ${plural(r.facts, 'fact')}; ${(r.changes ?? []).map(propertyText).join('; ')}${at(r.locations, cwd)}`,
    );
  for (const a of x.assertions.failed)
    out.push(`  fails    ${a.id}${a.message ? `: ${a.message}` : ''}${a.location ? at([a.location], cwd) : ''}`);
  for (const m of x.membersGone) {
    out.push(
      `  gone     ${shortName(m.dimension)} = ${shortName(m.member)}: ${m.gone === 'dimension' ? 'the dimension is not in NEW' : 'not a member of the dimension in NEW'}, ${plural(m.contexts, 'context')}, ${plural(m.facts, 'fact')}${at(m.locations, cwd)}`,
    );
  }
  if (!x.removed.length && !x.renamed.length && !x.changed.length && !x.membersGone.length)
    out.push('  nothing to change for NEW');
  return out.join('\n') + '\n';
}

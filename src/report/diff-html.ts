/**
 * HTML report of a taxonomy diff (`sbr diff --format html`): one self-contained page (inline CSS, no scripts, no
 * external resources) that an agency can publish with a release: the counts, then one table per category, long
 * tables folded in `<details>`. Every text from the taxonomies is HTML-escaped.
 */
import type { FilingImpact } from '../diff/filing.js';
import type { PropertyChange, RelationshipRef, TaxonomyDiff } from '../diff/types.js';
import { SUMMARY_LABELS, shortName, shortUri } from './diff-text.js';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const e = escapeHtml;
const val = (x: unknown) =>
  x === null || x === undefined ? '<i>none</i>' : e(typeof x === 'string' ? x : JSON.stringify(x));
const qn = (k: string) => `<code title="${e(k)}">${e(shortName(k))}</code>`;
const props = (cs: PropertyChange[]) =>
  cs.map((c) => `${e(shortName(c.property))}: ${val(c.old)} &rarr; ${val(c.new)}`).join('<br>');
const relAttrs = (r: RelationshipRef) =>
  e(
    Object.entries(r.attributes)
      .map(([k, v]) => `${shortName(k)}=${v}`)
      .join(', '),
  );

const CSS = `body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%;margin:.5rem 0}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}th{background:#f3f3f3}
td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:.85rem}.muted{color:#666}summary{cursor:pointer;margin:.5rem 0}`;

function table(head: string[], rows: string[][], fold = 50): string {
  if (!rows.length) return '';
  const t = `<table><thead><tr>${head.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
  return rows.length > fold ? `<details><summary>${rows.length} rows</summary>${t}</details>` : t;
}

/**
 * Formats a diff (and, with `--filing`, what it means for each filing) as one HTML page.
 * @param title page title (default: "Taxonomy changes")
 */
export function formatDiffHtml(d: TaxonomyDiff, filings: FilingImpact[] = [], title = 'Taxonomy changes'): string {
  const c = d.changes;
  const parts: string[] = [];
  const h2 = (t: string, n: number) => parts.push(`<h2>${e(t)} (${n})</h2>`);
  parts.push(`<h1>${e(title)}</h1>`);
  parts.push(
    `<p>Old release: ${d.old.entryPoints.map((x) => `<code>${e(x)}</code>`).join(', ')} (${d.old.concepts} concepts, ${d.old.relationships} relationships)<br>New release: ${d.new.entryPoints.map((x) => `<code>${e(x)}</code>`).join(', ')} (${d.new.concepts} concepts, ${d.new.relationships} relationships)</p>`,
  );
  parts.push('<h2>Summary</h2>');
  parts.push(
    table(
      ['change', 'count'],
      SUMMARY_LABELS.map(([k, l]) => [
        e(l) +
          (k === 'assertionsChanged' && !c.assertions.available
            ? ` <span class="muted">(${e(c.assertions.note ?? '')})</span>`
            : ''),
        `<span class="n">${d.summary[k]}</span>`,
      ]),
      1000,
    ),
  );
  if (c.namespaces.length) {
    h2('Namespaces moved', c.namespaces.length);
    parts.push(
      table(
        ['old', 'new'],
        c.namespaces.map((x) => [`<code>${e(x.old)}</code>`, `<code>${e(x.new)}</code>`]),
      ),
    );
  }
  if (c.concepts.renamed.length) {
    h2('Concepts renamed', c.concepts.renamed.length);
    parts.push(
      table(
        ['old', 'new', 'label', 'matched by'],
        c.concepts.renamed.map((x) => [
          qn(x.old),
          qn(x.new),
          e(x.label ?? ''),
          x.by === 'namespace' ? 'namespace move' : 'local name and declaration',
        ]),
      ),
    );
  }
  for (const [t, list] of [
    ['Concepts removed', c.concepts.removed],
    ['Concepts added', c.concepts.added],
  ] as const) {
    if (!list.length) continue;
    h2(t, list.length);
    parts.push(
      table(
        ['concept', 'label'],
        list.map((x) => [qn(x.concept), e(x.label ?? '')]),
      ),
    );
  }
  if (c.concepts.changed.length) {
    h2('Concepts changed', c.concepts.changed.length);
    parts.push(
      table(
        ['concept', 'label', 'changes'],
        c.concepts.changed.map((x) => [qn(x.concept), e(x.label ?? ''), props(x.changes)]),
      ),
    );
  }
  if (c.labels.length) {
    h2('Labels changed', c.labels.length);
    parts.push(
      table(
        ['concept', 'role', 'language', 'old', 'new'],
        c.labels.map((x) => [qn(x.concept), e(shortUri(x.role)), e(x.lang), val(x.old), val(x.new)]),
      ),
    );
  }
  if (c.references.length) {
    h2('References changed', c.references.length);
    parts.push(
      table(
        ['concept', 'role', '', 'reference'],
        c.references.map((x) => [qn(x.concept), e(shortUri(x.role)), x.kind, e(x.text)]),
      ),
    );
  }
  if (c.relationships.length) {
    h2('Relationships', d.summary.relationshipsAdded + d.summary.relationshipsRemoved + d.summary.relationshipsChanged);
    for (const net of c.relationships) {
      parts.push(
        `<h3>${e(shortUri(net.arcrole))} in <code>${e(net.role)}</code>${net.oldRole ? ` <span class="muted">(was ${e(net.oldRole)})</span>` : ''}</h3>`,
      );
      const rows: string[][] = [];
      for (const r of net.removed) rows.push(['removed', qn(r.from), qn(r.to), String(r.order), relAttrs(r)]);
      for (const r of net.added) rows.push(['added', qn(r.from), qn(r.to), String(r.order), relAttrs(r)]);
      for (const r of net.changed) rows.push(['changed', qn(r.from), qn(r.to), '', props(r.changes)]);
      parts.push(table(['', 'from', 'to', 'order', 'attributes / changes'], rows));
    }
  }
  if (c.dimensions.length) {
    h2('Dimensional model', c.dimensions.length);
    parts.push(
      table(
        ['change', 'what', 'details'],
        c.dimensions.map((x) => {
          if (x.kind === 'hasHypercubeAdded' || x.kind === 'hasHypercubeRemoved')
            return [
              x.kind,
              `${e(x.arcrole)} ${qn(x.primaryItem)} &rarr; ${qn(x.hypercube)} in <code>${e(x.elr)}</code>`,
              x.dimensions.map(qn).join(', '),
            ];
          if (x.kind === 'hasHypercubeChanged')
            return [
              x.kind,
              `${e(x.arcrole)} ${qn(x.primaryItem)} &rarr; ${qn(x.hypercube)} in <code>${e(x.elr)}</code>`,
              props(x.changes),
            ];
          if (x.kind === 'dimensionAdded' || x.kind === 'dimensionRemoved')
            return [x.kind, qn(x.dimension), x.explicit ? 'explicit' : 'typed'];
          const det = [props(x.changes)];
          if (x.membersRemoved.length) det.push(`members removed: ${x.membersRemoved.map(qn).join(', ')}`);
          if (x.membersAdded.length) det.push(`members added: ${x.membersAdded.map(qn).join(', ')}`);
          return [x.kind, qn(x.dimension), det.filter(Boolean).join('<br>')];
        }),
      ),
    );
  }
  for (const [t, ty] of [
    ['Role types', c.roleTypes],
    ['Arcrole types', c.arcroleTypes],
  ] as const) {
    const rows: string[][] = [
      ...ty.renamed.map((x) => ['renamed', `<code>${e(x.old)}</code> &rarr; <code>${e(x.new)}</code>`, '']),
      ...ty.removed.map((x) => ['removed', `<code>${e(x.uri)}</code>`, e(x.definition ?? '')]),
      ...ty.added.map((x) => ['added', `<code>${e(x.uri)}</code>`, e(x.definition ?? '')]),
      ...ty.changed.map((x) => ['changed', `<code>${e(x.uri)}</code>`, props(x.changes)]),
    ];
    if (!rows.length) continue;
    h2(t, rows.length);
    parts.push(table(['change', 'URI', 'definition / changes'], rows));
  }
  const asr = c.assertions;
  if (asr.added.length || asr.removed.length || asr.changed.length) {
    h2(
      `Assertions (${asr.old} in the old release, ${asr.new} in the new)`,
      asr.added.length + asr.removed.length + asr.changed.length,
    );
    parts.push(
      table(
        ['change', 'assertion', 'test / changes'],
        [
          ...asr.removed.map((x) => [
            'removed',
            `${e(x.kind)} <code>${e(x.id)}</code>`,
            `<code>${e(x.test ?? '')}</code>`,
          ]),
          ...asr.added.map((x) => ['added', `${e(x.kind)} <code>${e(x.id)}</code>`, `<code>${e(x.test ?? '')}</code>`]),
          ...asr.changed.map((x) => ['changed', `${e(x.kind)} <code>${e(x.id)}</code>`, props(x.changes)]),
        ],
      ),
    );
  }
  if (c.entryPoints.added.length || c.entryPoints.removed.length) {
    h2('Entry points', c.entryPoints.added.length + c.entryPoints.removed.length);
    parts.push(
      table(
        ['change', 'entry point'],
        [
          ...c.entryPoints.removed.map((x) => ['removed', `<code>${e(x)}</code>`]),
          ...c.entryPoints.added.map((x) => ['added', `<code>${e(x)}</code>`]),
        ],
      ),
    );
  }
  for (const f of filings) {
    parts.push(`<h2>Filing <code>${e(f.filing)}</code></h2>`);
    const s = f.summary;
    parts.push(
      `<p>${f.facts} ${f.facts === 1 ? 'fact' : 'facts'}; ${f.factsNotInOld} of concepts not in the old release. Facts of removed concepts: ${s.factsRemovedConcepts}; renamed: ${s.factsRenamedConcepts}; changed: ${s.factsChangedConcepts}; contexts with members gone: ${s.contextsGoneMembers} (${s.factsGoneMembers} ${s.factsGoneMembers === 1 ? 'fact' : 'facts'}); assertions failed: ${f.assertions.available ? `${s.assertionsFailed} of ${f.assertions.evaluated ?? 0}` : e(`not checked (${f.assertions.note})`)}.</p>${f.assertions.failed.length ? `<ul>${f.assertions.failed.map((a) => `<li><code>${e(a.id)}</code>${a.message ? `: ${e(a.message)}` : ''}</li>`).join('')}</ul>` : ''}`,
    );
    const rows: string[][] = [
      ...f.removed.map((x) => ['removed', qn(x.concept), String(x.facts), 'no counterpart in the new release']),
      ...f.renamed.map((x) => ['renamed', qn(x.concept), String(x.facts), `use ${qn(x.newConcept!)}`]),
      ...f.changed.map((x) => ['changed', qn(x.concept), String(x.facts), props(x.changes ?? [])]),
      ...f.membersGone.map((m) => [
        'member gone',
        `${qn(m.dimension)} = ${qn(m.member)}`,
        String(m.facts),
        m.gone === 'dimension' ? 'dimension not in the new release' : 'not a member in the new release',
      ]),
    ];
    parts.push(
      rows.length ? table(['', 'concept / member', 'facts', 'what to change'], rows) : '<p>Nothing to change.</p>',
    );
  }
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>${e(title)}</title><style>${CSS}</style></head><body>\n${parts.join('\n')}\n<p class="muted">Generated by sbr-validator (diff format ${d.diffFormatVersion}).</p></body></html>\n`;
}

/**
 * The validation portal (issue 12 item 1), bundled by `npm run build:portal` into dist/portal/sbr-portal.js and type
 * checked with the DOM library by its own src/portal/tsconfig.json (the rest of src/ is checked without it). The same
 * bundle is the page's script and its Web Worker: the page never validates itself, it posts the filing and the
 * artifact to the worker (src/browser.ts's `Validator` and `validateFiling`: XBRL instances, Inline XBRL documents and
 * report packages, with the compiled artifact, no network) and renders the result. For Inline XBRL the report itself
 * is shown beside the findings (report-view.ts), facts with findings marked and linked both ways.
 * Nothing is uploaded: the only requests are the page's own files, the list of validators and an artifact.
 */
import {
  filingKind,
  openReportPackageBytes,
  validateFiling,
  Validator,
  type DocumentResult,
  type Finding,
  type SchemaValidator,
  type TaxonomySource,
} from '../browser.js';
import type { XhtmlSchemaValidator } from '../artifact/filing.js';
import { parseXml, type XmlElement } from '../xml/parse.js';
import { validateXhtmlSchema } from '../ixbrl/xhtml-schema.js';
import { validateAgainstSchemas } from '../xml/schema-validate.js';
import { PROFILE_NAMES } from '../rules/nl/profiles.js';
import { ReportView, type FactInfo, type ReportSource } from './report-view.js';

const XBRLI = 'http://www.xbrl.org/2003/instance';
const XBRLDI = 'http://xbrl.org/2006/xbrldi';
const LINK = 'http://www.xbrl.org/2003/linkbase';

interface Job {
  id: number;
  artifact: ArrayBuffer;
  artifactKey: string;
  filing: ArrayBuffer;
  url: string;
  lang: string;
  /** Dutch filing-rule profile (`sbr profiles`), '' = none; undefined = the artifact's own (`sbr compile --profile`). */
  profile?: string;
}
interface Done {
  id: number;
  results?: DocumentResult[];
  /** The Inline XBRL documents of the filing, to render (decoded as UTF-8). */
  sources?: ReportSource[];
  /** The facts of an XBRL instance filing (for Inline XBRL the report view reads them from the documents). */
  facts?: FactInfo[];
  header?: Validator['header'];
  ms?: number;
  error?: { code: string; message: string };
}

const isWorker = typeof document === 'undefined';

/**
 * The stages a validation goes through, in order, as the worker reports them to the page's `<progress>`: reading
 * the artifact and the filing, parsing the filing, its DTS (the compiled taxonomy, with an extension layered), the
 * rules, XML Schema validation (libxml2).
 */
export const STAGES = ['reading', 'parsing', 'dts', 'rules', 'schema'] as const;
export type Stage = (typeof STAGES)[number];

if (isWorker) {
  // ---- Web Worker: validates with the compiled artifact ----
  let loaded: { key: string; validator: Validator } | undefined;
  const scope = self as unknown as {
    onmessage: (e: MessageEvent<Job>) => void;
    postMessage: (m: Done | { id: number; progress: Stage }) => void;
  };
  /** Where the stages of the job being validated go (one job at a time: the page waits for each answer). */
  let stage: (s: Stage) => void = () => {};
  const wrapSource = (t: TaxonomySource): TaxonomySource => ({
    ...t,
    load: (starts) => {
      stage('dts');
      try {
        return t.load(starts);
      } finally {
        stage('rules'); // the pipeline runs the rules once it has the taxonomy
      }
    },
    ...(t.withDocuments ? { withDocuments: (d) => wrapSource(t.withDocuments!(d)) } : {}),
  });
  const schemaStage: SchemaValidator = (...args) => {
    stage('schema');
    return validateAgainstSchemas(...args);
  };
  const xhtmlStage: XhtmlSchemaValidator = (...args) => {
    stage('schema');
    return validateXhtmlSchema(...args);
  };
  scope.onmessage = async (e) => {
    const job = e.data;
    let last: Stage | undefined;
    stage = (s) => {
      if (s !== last) scope.postMessage({ id: job.id, progress: (last = s) });
    };
    try {
      const t0 = performance.now();
      stage('reading');
      if (loaded?.key !== job.artifactKey) {
        const validator = await Validator.load(new Uint8Array(job.artifact), job.artifactKey);
        // every taxonomy source the validator hands out reports the DTS and rules stages (validate() and
        // validateFiling() ask the instance's own method, which this shadows)
        const own = Validator.prototype.taxonomySource;
        validator.taxonomySource = (documents) => wrapSource(own.call(validator, documents));
        loaded = { key: job.artifactKey, validator };
      }
      stage('parsing');
      const bytes = new Uint8Array(job.filing);
      // XML Schema validation as `sbr validate --validator` does it: libxml2 (xmllint-wasm, ./xmllint-engine.ts) on the
      // artifact's schemas for instances and Inline XBRL targets, on its Inline XBRL 1.1 schema set for the XHTML
      const results = await validateFiling(
        loaded.validator,
        { url: job.url, bytes },
        {
          lang: job.lang,
          schemaValidator: schemaStage,
          xhtmlSchemaValidator: xhtmlStage,
          ...(job.profile !== undefined ? { profile: job.profile } : {}),
        },
      );
      scope.postMessage({
        id: job.id,
        results,
        sources: inlineSources(job.url, bytes),
        facts: filingKind(job.url) === 'instance' ? instanceFacts(job.url, bytes) : [],
        header: loaded.validator.header,
        ms: Math.round(performance.now() - t0),
      });
    } catch (err) {
      const f = (err as { finding?: Finding }).finding;
      scope.postMessage({
        id: job.id,
        error: f ? { code: f.code, message: f.message } : { code: 'sbr:internal', message: String(err) },
      });
    } finally {
      stage = () => {};
    }
  };
}

/**
 * The facts of an XBRL instance by the place of their start tag, with their value and their context's period and
 * dimensions (XBRL 2.1 sections 4.6, 4.7; XBRL Dimensions 1.0 section 3.1.4), for the findings table's value and
 * context columns. Nothing when the instance does not parse (its findings say why).
 */
function instanceFacts(url: string, bytes: Uint8Array): FactInfo[] {
  let doc;
  try {
    doc = parseXml(bytes, url);
  } catch {
    return [];
  }
  const periods = new Map<string, string>();
  const find = (el: XmlElement, local: string): XmlElement | undefined => {
    for (const c of el.children) {
      if (c.ns === XBRLI && c.local === local) return c;
      const d = find(c, local);
      if (d) return d;
    }
    return undefined;
  };
  const dimsOf = (el: XmlElement): string[] => {
    const out: string[] = [];
    const walk = (e: XmlElement) => {
      for (const c of e.children) {
        if (c.ns === XBRLDI && (c.local === 'explicitMember' || c.local === 'typedMember'))
          out.push(`${c.attrs.get('dimension') ?? ''}=${c.text.trim() || (c.children[0]?.text.trim() ?? '')}`);
        else walk(c);
      }
    };
    walk(el);
    return out;
  };
  for (const c of doc.root.children) {
    if (c.ns !== XBRLI || c.local !== 'context') continue;
    const period = find(c, 'period');
    const instant = period && find(period, 'instant')?.text.trim();
    const range = period && [find(period, 'startDate'), find(period, 'endDate')].map((x) => x?.text.trim() ?? '');
    const forever = period && find(period, 'forever');
    const p = instant || (forever ? 'forever' : range?.filter(Boolean).join(' – ')) || '';
    const dims = dimsOf(c);
    periods.set(c.attrs.get('id') ?? '', p + (dims.length ? ` [${dims.join(', ')}]` : ''));
  }
  const facts: FactInfo[] = [];
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      const ctx = c.attrs.get('contextRef');
      if (ctx !== undefined)
        facts.push({
          file: url,
          line: c.line,
          column: c.column,
          value: c.text.trim().slice(0, 200),
          context: ctx,
          period: periods.get(ctx) ?? '',
        });
      else if (c.ns !== XBRLI && c.ns !== LINK && c.children.length) walk(c); // tuples
    }
  };
  walk(doc.root);
  return facts;
}

/** The Inline XBRL documents of a filing (an .html/.xhtml file, or those of a report package), for the report view. */
function inlineSources(url: string, bytes: Uint8Array): ReportSource[] {
  const kind = filingKind(url);
  const text = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);
  if (kind === 'inline') return [{ url, text: text(bytes) }];
  if (kind !== 'reportPackage') return [];
  try {
    const pkg = openReportPackageBytes(url, bytes);
    return pkg.reports
      .filter((r) => r.kind === 'inline')
      .flatMap((r) => r.files)
      .map((f) => ({ url: f, text: text(pkg.read(f)) }));
  } catch {
    return []; // the package's own finding says why (rpe:...)
  }
}

const TEXT: Record<string, Record<string, string>> = {
  en: {
    title: 'SBR validation portal',
    language: 'Language',
    privacy:
      'Your filing is checked in this browser with the compiled validator. Nothing is uploaded: the filing never leaves your computer.',
    filingLegend: 'Filing',
    filingLabel: 'XBRL instance (.xbrl, .xml), Inline XBRL (.html, .xhtml) or report package (.zip, .xbri)',
    drop: 'or drop it here',
    filingUrlLabel: 'Where the filing is (optional: for a relative schemaRef)',
    validatorLegend: 'Validator',
    validatorListLabel: 'A validator of this server',
    validatorFileLabel: 'or a validator file (.sbrv)',
    profileLabel: 'Dutch filing rules (profile)',
    profileDefault: "the validator's own",
    profileNone: 'none',
    profileAuto: "chosen from the filing's taxonomy",
    none: '(none)',
    validate: 'Validate',
    hint: 'Choose a filing and a validator, then Validate.',
    summary: 'Summary',
    downloadJson: 'Download JSON',
    downloadCsv: 'Download CSV',
    findings: 'Findings',
    severity: 'Severity',
    all: 'all',
    filterText: 'Code, concept, value, period or text',
    code: 'Code',
    concept: 'Concept',
    where: 'File:line',
    message: 'Message',
    valid: 'Valid',
    invalid: 'Not valid',
    stage: 'Step',
    stage_reading: 'reading the validator and the filing',
    stage_parsing: 'parsing the filing',
    stage_dts: 'taxonomy (DTS)',
    stage_rules: 'XBRL rules',
    stage_schema: 'XML Schema validation',
    contextPeriod: 'Context: period',
    needBoth: 'Choose a filing and a validator first.',
    taxonomy: 'Taxonomy',
    time: 'Time',
    errors: 'errors',
    warnings: 'warnings',
    infos: 'info',
    noFindings: 'No findings.',
    shown: 'shown',
    failed: 'The filing could not be validated',
    sev_error: 'error',
    sev_warning: 'warning',
    sev_info: 'info',
    report: 'The report',
    reportHint: 'Facts with findings are marked; choose one, or a finding in the table, to see it in the report.',
    fact: 'Fact',
    period: 'Period',
    dimensions: 'Dimensions',
    contextLabel: 'Context',
    value: 'Value',
    factFindings: 'Findings on this fact',
    reportDocument: 'Document of the report',
    flaggedFacts: 'facts with findings',
    none2: 'none',
  },
  nl: {
    title: 'SBR-validatieportaal',
    language: 'Taal',
    privacy:
      'Uw bestand wordt in deze browser gecontroleerd met de gecompileerde validator. Er wordt niets geüpload: het bestand verlaat uw computer niet.',
    filingLegend: 'Rapport',
    filingLabel: 'XBRL-instantie (.xbrl, .xml), Inline XBRL (.html, .xhtml) of rapportpakket (.zip, .xbri)',
    drop: 'of sleep het hierheen',
    filingUrlLabel: 'Waar het rapport staat (optioneel: voor een relatieve schemaRef)',
    validatorLegend: 'Validator',
    validatorListLabel: 'Een validator van deze server',
    validatorFileLabel: 'of een validatorbestand (.sbrv)',
    profileLabel: 'Nederlandse filingregels (profiel)',
    profileDefault: 'die van de validator',
    profileNone: 'geen',
    profileAuto: 'gekozen op de taxonomie van het rapport',
    none: '(geen)',
    validate: 'Valideren',
    hint: 'Kies een rapport en een validator en klik op Valideren.',
    summary: 'Samenvatting',
    downloadJson: 'JSON downloaden',
    downloadCsv: 'CSV downloaden',
    findings: 'Bevindingen',
    severity: 'Ernst',
    all: 'alle',
    filterText: 'Code, concept, waarde, periode of tekst',
    code: 'Code',
    concept: 'Concept',
    where: 'Bestand:regel',
    message: 'Melding',
    valid: 'Geldig',
    invalid: 'Niet geldig',
    stage: 'Stap',
    stage_reading: 'validator en rapport lezen',
    stage_parsing: 'rapport ontleden',
    stage_dts: 'taxonomie (DTS)',
    stage_rules: 'XBRL-regels',
    stage_schema: 'XML Schema-validatie',
    contextPeriod: 'Context: periode',
    needBoth: 'Kies eerst een rapport en een validator.',
    taxonomy: 'Taxonomie',
    time: 'Tijd',
    errors: 'fouten',
    warnings: 'waarschuwingen',
    infos: 'info',
    noFindings: 'Geen bevindingen.',
    shown: 'getoond',
    failed: 'Het rapport kon niet worden gevalideerd',
    sev_error: 'fout',
    sev_warning: 'waarschuwing',
    sev_info: 'info',
    report: 'Het rapport',
    reportHint:
      'Feiten met bevindingen zijn gemarkeerd; kies er een, of een bevinding in de tabel, om het in het rapport te zien.',
    fact: 'Feit',
    period: 'Periode',
    dimensions: 'Dimensies',
    contextLabel: 'Context',
    value: 'Waarde',
    factFindings: 'Bevindingen bij dit feit',
    reportDocument: 'Document van het rapport',
    flaggedFacts: 'feiten met bevindingen',
    none2: 'geen',
  },
};

interface Row {
  severity: string;
  code: string;
  concept: string;
  /** The value of the fact the finding is on, as written ('' when it is on no fact). */
  value: string;
  /** The fact's context id and period (`Q1: 2024-01-01 – 2024-03-31`), with its dimensions. */
  period: string;
  file: string;
  line: number;
  message: string;
  f: Finding;
}

function startPage(): void {
  const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;
  const worker = new Worker(new URL(import.meta.url), { type: 'module' });
  worker.onerror = (e) => progress(`${t('failed')}: ${e.message || 'the validation worker could not start'}`);
  let lang = 'en';
  let jobId = 0;
  let rows: Row[] = [];
  let last: { valid: boolean; findings: Finding[]; documents: unknown[] } | undefined;
  let sort: { key: keyof Row; dir: 1 | -1 } = { key: 'line', dir: 1 };
  const t = (k: string) => TEXT[lang]![k] ?? TEXT['en']![k] ?? k;
  // the rendered Inline XBRL report (report-view.ts): a fact chosen there marks its findings' rows
  const view = new ReportView(
    $<HTMLIFrameElement>('#report'),
    $<HTMLElement>('#factInfo'),
    t,
    (fact) => {
      for (const tr of document.querySelectorAll<HTMLElement>('tr.finding'))
        tr.classList.toggle('current', !!fact && tr.dataset['fact'] === fact);
      document.querySelector<HTMLElement>(`tr.finding[data-fact="${fact}"]`)?.scrollIntoView({ block: 'nearest' });
    },
    $<HTMLSelectElement>('#reportDocument'),
  );

  const applyText = () => {
    document.documentElement.lang = lang;
    document.title = t('title');
    for (const el of document.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset['i18n']!);
  };

  // validators this server offers (GET /v1/validators); the portal works without them (a chosen .sbrv file)
  fetch('/v1/validators')
    .then((r) => (r.ok ? r.json() : { validators: [] }))
    .then(
      (j: { validators: { id: string; packages: { name?: string; version?: string }[] }[] }) => {
        const sel = $<HTMLSelectElement>('#validatorId');
        for (const v of j.validators) {
          const o = document.createElement('option');
          o.value = v.id;
          o.textContent =
            v.id +
            (v.packages.length
              ? ` (${v.packages.map((p) => `${p.name ?? ''} ${p.version ?? ''}`.trim()).join(', ')})`
              : '');
          sel.append(o);
        }
        if (j.validators.length === 1) sel.value = j.validators[0]!.id;
      },
      () => {},
    );

  // the Dutch filing-rule profiles (src/rules/nl/profiles.ts), after "the validator's own", "none" and "auto"
  const profiles = $<HTMLSelectElement>('#profile');
  for (const name of PROFILE_NAMES) {
    const o = document.createElement('option');
    o.value = o.textContent = name;
    profiles.append(o);
  }

  const drop = $<HTMLElement>('#drop');
  drop.addEventListener('dragover', (e) => {
    e.preventDefault();
    drop.classList.add('over');
  });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (e.dataTransfer?.files.length) $<HTMLInputElement>('#filing').files = e.dataTransfer.files;
  });

  const progress = (s: string) => ($<HTMLElement>('#progress').textContent = s);
  // the validation's stages as the worker reports them (STAGES), in a <progress> element; `data-stages` keeps the
  // stages seen for the current validation (a test hook)
  const bar = $<HTMLProgressElement>('#progressBar');
  bar.max = STAGES.length;
  const showStage = (s: Stage | undefined) => {
    const done = s === undefined;
    bar.hidden = done;
    if (done) return;
    bar.value = STAGES.indexOf(s) + 1;
    const seen = (bar.dataset['stages'] ?? '').split(' ').filter(Boolean);
    if (seen[seen.length - 1] !== s) bar.dataset['stages'] = [...seen, s].join(' ');
    const text = `${t('stage')} ${STAGES.indexOf(s) + 1}/${STAGES.length}: ${t(`stage_${s}`)}`;
    bar.setAttribute('aria-valuetext', text);
    progress(text);
  };

  const run = async () => {
    const filing = $<HTMLInputElement>('#filing').files?.[0];
    const file = $<HTMLInputElement>('#validator').files?.[0];
    const id = $<HTMLSelectElement>('#validatorId').value;
    if (!filing || (!file && !id)) return progress(t('needBoth'));
    bar.dataset['stages'] = '';
    showStage('reading');
    $<HTMLElement>('#summaryBody').replaceChildren(); // no verdict (data-valid) of an earlier filing while this one runs
    const artifact = file
      ? await file.arrayBuffer()
      : await (await fetch(`/v1/validators/${encodeURIComponent(id)}/artifact`)).arrayBuffer();
    const artifactKey = file ? `${file.name}:${file.size}:${file.lastModified}` : `server:${id}`;
    const url = $<HTMLInputElement>('#filingUrl').value.trim() || filing.name;
    const p = $<HTMLSelectElement>('#profile').value;
    const job: Job = {
      id: ++jobId,
      artifact,
      artifactKey,
      filing: await filing.arrayBuffer(),
      url,
      lang,
      ...(p ? { profile: p === 'none' ? '' : p } : {}),
    };
    const done = await new Promise<Done>((resolve) => {
      worker.onmessage = (e: MessageEvent<Done & { progress?: Stage }>) => {
        if (e.data.id !== job.id) return;
        if (e.data.progress) showStage(e.data.progress);
        else resolve(e.data);
      };
      worker.postMessage(job, [job.artifact, job.filing]);
    });
    showStage(undefined);
    progress('');
    $<HTMLElement>('#hint').hidden = true;
    render(done, filing.name);
  };

  const render = (d: Done, name: string) => {
    const summary = $<HTMLElement>('#summaryBody');
    summary.replaceChildren();
    $<HTMLElement>('#summary').hidden = false;
    $<HTMLElement>('#findingsSection').hidden = false;
    const findings: Finding[] =
      d.results?.flatMap((r) => r.findings) ??
      (d.error
        ? [
            {
              code: d.error.code,
              severity: 'error',
              message: d.error.message,
              file: name,
              line: 0,
              column: 0,
            } as Finding,
          ]
        : []);
    const valid = d.results ? d.results.every((r) => r.valid) : false;
    last = {
      valid,
      findings,
      documents: (d.results ?? []).map((r) => ({ file: r.file, kind: r.kind, valid: r.valid, stats: r.stats })),
    };
    const verdict = document.createElement('span');
    verdict.className = 'verdict';
    verdict.dataset['valid'] = String(valid);
    verdict.textContent = d.error ? `${t('failed')}: ${d.error.code}` : t(valid ? 'valid' : 'invalid');
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    const counts = document.createElement('span');
    // '1 error', '2 errors' (the severity names are the singular forms)
    const counted = (s: 'error' | 'warning' | 'info', plural: string) =>
      `${count(s)} ${count(s) === 1 ? t(`sev_${s}`) : t(plural)}`;
    counts.textContent = `${counted('error', 'errors')}, ${counted('warning', 'warnings')}, ${counted('info', 'infos')}`;
    const tax = document.createElement('span');
    if (d.header) {
      const pk = d.header.taxonomy.packages
        .map((p) => `${p.name ?? p.identifier ?? ''} ${p.version ?? ''}`.trim())
        .filter(Boolean);
      tax.textContent = `${t('taxonomy')}: ${d.header.taxonomy.entryPoints.map((e) => e.split('/').pop()).join(', ')}${pk.length ? ` (${pk.join(', ')})` : ''}`;
      tax.title = d.header.taxonomy.entryPoints.join('\n');
    }
    const time = document.createElement('span');
    if (d.ms !== undefined) time.textContent = `${t('time')}: ${(d.ms / 1000).toFixed(2)} s`;
    summary.append(verdict, counts, tax, time);
    view.show(d.sources ?? [], findings);
    // the fact a finding is on: from the rendered report (Inline XBRL), else from the instance's facts by start tag
    const byLine = new Map<string, FactInfo[]>();
    for (const x of d.facts ?? []) {
      const k = `${x.file}\u0000${x.line}`;
      const l = byLine.get(k);
      if (l) l.push(x);
      else byLine.set(k, [x]);
    }
    const factOf = (f: Finding): FactInfo | undefined => {
      const inline = view.factInfo(f);
      if (inline) return inline;
      const onLine = byLine.get(`${f.file}\u0000${f.line}`);
      return onLine && (onLine.filter((x) => x.column <= (f.column ?? 0)).pop() ?? onLine[0]);
    };
    rows = findings.map((f) => {
      const m = /^(?:Fact |Feit )?(.*?\(([A-Za-z_][\w.-]*)\))/.exec(f.message);
      const fact = factOf(f);
      return {
        severity: f.severity,
        code: f.code,
        // the label (QName) the message names, else the concept of the fact the finding is on in the rendered report
        concept: m ? m[1]! : (view.conceptOf(view.factOf(f)) ?? ''),
        value: fact?.value ?? '',
        period: fact ? `${fact.context}: ${fact.period}` : '',
        file: f.file,
        line: f.line ?? 0,
        message: f.message,
        f,
      };
    });
    drawTable();
  };

  const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };
  const drawTable = () => {
    const sev = $<HTMLSelectElement>('#filterSeverity').value;
    const q = $<HTMLInputElement>('#filterText').value.trim().toLowerCase();
    const shown = rows
      .filter(
        (r) =>
          (!sev || r.severity === sev) &&
          (!q || `${r.code} ${r.concept} ${r.value} ${r.period} ${r.message}`.toLowerCase().includes(q)),
      )
      .sort((a, b) => {
        const k = sort.key;
        const x =
          k === 'severity'
            ? RANK[a.severity]! - RANK[b.severity]!
            : k === 'line'
              ? a.line - b.line
              : String(a[k]).localeCompare(String(b[k]));
        return x * sort.dir || a.line - b.line;
      });
    const body = $<HTMLTableSectionElement>('#findings tbody');
    body.replaceChildren();
    for (const r of shown) {
      const tr = document.createElement('tr');
      tr.dataset['code'] = r.code;
      tr.dataset['severity'] = r.severity;
      tr.className = 'finding';
      const fact = view.factOf(r.f);
      if (fact) {
        tr.dataset['fact'] = fact;
        tr.tabIndex = 0;
        tr.classList.add('linked');
        const go = () => view.select(fact, true);
        tr.addEventListener('click', go);
        tr.addEventListener('keydown', (e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            go();
          }
        });
      }
      const cell = (text: string, cls = '') => {
        const td = document.createElement('td');
        td.textContent = text;
        if (cls) td.className = cls;
        tr.append(td);
      };
      cell(t(`sev_${r.severity}`));
      cell(r.code, 'code');
      cell(r.concept);
      cell(r.value, 'value');
      // dates kept on one line each (the browser would break them at their hyphens); the text stays the same
      const period = document.createElement('td');
      period.className = 'period';
      let at = 0;
      for (const m of r.period.matchAll(/\d{4}-\d{2}-\d{2}(?:T[\d:.]+)?/g)) {
        period.append(r.period.slice(at, m.index));
        const d = document.createElement('span');
        d.className = 'date';
        d.textContent = m[0];
        period.append(d);
        at = m.index + m[0].length;
      }
      period.append(r.period.slice(at));
      tr.append(period);
      cell(`${r.file.split('/').pop()}:${r.line}`, 'where');
      cell(r.message);
      body.append(tr);
    }
    if (!shown.length) {
      const tr = document.createElement('tr');
      const td = document.createElement('td');
      td.colSpan = 7;
      td.textContent = rows.length ? `0 / ${rows.length} ${t('shown')}` : t('noFindings');
      tr.append(td);
      body.append(tr);
    }
    for (const th of document.querySelectorAll<HTMLElement>('th')) {
      const b = th.querySelector<HTMLButtonElement>('button[data-sort]');
      th.setAttribute(
        'aria-sort',
        b && b.dataset['sort'] === sort.key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none',
      );
    }
  };

  for (const b of document.querySelectorAll<HTMLButtonElement>('button[data-sort]')) {
    b.addEventListener('click', () => {
      const key = b.dataset['sort'] as keyof Row;
      sort = { key, dir: sort.key === key ? (-sort.dir as 1 | -1) : 1 };
      drawTable();
    });
  }
  $<HTMLSelectElement>('#filterSeverity').addEventListener('change', drawTable);
  $<HTMLInputElement>('#filterText').addEventListener('input', drawTable);

  const download = (name: string, type: string, text: string) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([text], { type }));
    a.download = name;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  $<HTMLButtonElement>('#downloadJson').addEventListener(
    'click',
    () => last && download('findings.json', 'application/json', JSON.stringify(last, null, 2) + '\n'),
  );
  $<HTMLButtonElement>('#downloadCsv').addEventListener('click', () => {
    const q = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`;
    const lines = [
      'severity,code,concept,value,context,file,line,column,message',
      ...rows.map((r) =>
        [r.severity, r.code, r.concept, r.value, r.period, r.file, r.line, r.f.column ?? '', r.message]
          .map(q)
          .join(','),
      ),
    ];
    download('findings.csv', 'text/csv', lines.join('\r\n') + '\r\n');
  });

  $<HTMLFormElement>('#form').addEventListener('submit', (e) => {
    e.preventDefault();
    void run();
  });
  $<HTMLSelectElement>('#lang').addEventListener('change', (e) => {
    lang = (e.target as HTMLSelectElement).value;
    applyText();
    if (last) void run(); // messages and labels in the chosen language
  });
  applyText();
}

if (!isWorker) {
  startPage();
  // offline once loaded: the page's files, the validator list and the artifacts used are kept (sbr-portal-sw.js)
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('sbr-portal-sw.js').catch(() => {});
}

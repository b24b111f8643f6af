/**
 * The portal's view of an Inline XBRL report (issue 12 item 1): the filing's XHTML rendered in a sandboxed frame beside
 * the findings table, each fact with findings marked, linked both ways: a finding's row scrolls the report to its fact
 * and marks it; a fact chosen in the report shows its concept, value, period, dimensions and findings, and marks its rows.
 *
 * A finding names the fact by file and line (and column) of its start tag, as src/ixbrl/extract.ts `remapFinding`
 * moves it from the target instance back to the XHTML (Inline XBRL 1.1 sections 11.x: ix:nonFraction, ix:nonNumeric,
 * ix:fraction). The DOM has no line numbers, so the text is annotated first: every fact's start tag gets
 * `data-sbr-fact`, `data-sbr-line` and `data-sbr-col` (its position in the document as the validator read it).
 *
 * The report is untrusted: it is rendered in an `<iframe sandbox="allow-same-origin">` (no script runs in it), after
 * its script, object, embed and iframe elements and its `on*` attributes and `javascript:` links are removed.
 */

/** An Inline XBRL document of the filing, by the location findings name it with. */
export interface ReportSource {
  url: string;
  text: string;
}

interface FindingRef {
  code: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column?: number;
}

interface Fact {
  id: string;
  line: number;
  col: number;
}

const FACT_TAG = /<((?:[A-Za-z_][\w.-]*:)?(nonFraction|nonNumeric|fraction))(?=[\s/>])/g;
const XBRLI = 'http://www.xbrl.org/2003/instance';
const XBRLDI = 'http://xbrl.org/2006/xbrldi';

/**
 * The text with a `data-sbr-fact`/`data-sbr-line`/`data-sbr-col` attribute in each fact's start tag, and the facts
 * (line and column of their `<`, 1-based, columns counted in UTF-16 code units). Comments and CDATA sections are skipped.
 */
export function annotateFacts(text: string): { text: string; facts: Fact[] } {
  const facts: Fact[] = [];
  const skip: [number, number][] = [];
  for (const m of text.matchAll(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g))
    skip.push([m.index, m.index + m[0].length]);
  let out = '';
  let last = 0;
  let line = 1;
  let lineStart = 0;
  let scanned = 0;
  for (const m of text.matchAll(FACT_TAG)) {
    const at = m.index;
    if (skip.some(([a, b]) => at >= a && at < b)) continue;
    for (let i = scanned; i < at; i++)
      if (text.charCodeAt(i) === 10) {
        line++;
        lineStart = i + 1;
      }
    scanned = at;
    const fact: Fact = { id: `f${facts.length + 1}`, line, col: at - lineStart + 1 };
    facts.push(fact);
    const end = at + 1 + m[1]!.length;
    out += text.slice(last, end) + ` data-sbr-fact="${fact.id}" data-sbr-line="${line}" data-sbr-col="${fact.col}"`;
    last = end;
  }
  return { text: out + text.slice(last), facts };
}

/** Parses a report as XHTML (as the validator did; HTML when it is not well-formed) and removes what could act. */
function parseReport(text: string): Document {
  let doc = new DOMParser().parseFromString(text, 'application/xhtml+xml');
  if (doc.getElementsByTagName('parsererror').length) doc = new DOMParser().parseFromString(text, 'text/html');
  for (const el of [...doc.querySelectorAll('script, object, embed, iframe, frame, base')]) el.remove();
  for (const el of doc.querySelectorAll('*'))
    for (const a of [...el.attributes])
      if (/^on/i.test(a.name) || (/^(href|src|action|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)))
        el.removeAttribute(a.name);
  return doc;
}

const FRAME_STYLE = `
[data-sbr-flag] { outline: 2px solid #b00020; background: rgba(255, 214, 0, 0.45); cursor: pointer; }
[data-sbr-flag='warning'] { outline-color: #b36b00; }
[data-sbr-flag='info'] { outline-color: #1f5fa8; background: rgba(31, 95, 168, 0.12); }
[data-sbr-current] { outline: 4px solid #f9a800 !important; box-shadow: 0 0 0 6px rgba(249, 168, 0, 0.35); }
`;

const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

export class ReportView {
  #source: ReportSource | undefined;
  #facts: Fact[] = [];
  #byFact = new Map<string, FindingRef[]>();
  #current: string | undefined;

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly info: HTMLElement,
    private readonly t: (key: string) => string,
    private readonly onSelect: (fact: string | undefined) => void,
  ) {}

  /** Renders the first Inline XBRL document of `sources` (none: the view is hidden) and marks the facts of `findings`. */
  show(sources: ReportSource[], findings: FindingRef[]): void {
    const section = this.frame.closest('section');
    this.#source = sources[0];
    this.#facts = [];
    this.#byFact = new Map();
    this.#current = undefined;
    this.info.replaceChildren();
    document.body.classList.toggle('with-report', !!this.#source);
    if (section) section.hidden = !this.#source;
    if (!this.#source) return;
    const { text, facts } = annotateFacts(this.#source.text);
    this.#facts = facts;
    for (const f of findings) {
      const id = this.factOf(f);
      if (!id) continue;
      const l = this.#byFact.get(id);
      if (l) l.push(f);
      else this.#byFact.set(id, [f]);
    }
    const parsed = parseReport(text);
    const doc = this.frame.contentDocument!;
    doc.replaceChild(doc.importNode(parsed.documentElement, true), doc.documentElement);
    const style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
    style.textContent = FRAME_STYLE;
    (doc.head ?? doc.documentElement).append(style);
    for (const [id, list] of this.#byFact) {
      const el = this.#element(id);
      if (!el) continue;
      const worst = list.map((f) => f.severity).sort((a, b) => (RANK[a] ?? 3) - (RANK[b] ?? 3))[0]!;
      el.setAttribute('data-sbr-flag', worst);
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('title', list.map((f) => `${f.code}: ${f.message}`).join('\n'));
    }
    doc.addEventListener('click', (e) => {
      const el = (e.target as Element | null)?.closest?.('[data-sbr-fact]');
      if (el) this.select(el.getAttribute('data-sbr-fact')!, false);
    });
    doc.addEventListener('keydown', (e) => {
      const el = (e.target as Element | null)?.closest?.('[data-sbr-fact]');
      if (el && (e.key === 'Enter' || e.key === ' ')) {
        e.preventDefault();
        this.select(el.getAttribute('data-sbr-fact')!, false);
      }
    });
  }

  /** The fact a finding is on (`data-sbr-fact` id), if it names a fact start tag of the rendered document. */
  factOf(f: FindingRef): string | undefined {
    if (!this.#source || f.file !== this.#source.url) return undefined;
    const onLine = this.#facts.filter((x) => x.line === f.line);
    if (!onLine.length) return undefined;
    const col = f.column ?? 0;
    // the last fact starting at or before the finding's column (the column of its `<`), else the first on the line
    return (onLine.filter((x) => x.col <= col).pop() ?? onLine[0]!).id;
  }

  /** Marks a fact, shows what it is and its findings; `scroll` brings it into view in the report. */
  select(id: string, scroll: boolean): void {
    const doc = this.frame.contentDocument;
    if (!doc) return;
    for (const el of doc.querySelectorAll('[data-sbr-current]')) el.removeAttribute('data-sbr-current');
    const el = this.#element(id);
    if (!el) return;
    this.#current = id;
    el.setAttribute('data-sbr-current', 'true');
    if (scroll) el.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.#describe(el, this.#byFact.get(id) ?? []);
    this.onSelect(id);
  }

  /** The concept (QName, its `name` attribute) of a fact of the rendered report. */
  conceptOf(id: string | undefined): string | undefined {
    return id ? (this.#element(id)?.getAttribute('name') ?? undefined) : undefined;
  }

  get current(): string | undefined {
    return this.#current;
  }

  #element(id: string): Element | null {
    return this.frame.contentDocument?.querySelector(`[data-sbr-fact="${id}"]`) ?? null;
  }

  /** The fact's concept, value, period and dimensions (from its context in ix:resources) and its findings. */
  #describe(el: Element, findings: FindingRef[]): void {
    const t = this.t;
    const doc = el.ownerDocument;
    const ctxId = el.getAttribute('contextRef') ?? el.getAttribute('contextref') ?? '';
    const ctx = [...doc.getElementsByTagNameNS(XBRLI, 'context')].find((c) => c.getAttribute('id') === ctxId);
    const text = (parent: Element | undefined, local: string) =>
      parent ? (parent.getElementsByTagNameNS(XBRLI, local)[0]?.textContent?.trim() ?? '') : '';
    const instant = text(ctx, 'instant');
    const period = instant || [text(ctx, 'startDate'), text(ctx, 'endDate')].filter(Boolean).join(' – ');
    const dims = ctx
      ? [
          ...ctx.getElementsByTagNameNS(XBRLDI, 'explicitMember'),
          ...ctx.getElementsByTagNameNS(XBRLDI, 'typedMember'),
        ].map((m) => `${m.getAttribute('dimension')} = ${m.textContent?.trim()}`)
      : [];
    const dl = document.createElement('dl');
    const row = (k: string, v: string) => {
      const dt = document.createElement('dt');
      dt.textContent = t(k);
      const dd = document.createElement('dd');
      dd.textContent = v;
      dl.append(dt, dd);
    };
    row('concept', el.getAttribute('name') ?? '');
    row('value', (el.textContent ?? '').trim().slice(0, 200));
    row('contextLabel', ctxId);
    row('period', period);
    row('dimensions', dims.join('; ') || t('none2'));
    const h = document.createElement('h3');
    h.textContent = t('factFindings');
    const ul = document.createElement('ul');
    for (const f of findings) {
      const li = document.createElement('li');
      li.dataset['findingCode'] = f.code;
      li.textContent = `${t(`sev_${f.severity}`)} ${f.code}: ${f.message}`;
      ul.append(li);
    }
    if (!findings.length) {
      const li = document.createElement('li');
      li.textContent = t('none2');
      ul.append(li);
    }
    const title = document.createElement('h3');
    title.textContent = t('fact');
    this.info.replaceChildren(title, dl, h, ul);
  }
}

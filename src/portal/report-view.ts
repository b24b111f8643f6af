/**
 * The portal's view of an Inline XBRL report (issue 12 item 1): the filing's XHTML rendered in a sandboxed frame beside
 * the findings table, each fact with findings marked, linked both ways: a finding's row scrolls the report to its fact
 * and marks it; a fact chosen in the report shows its concept, value, period, dimensions and findings, and marks its rows.
 * A document set of several documents (Inline XBRL 1.1 section 3) is rendered one document at a time with a switcher
 * (a labelled select, with the number of documents and of facts with findings in each); a finding on a fact of another
 * document switches to that document first. Fact ids are unique across the set (`d2f17`: document 2, fact 17).
 *
 * A finding names the fact by file and line (and column) of its start tag, as src/ixbrl/extract.ts `remapFinding`
 * moves it from the target instance back to the XHTML (Inline XBRL 1.1 sections 11.x: ix:nonFraction, ix:nonNumeric,
 * ix:fraction). The DOM has no line numbers, so the text is annotated first: every fact's start tag gets
 * `data-sbr-fact`, `data-sbr-line` and `data-sbr-col` (its position in the document as the validator read it).
 *
 * The report is untrusted: it is rendered in an `<iframe sandbox="allow-same-origin">` (no script runs in it), after
 * its script, object, embed and iframe elements and its `on*` attributes and `javascript:` links are removed.
 */

/**
 * A fact as the findings table shows it: where its start tag is, its value as written, its context id and the
 * context's period (with its dimensions in brackets, `dim=member`).
 */
export interface FactInfo {
  file: string;
  line: number;
  column: number;
  value: string;
  context: string;
  period: string;
}

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
export function annotateFacts(text: string, prefix = 'f'): { text: string; facts: Fact[] } {
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
    const fact: Fact = { id: `${prefix}${facts.length + 1}`, line, col: at - lineStart + 1 };
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

/** One document of the set: its text annotated, its facts, and (parsed on first use) its DOM for contexts. */
interface ShownDocument {
  source: ReportSource;
  text: string;
  facts: Fact[];
  parsed?: Document;
}

export class ReportView {
  #docs: ShownDocument[] = [];
  /** Index in #docs of the document in the frame. */
  #shown = -1;
  #byFact = new Map<string, FindingRef[]>();
  #current: string | undefined;

  constructor(
    private readonly frame: HTMLIFrameElement,
    private readonly info: HTMLElement,
    private readonly t: (key: string) => string,
    private readonly onSelect: (fact: string | undefined) => void,
    /** The document switcher (hidden for a single document); its change renders the chosen document. */
    private readonly switcher?: HTMLSelectElement,
  ) {
    switcher?.addEventListener('change', () => this.#render(Number(switcher.value)));
  }

  /** Renders the first Inline XBRL document of `sources` (none: the view is hidden), the others on demand, and marks the facts of `findings`. */
  show(sources: ReportSource[], findings: FindingRef[]): void {
    const section = this.frame.closest('section');
    this.#docs = sources.map((source, i) => ({ source, ...annotateFacts(source.text, `d${i + 1}f`) }));
    this.#shown = -1;
    this.#byFact = new Map();
    this.#current = undefined;
    this.info.replaceChildren();
    document.body.classList.toggle('with-report', this.#docs.length > 0);
    if (section) section.hidden = !this.#docs.length;
    for (const f of findings) {
      const id = this.factOf(f);
      if (!id) continue;
      const l = this.#byFact.get(id);
      if (l) l.push(f);
      else this.#byFact.set(id, [f]);
    }
    if (this.switcher) {
      const label = this.switcher.closest('label') ?? this.switcher;
      label.hidden = this.#docs.length < 2;
      this.switcher.replaceChildren(
        ...this.#docs.map((d, i) => {
          const o = document.createElement('option');
          o.value = String(i);
          const flagged = d.facts.filter((x) => this.#byFact.has(x.id)).length;
          o.textContent = `${i + 1}/${this.#docs.length} ${d.source.url.split('/').pop()}${flagged ? ` (${flagged} ${this.t('flaggedFacts')})` : ''}`;
          return o;
        }),
      );
    }
    if (this.#docs.length) this.#render(0);
  }

  /** Puts document `i` of the set in the frame (nothing when it is there already). */
  #render(i: number): void {
    const d = this.#docs[i];
    if (!d || i === this.#shown) return;
    this.#shown = i;
    if (this.switcher) this.switcher.value = String(i);
    const parsed = parseReport(d.text);
    const doc = this.frame.contentDocument!;
    doc.replaceChild(doc.importNode(parsed.documentElement, true), doc.documentElement);
    const style = doc.createElementNS('http://www.w3.org/1999/xhtml', 'style');
    style.textContent = FRAME_STYLE;
    (doc.head ?? doc.documentElement).append(style);
    for (const f of d.facts) {
      const list = this.#byFact.get(f.id);
      const el = list && this.#element(f.id);
      if (!list || !el) continue;
      const worst = list.map((x) => x.severity).sort((a, b) => (RANK[a] ?? 3) - (RANK[b] ?? 3))[0]!;
      el.setAttribute('data-sbr-flag', worst);
      el.setAttribute('tabindex', '0');
      el.setAttribute('role', 'button');
      el.setAttribute('title', list.map((x) => `${x.code}: ${x.message}`).join('\n'));
    }
    if (this.#current?.startsWith(`d${i + 1}f`)) this.#element(this.#current)?.setAttribute('data-sbr-current', 'true');
    // the frame's document is new: listen again (the listeners of the previous one went with it)
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

  /** The fact a finding is on (`data-sbr-fact` id), if it names a fact start tag of a document of the set. */
  factOf(f: FindingRef): string | undefined {
    const d = this.#docs.find((x) => x.source.url === f.file);
    if (!d) return undefined;
    const onLine = d.facts.filter((x) => x.line === f.line);
    if (!onLine.length) return undefined;
    const col = f.column ?? 0;
    // the last fact starting at or before the finding's column (the column of its `<`), else the first on the line
    return (onLine.filter((x) => x.col <= col).pop() ?? onLine[0]!).id;
  }

  /** Marks a fact (switching to its document), shows what it is and its findings; `scroll` brings it into view. */
  select(id: string, scroll: boolean): void {
    const i = this.#docs.findIndex((d) => d.facts.some((x) => x.id === id));
    if (i < 0) return;
    this.#render(i);
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

  /** The concept (QName, its `name` attribute) of a fact of the set. */
  conceptOf(id: string | undefined): string | undefined {
    if (!id) return undefined;
    const shown = this.#element(id);
    if (shown) return shown.getAttribute('name') ?? undefined;
    const i = this.#docs.findIndex((d) => d.facts.some((x) => x.id === id));
    return this.#parsed(i)?.querySelector(`[data-sbr-fact="${id}"]`)?.getAttribute('name') ?? undefined;
  }

  get current(): string | undefined {
    return this.#current;
  }

  /** The document of the set on show (its index). */
  get shownDocument(): number {
    return this.#shown;
  }

  #element(id: string): Element | null {
    return this.frame.contentDocument?.querySelector(`[data-sbr-fact="${id}"]`) ?? null;
  }

  #parsed(i: number): Document | undefined {
    const d = this.#docs[i];
    if (!d) return undefined;
    d.parsed ??= parseReport(d.text);
    return d.parsed;
  }

  /** A fact's context: its id, its period (instant, `start – end` or forever) and its dimensions (`dim = member`). */
  #contextOf(el: Element): { ctxId: string; period: string; dims: string[] } {
    const ctxId = el.getAttribute('contextRef') ?? el.getAttribute('contextref') ?? '';
    const ctx = this.#context(el, ctxId);
    const text = (parent: Element | undefined, local: string) =>
      parent ? (parent.getElementsByTagNameNS(XBRLI, local)[0]?.textContent?.trim() ?? '') : '';
    const instant = text(ctx, 'instant');
    const forever = ctx?.getElementsByTagNameNS(XBRLI, 'forever').length ? 'forever' : '';
    const period = instant || forever || [text(ctx, 'startDate'), text(ctx, 'endDate')].filter(Boolean).join(' – ');
    const dims = ctx
      ? [
          ...ctx.getElementsByTagNameNS(XBRLDI, 'explicitMember'),
          ...ctx.getElementsByTagNameNS(XBRLDI, 'typedMember'),
        ].map((m) => `${m.getAttribute('dimension')} = ${m.textContent?.trim()}`)
      : [];
    return { ctxId, period, dims };
  }

  /**
   * The value and context of the fact a finding is on, for the findings table (undefined when it is on no fact of
   * the set). The value is the fact's text as displayed (before any transformation), at most 200 characters.
   */
  factInfo(f: FindingRef): FactInfo | undefined {
    const id = this.factOf(f);
    if (!id) return undefined;
    const i = this.#docs.findIndex((d) => d.facts.some((x) => x.id === id));
    const el = this.#element(id) ?? this.#parsed(i)?.querySelector(`[data-sbr-fact="${id}"]`);
    const fact = this.#docs[i]!.facts.find((x) => x.id === id)!;
    if (!el) return undefined;
    const { ctxId, period, dims } = this.#contextOf(el);
    return {
      file: f.file,
      line: fact.line,
      column: fact.col,
      value: (el.textContent ?? '').trim().slice(0, 200),
      context: ctxId,
      period: period + (dims.length ? ` [${dims.join(', ')}]` : ''),
    };
  }

  /** The context `id` of the set: in the document on show, else in another document's ix:resources. */
  #context(el: Element, id: string): Element | undefined {
    const find = (doc: Document) =>
      [...doc.getElementsByTagNameNS(XBRLI, 'context')].find((c) => c.getAttribute('id') === id);
    let hit = find(el.ownerDocument);
    if (!hit && this.frame.contentDocument) hit = find(this.frame.contentDocument);
    for (let i = 0; !hit && i < this.#docs.length; i++) hit = find(this.#parsed(i)!);
    return hit;
  }

  /** The fact's concept, value, period and dimensions (from its context in ix:resources) and its findings. */
  #describe(el: Element, findings: FindingRef[]): void {
    const t = this.t;
    const { ctxId, period, dims } = this.#contextOf(el);
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

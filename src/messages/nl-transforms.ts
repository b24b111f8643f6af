/**
 * Dutch for what an Inline XBRL transformation expects (the `expects` param of `ixTransform:valueError` and
 * `ix11.*:invalidTransformation`, written in English in src/ixbrl/transforms.ts). The English texts are built from a
 * few shapes (`a day, Danish month name and year, e.g. 31. december 2023`), translated here shape by shape; the
 * example after `e.g.` is kept. Transformation Rules Registry 1-5 (TRR 5: 2022-02-16).
 */

/** Adjectives of the languages whose month names a transformation reads. */
const LANGUAGE_ADJECTIVE: Record<string, string> = {
  Bulgarian: 'Bulgaarse',
  Croatian: 'Kroatische',
  Czech: 'Tsjechische',
  Danish: 'Deense',
  Dutch: 'Nederlandse',
  English: 'Engelse',
  Estonian: 'Estse',
  Finnish: 'Finse',
  French: 'Franse',
  German: 'Duitse',
  Greek: 'Griekse',
  Hindi: 'Hindi-',
  Hungarian: 'Hongaarse',
  Italian: 'Italiaanse',
  Latvian: 'Letse',
  Lithuanian: 'Litouwse',
  Norwegian: 'Noorse',
  Polish: 'Poolse',
  Portuguese: 'Portugese',
  Romanian: 'Roemeense',
  Slovak: 'Slowaakse',
  Slovenian: 'Sloveense',
  Spanish: 'Spaanse',
  Swedish: 'Zweedse',
  Welsh: 'Welshe',
};

/** Descriptions that are not a list of date parts, whole. */
const WHOLE: Record<string, string> = {
  'a CJK date': 'een datum in CJK-schrift',
  'a CJK year and month': 'een jaar en maand in CJK-schrift',
  'a Japanese era date': 'een datum in de Japanse jaartelling',
  'a Japanese era year and month': 'een jaar en maand in de Japanse jaartelling',
  'an Indian national (Saka) calendar date': 'een datum van de Indiase nationale kalender (Saka)',
  'a number with Indian digit grouping': 'een getal met Indiase cijfergroepering',
  'a number with Indian grouping and a unit': 'een getal met Indiase cijfergroepering en een eenheid',
  'a number with a comma decimal separator and no grouping':
    'een getal met een komma als decimaalteken, zonder groepering',
  'a number with a comma decimal separator and three-digit grouping':
    'een getal met een komma als decimaalteken en groepen van drie cijfers',
  'a number with a comma decimal separator': 'een getal met een komma als decimaalteken',
  'a number with a dot decimal separator and three-digit grouping':
    'een getal met een punt als decimaalteken en groepen van drie cijfers',
  'a number with a dot decimal separator': 'een getal met een punt als decimaalteken',
  'a number with a unit between major and minor units':
    'een getal met een eenheid tussen de hele eenheden en de onderverdeling',
  'a number with comma thousands separators and a dot decimal separator':
    "een getal met komma's tussen de duizendtallen en een punt als decimaalteken",
  'a number with dot thousands separators and a comma decimal separator':
    'een getal met punten tussen de duizendtallen en een komma als decimaalteken',
  'a number with space thousands separators and a comma decimal separator':
    'een getal met spaties tussen de duizendtallen en een komma als decimaalteken',
  'a number with space thousands separators and a dot decimal separator':
    'een getal met spaties tussen de duizendtallen en een punt als decimaalteken',
  'a single dash (zero)': 'één streepje (nul)',
  'a single hyphen "-" (zero)': 'één koppelteken "-" (nul)',
  'any text (true)': 'willekeurige tekst (true)',
  'any text (false)': 'willekeurige tekst (false)',
  'any text (empty value)': 'willekeurige tekst (lege waarde)',
  'any text (zero)': 'willekeurige tekst (nul)',
};

/** Parts named together with a layout after them: `a day and month "d Mon"`, `a date dd/mm/yy(yy)`. */
const WITH_LAYOUT: Record<string, string> = {
  'day and month': 'dag en maand',
  'month and day': 'maand en dag',
  'month and year': 'maand en jaar',
  'year and month': 'jaar en maand',
  date: 'datum',
};

const ORDER: Record<string, string> = {
  'day-month-year': 'dag-maand-jaar',
  'month-day-year': 'maand-dag-jaar',
  'year-month-day': 'jaar-maand-dag',
};

/** One date part: `day`, `year`, `Danish month name`, `numeric month`, `Roman-numeral month`. */
function part(p: string): string | undefined {
  if (p === 'day') return 'dag';
  if (p === 'year') return 'jaar';
  if (p === 'numeric month') return 'maand als getal';
  if (p === 'Roman-numeral month') return 'maand in Romeinse cijfers';
  if (p === 'Hindi or numeric month') return 'maand (Hindi-maandnaam of getal)';
  const m = /^(\w+) month name$/.exec(p);
  const adj = m ? LANGUAGE_ADJECTIVE[m[1]!] : undefined;
  return adj ? (adj.endsWith('-') ? `${adj}maandnaam` : `${adj} maandnaam`) : undefined;
}

function description(en: string): string | undefined {
  const whole = WHOLE[en];
  if (whole) return whole;
  const order = /^a date ([a-z-]+) with numeric month$/.exec(en);
  if (order && ORDER[order[1]!]) return `een datum ${ORDER[order[1]!]} met de maand als getal`;
  const layout = /^a (day and month|month and day|month and year|year and month|date) (\S.*)$/.exec(en);
  if (layout && /^"|^[dmy]/.test(layout[2]!)) return `een ${WITH_LAYOUT[layout[1]!]} ${layout[2]}`;
  // a list of parts: "a day, Danish month name and year" -> "een dag, een Deense maandnaam en een jaar"
  const body = /^an? (.+)$/.exec(en)?.[1];
  if (!body) return undefined;
  const parts = body.split(/, | and /);
  const nl = parts.map(part);
  if (nl.some((x) => x === undefined)) return undefined;
  const items = nl.map((x) => `een ${x}`);
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}` : items[0];
}

/**
 * The Dutch of an English `expects` text of src/ixbrl/transforms.ts (`…, e.g. EXAMPLE` -> `…, bijv. EXAMPLE`), or
 * undefined when its shape is not known here (the English text is shown then).
 */
export function expectsNl(en: string): string | undefined {
  const i = en.indexOf(', e.g. ');
  const desc = i < 0 ? en : en.slice(0, i);
  const d = description(desc);
  if (d === undefined) return undefined;
  return i < 0 ? d : `${d}, bijv. ${en.slice(i + 7).replace(/ or /g, ' of ')}`;
}

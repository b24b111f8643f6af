/**
 * Month-name tables of the Inline XBRL Transformation Rules Registry (TRR 2-5).
 *
 * Each language lists, per month (index 0 = January), the tokens the registry's lexical patterns
 * accept. Most registry patterns match only a leading abbreviation of the month name (`maa` for
 * Dutch `maart`, `dec` for `december`) and let the following separator absorb the rest of the
 * word; the tables therefore hold those prefixes, longest first where they overlap.
 * Tokens are lower case; the registry accepts each in lower case, UPPER CASE or Title case
 * (English only Title and UPPER).
 */

export interface MonthLanguage {
  /** Tokens per month, lower case. */
  months: readonly (readonly string[])[];
  /** Whether an all-lower-case token is accepted (English: no). */
  lower: boolean;
  /** Any mixture of cases accepted (Danish/Swedish patterns are case-insensitive). */
  anyCase?: boolean;
}

const m = (...months: string[]): string[][] => months.map((s) => s.split('|'));

export const MONTHS = {
  en: {
    months: m(
      'january|jan',
      'february|feb',
      'march|mar',
      'april|apr',
      'may',
      'june|jun',
      'july|jul',
      'august|aug',
      'september|sep',
      'october|oct',
      'november|nov',
      'december|dec',
    ),
    lower: false,
  },
  bg: {
    months: m('ян', 'фев', 'мар', 'апр', 'май|маи', 'юни', 'юли', 'авг', 'сеп', 'окт', 'ное', 'дек'),
    lower: true,
  },
  cs: {
    months: m(
      'leden|ledna|lednu|led',
      'únor|unor|února|unora|únoru|unoru|úno|uno',
      'březen|brezen|března|brezna|březnu|breznu|bře|bre',
      'duben|dubna|dubnu|dub',
      'květen|kveten|května|kvetna|květnu|kvetnu|kvě|kve',
      'červen|cerven|června|cervna|červnu|cervnu|čvn|cvn',
      'červenec|cervenec|července|cervence|červenci|cervenci|čvc|cvc',
      'srpen|srpna|srpnu|srp',
      'září|zari|zář|zar',
      'říjen|rijen|října|rijna|říjnu|rijnu|říj|rij',
      'listopad|listopadu|lis',
      'prosinec|prosince|prosinci|pro',
    ),
    lower: true,
  },
  /** Czech forms after a day number: genitive and abbreviations only (the registry's day patterns). */
  csDay: {
    months: m(
      'ledna|led',
      'února|unora|úno|uno',
      'března|brezna|bře|bre',
      'dubna|dub',
      'května|kvetna|kvě|kve',
      'června|cervna|čvn|cvn',
      'července|cervence|čvc|cvc',
      'srpna|srp',
      'září|zari|zář|zar',
      'října|rijna|říj|rij',
      'listopadu|lis',
      'prosince|pro',
    ),
    lower: true,
  },
  // Welsh (TRR 5), including the mutated forms (Fawrth, Fai, Fehefin, Ngorffennaf, Fedi, Dachwedd, Rhagfyr/Ragfyr...).
  cy: {
    months: m(
      'ion',
      'chwe',
      'maw|faw',
      'ebr',
      'mai|fai',
      'meh|feh',
      'gor|ngor',
      'aws',
      'med|fed',
      'hyd',
      'tach|dach|nhach|thach',
      'rhag|rag',
    ),
    lower: true,
  },
  de: {
    months: m('jan|jän|jaen', 'feb', 'mär|maer|mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'),
    lower: true,
  },
  el: {
    months: m(
      'ιαν|ίαν|iαν',
      'φεβ',
      'μάρ|μαρ',
      'απρ|άπρ|aπρ|αρίλ|άρίλ|αριλ|άριλ|aρίλ|aριλ',
      'μαΐ|μαι|μάι|μαϊ|μάϊ',
      'ιούν|ίούν|ίουν|ιουν|iούν|iουν',
      'ιούλ|ίούλ|ίουλ|ιουλ|iούλ|iουλ',
      'αύγ|αυγ',
      'σεπ',
      'οκτ|όκτ|oκτ',
      'νοέ|νοε',
      'δεκ',
    ),
    lower: true,
  },
  es: {
    months: m('ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'),
    lower: true,
  },
  et: {
    months: m('jaan', 'veebr', 'märts|marts', 'apr', 'mai', 'juuni', 'juuli', 'aug', 'sept', 'okt', 'nov', 'dets'),
    lower: true,
  },
  fi: {
    months: m('tam', 'hel', 'maa', 'huh', 'tou', 'kes', 'hei', 'elo', 'syy', 'lok', 'mar', 'jou'),
    lower: true,
  },
  fr: {
    months: m('janv', 'févr|fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'août|aout', 'sept', 'oct', 'nov', 'déc|dec'),
    lower: true,
  },
  hr: {
    months: m('sij', 'velj', 'ožu|ozu', 'tra', 'svi', 'lip', 'srp', 'kol', 'ruj', 'lis', 'stu', 'pro'),
    lower: true,
  },
  hu: {
    months: m(
      'jan',
      'feb',
      'márc|marc',
      'ápr|apr',
      'máj|maj',
      'jún|jun',
      'júl|jul',
      'aug',
      'szept',
      'okt',
      'nov',
      'dec',
    ),
    lower: true,
  },
  it: {
    months: m('gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'),
    lower: true,
  },
  lt: {
    months: m('sau', 'vas', 'kov', 'bal', 'geg', 'bir', 'lie', 'rugp|rgp', 'rugs|rgs', 'spa|spl', 'lap', 'gru|grd'),
    lower: true,
  },
  lv: {
    months: m('janv', 'febr', 'marts', 'apr', 'maijs', 'jūn|jun', 'jūl|jul', 'aug', 'sept', 'okt', 'nov', 'dec'),
    lower: true,
  },
  nl: {
    months: m('jan', 'feb', 'maa|mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'),
    lower: true,
  },
  no: {
    months: m('jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'),
    lower: true,
  },
  pl: {
    months: m('sty', 'lut', 'mar', 'kwi', 'maj', 'cze', 'lip', 'sie', 'wrz', 'paź|paz', 'lis', 'gru'),
    lower: true,
  },
  pt: {
    months: m('jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'),
    lower: true,
  },
  ro: {
    months: m('ian', 'feb', 'mar', 'apr', 'mai', 'iun', 'iul', 'aug', 'sep', 'oct', 'noi|nov', 'dec'),
    lower: true,
  },
  sk: {
    months: m('jan', 'feb', 'mar', 'apr', 'máj|maj', 'jún|jun', 'júl|jul', 'aug', 'sep', 'okt', 'nov', 'dec'),
    lower: true,
  },
  sl: {
    months: m('jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'avg', 'sep', 'okt', 'nov', 'dec'),
    lower: true,
  },
  /** Danish and Swedish share one pattern: a three-letter stem, then either the rest of the word or a period. */
  da: {
    months: m('jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'),
    lower: true,
    anyCase: true,
  },
  /** Hindi (Devanagari) Gregorian month names; both नवंबर and नवम्बर spellings. */
  hi: {
    months: m(
      'जनवरी',
      'फरवरी',
      'मार्च',
      'अप्रैल',
      'मई',
      'जून',
      'जुलाई',
      'अगस्त',
      'सितंबर|सितम्बर',
      'अक्टूबर',
      'नवंबर|नवम्बर',
      'दिसंबर|दिसम्बर',
    ),
    lower: true,
  },
} satisfies Record<string, MonthLanguage>;

export type MonthLanguageCode = keyof typeof MONTHS;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const altCache = new Map<MonthLanguage, string>();
/** Regex alternation (no group) of every token of the language, longest first. */
export function monthAlternation(lang: MonthLanguage): string {
  let alt = altCache.get(lang);
  if (alt === undefined) {
    const all = lang.months
      .flat()
      .slice()
      .sort((a, b) => b.length - a.length);
    alt = all.map(escapeRe).join('|');
    altCache.set(lang, alt);
  }
  return alt;
}

/** Month number (1-12) of a matched token, or undefined when the token is not in an accepted case form. */
export function monthNumber(lang: MonthLanguage, token: string): number | undefined {
  const lower = token.toLowerCase();
  if (!lang.anyCase) {
    const upper = token.toUpperCase();
    const title = upper.charAt(0) + lower.slice(1);
    const caseOk = (lang.lower && token === lower) || token === upper || token === title;
    if (!caseOk) return undefined;
  }
  for (let i = 0; i < lang.months.length; i++) {
    if ((lang.months[i] as readonly string[]).includes(lower)) return i + 1;
  }
  return undefined;
}

/** Roman month numerals i-xii (lower or upper case, not mixed). */
const ROMAN = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];
export function romanMonth(token: string): number | undefined {
  if (token !== token.toLowerCase() && token !== token.toUpperCase()) return undefined;
  const i = ROMAN.indexOf(token.toLowerCase());
  return i < 0 ? undefined : i + 1;
}

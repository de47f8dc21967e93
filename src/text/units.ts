/**
 * Word tables for quantities: units of time and measure, currencies, months, hedges, and the plural and
 * singular forms of counted nouns. Keys are normalized words ({@link normalizeWord}).
 */
import { stem } from './stem.js';
import { wordTable } from './word-table.js';

const DAY = 1 / 365.25;

/** Length of one unit of time in years: durations are compared in years ("18 months" vs "two years"). */
export const DURATION_YEARS: Readonly<Record<string, number>> = wordTable({
  second: DAY / 86400, seconds: DAY / 86400,
  minute: DAY / 1440, minutes: DAY / 1440, min: DAY / 1440, mins: DAY / 1440,
  hour: DAY / 24, hours: DAY / 24, hr: DAY / 24, hrs: DAY / 24,
  day: DAY, days: DAY,
  week: 7 * DAY, weeks: 7 * DAY,
  fortnight: 14 * DAY, fortnights: 14 * DAY,
  month: 1 / 12, months: 1 / 12,
  year: 1, years: 1, yr: 1, yrs: 1,
  decade: 10, decades: 10,
  century: 100, centuries: 100,
});

/** One-word "-long" durations: "yearlong", "decadelong". */
export const LONG_WORDS: Readonly<Record<string, number>> = wordTable({
  daylong: DAY, weeklong: 7 * DAY, monthlong: 1 / 12, yearlong: 1, decadelong: 10,
});

/** Units of time that "a"/"an" may stand before as one: "more than a year", "a decade". "A second" is left out (ordinal). */
export const ARTICLE_DURATIONS: ReadonlySet<string> = new Set([
  'minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century',
]);

/** A unit of measure and the factor to its base unit (metres, kilograms). */
export interface MeasureUnit {
  unit: 'm' | 'kg';
  factor: number;
}

const LENGTH = (factor: number): MeasureUnit => ({ unit: 'm', factor });
const MASS = (factor: number): MeasureUnit => ({ unit: 'kg', factor });

/** Units of length and mass, converted so that "5 km" and "5,000 metres" compare. */
export const MEASURE_UNITS: Readonly<Record<string, MeasureUnit>> = wordTable({
  km: LENGTH(1000), kilometer: LENGTH(1000), kilometers: LENGTH(1000), kilometre: LENGTH(1000), kilometres: LENGTH(1000),
  mile: LENGTH(1609.344), miles: LENGTH(1609.344), mi: LENGTH(1609.344),
  meter: LENGTH(1), meters: LENGTH(1), metre: LENGTH(1), metres: LENGTH(1),
  cm: LENGTH(0.01), centimeter: LENGTH(0.01), centimeters: LENGTH(0.01), centimetre: LENGTH(0.01), centimetres: LENGTH(0.01),
  inch: LENGTH(0.0254), inches: LENGTH(0.0254), foot: LENGTH(0.3048), feet: LENGTH(0.3048), ft: LENGTH(0.3048), yard: LENGTH(0.9144), yards: LENGTH(0.9144),
  kg: MASS(1), kilogram: MASS(1), kilograms: MASS(1), kilo: MASS(1), kilos: MASS(1),
  gram: MASS(0.001), grams: MASS(0.001), g: MASS(0.001),
  ton: MASS(1000), tons: MASS(1000), tonne: MASS(1000), tonnes: MASS(1000),
  lb: MASS(0.45359237), lbs: MASS(0.45359237),
});

/** Units that may be written glued to the digits ("5km", "20kg"); not "g", which is far more often "5G". */
export const ATTACHED_MEASURES: ReadonlySet<string> = new Set(['km', 'mi', 'cm', 'ft', 'kg', 'lb', 'lbs']);

/** Currency symbols, written before the amount. */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = wordTable({
  '$': 'usd', '€': 'eur', '£': 'gbp', '¥': 'jpy', '₹': 'inr', '₽': 'rub', '₴': 'uah', '₪': 'ils', '₩': 'krw',
});

/** Letters glued before "$" that name the dollar: "US$", "C$", "HK$". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = wordTable({
  us: 'usd', c: 'cad', ca: 'cad', a: 'aud', au: 'aud', nz: 'nzd', hk: 'hkd', s: 'sgd',
});

/** Currency names written after the amount ("2 billion dollars"). "pounds" is handled apart (also a weight). */
export const CURRENCY_WORDS: Readonly<Record<string, string>> = wordTable({
  dollar: 'usd', dollars: 'usd', euro: 'eur', euros: 'eur', sterling: 'gbp', yen: 'jpy', yuan: 'cny',
  renminbi: 'cny', ruble: 'rub', rubles: 'rub', rouble: 'rub', roubles: 'rub', hryvnia: 'uah', hryvnias: 'uah',
  rupee: 'inr', rupees: 'inr', shekel: 'ils', shekels: 'ils', francs: 'chf', franc: 'chf',
});

/** ISO currency codes, before or after the amount ("USD 5 million", "5 million EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'usd', 'eur', 'gbp', 'jpy', 'cny', 'rub', 'uah', 'inr', 'chf', 'cad', 'aud', 'ils',
]);

/** Month names and their abbreviations: a small number beside one is a day of the month, not a quantity. */
export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Month names that are also common words ("may", "march"): months only when capitalized. */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'dec']);

/** How a hedge widens the interval of the number it stands before. */
export type HedgeKind = 'nearly' | 'above' | 'below' | 'about';

/** Hedge phrases (normalized words) and how each widens its number. Longer phrases are tried first. */
export const HEDGES: ReadonlyArray<{ words: readonly string[]; kind: HedgeKind }> = [
  { words: ['no', 'more', 'than'], kind: 'below' },
  { words: ['no', 'fewer', 'than'], kind: 'above' },
  { words: ['no', 'less', 'than'], kind: 'above' },
  { words: ['as', 'many', 'as'], kind: 'below' },
  { words: ['as', 'much', 'as'], kind: 'below' },
  { words: ['in', 'excess', 'of'], kind: 'above' },
  { words: ['more', 'than'], kind: 'above' },
  { words: ['at', 'least'], kind: 'above' },
  { words: ['upwards', 'of'], kind: 'above' },
  { words: ['just', 'over'], kind: 'above' },
  { words: ['less', 'than'], kind: 'below' },
  { words: ['fewer', 'than'], kind: 'below' },
  { words: ['up', 'to'], kind: 'below' },
  { words: ['at', 'most'], kind: 'below' },
  { words: ['just', 'under'], kind: 'nearly' },
  { words: ['close', 'to'], kind: 'nearly' },
  { words: ['an', 'estimated'], kind: 'about' },
  { words: ['nearly'], kind: 'nearly' },
  { words: ['almost'], kind: 'nearly' },
  { words: ['over'], kind: 'above' },
  { words: ['under'], kind: 'below' },
  { words: ['about'], kind: 'about' },
  { words: ['around'], kind: 'about' },
  { words: ['roughly'], kind: 'about' },
  { words: ['approximately'], kind: 'about' },
  { words: ['approx'], kind: 'about' },
  { words: ['some'], kind: 'about' },
  { words: ['circa'], kind: 'about' },
  { words: ['estimated'], kind: 'about' },
];

/**
 * The interval a hedge allows around [low, high]: "nearly v" is 0.85·v..v, "more than v" is v..∞,
 * "less than v" is 0..v, "about v" is 0.9·v..1.1·v.
 */
export function hedgeInterval(kind: HedgeKind, low: number, high: number): { low: number; high: number } {
  switch (kind) {
    case 'nearly': return { low: 0.85 * low, high };
    case 'above': return { low, high: Infinity };
    case 'below': return { low: 0, high };
    case 'about': return { low: 0.9 * low, high: 1.1 * high };
  }
}

const IRREGULAR_SINGULAR: Record<string, string> = wordTable({
  men: 'man', women: 'woman', children: 'child', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
  lives: 'life', wives: 'wife', knives: 'knife', leaves: 'leaf', halves: 'half', thieves: 'thief',
});

/** Plural nouns that do not end in "s". */
const PLURAL_WITHOUT_S: ReadonlySet<string> = new Set([
  'people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'feet', 'teeth', 'mice', 'geese', 'cattle',
  'livestock', 'clergy', 'militia', 'crew',
]);

/** True when a normalized word looks like a plural noun ("soldiers", "people", "countries", not "crisis"). */
export function looksPlural(norm: string): boolean {
  if (PLURAL_WITHOUT_S.has(norm) || norm in IRREGULAR_SINGULAR) return true;
  if (norm.length < 3 || !norm.endsWith('s')) return false;
  return !(norm.endsWith('ss') || norm.endsWith('us') || norm.endsWith('is') || norm.endsWith('ous'));
}

/** Stem of the singular form: "men" → "man", "countries" → "countri", "people" → "peopl". */
export function singularStem(norm: string): string {
  return stem(IRREGULAR_SINGULAR[norm] ?? norm);
}

// Words that steer how a number and the noun phrase after it are read.

/** Fraction words and their denominators: "two-thirds", "a quarter of". */
export const FRACTIONS: Readonly<Record<string, number>> = wordTable({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10,
});
/** Letters glued to digits that make an ordinal ("27th"). */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);
/** Words after a number that make it a time of day ("5 pm", "1400 GMT"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'am', 'pm', 'gmt', 'utc', 'edt', 'est', 'pdt', 'pst', 'cet', 'cest', 'bst', 'msk', "o'clock",
]);
/** Words before a number that make it a label: "Article 5", "Flight 370", "No. 1". */
export const ID_PREFIXES: ReadonlySet<string> = new Set([
  'article', 'chapter', 'section', 'resolution', 'flight', 'route', 'no', 'number', 'item', 'clause', 'paragraph',
  'amendment', 'bill', 'title', 'proposition', 'prop', 'room', 'gate', 'platform', 'bus', 'channel', 'highway',
  'interstate', 'phase', 'stage', 'grade', 'category', 'model', 'version', 'season', 'episode', 'page', 'vol',
]);
/** Articles and possessives that may stand between "of" and a noun. */
export const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'these', 'those', 'that']);
/** Plurals a year stands before ("the 2020 elections"): the number stays a year. */
export const YEAR_EVENTS: ReadonlySet<string> = new Set(['elections', 'midterms', 'games', 'olympics', 'primaries', 'races', 'campaigns', 'polls', 'talks', 'protests']);
/** Words a count may stand before without them being its noun: "30 more countries". */
export const COUNT_MODIFIERS: ReadonlySet<string> = new Set(['more', 'other', 'additional', 'further', 'extra']);
/** Words that end a noun phrase although they are not stopwords. */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set([
  'yesterday', 'today', 'tomorrow', 'tonight', 'ago', 'last', 'next', 'earlier', 'later', 'apiece', 'each',
  'respectively', 'anyway', 'may', 'might', 'must', 'shall', 'cannot', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'percent',
]);
/** Common verbs in the past tense that do not end in -ed: they end a noun phrase ("one soldier died"). */
export const IRREGULAR_VERBS: ReadonlySet<string> = new Set([
  'died', 'left', 'fled', 'came', 'went', 'met', 'won', 'lost', 'got', 'made', 'took', 'gave', 'held', 'ran',
  'fell', 'rose', 'hit', 'saw', 'sent', 'paid', 'led', 'set', 'put', 'cut', 'spent', 'kept', 'began',
  'became', 'brought', 'bought', 'fought', 'thought', 'found', 'stood', 'spoke', 'wrote', 'knew', 'grew', 'drew',
  'flew', 'threw', 'shot', 'sat', 'felt', 'heard', 'meant', 'built', 'sought', 'struck', 'stole', 'broke', 'chose',
  'die', 'dies', 'remain', 'remains', 'arrive', 'arrived', 'attend', 'agree',
]);
/** Nouns in -ing and -ed, which would otherwise end a noun phrase as verbs do. */
export const NOUNS_LIKE_VERBS: ReadonlySet<string> = new Set([
  'meeting', 'building', 'funding', 'hearing', 'bombing', 'shooting', 'fighting', 'training', 'briefing',
  'offering', 'uprising', 'spending', 'warning', 'gathering', 'ruling', 'polling', 'opening', 'ending', 'wedding',
  'evening', 'morning', 'clothing', 'housing', 'killing', 'crossing', 'landing', 'sitting', 'standing', 'ceiling',
  'hundred', 'speed', 'creed', 'greed', 'breed', 'steed',
]);

/** Words before "half" that make it a part of something ("the second half of the day"), not 50 percent. */
export const NOT_BEFORE_HALF: ReadonlySet<string> = new Set(['in', 'first', 'second', 'last', 'other', 'latter', 'former', 'the', 'a', 'an', 'this', 'that', 'each', 'one']);

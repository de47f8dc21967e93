/**
 * Seeded perturbations of a real report: one known change (a number, a respelled name, a different name, a word
 * inside a quote, an added "not") or a cosmetic rewrite that changes nothing a reader would call a claim. Comparing
 * the original with the copy must report exactly that change, with the right kind, or nothing for cosmetic copies.
 * @module
 */
import { matchNames, segmentSentences, type DiscrepancyKind, type Sentence } from '../src/index.js';
import { seededRandom } from '../scripts/seeded-random.js';
import { wordTable } from '../src/text/word-table.js';

/** What a perturbation does to the text. */
export type PerturbationOperation = 'number' | 'respell' | 'rename' | 'quote-word' | 'negate' | 'cosmetic';

/** Every operation, in the order trials cycle through them. */
export const OPERATIONS: readonly PerturbationOperation[] = ['number', 'respell', 'rename', 'quote-word', 'negate', 'cosmetic'];

/** The kind each operation must be reported as; cosmetic copies must yield no finding at all. */
export const EXPECTED_KIND: Readonly<Record<PerturbationOperation, DiscrepancyKind | undefined>> = {
  number: 'number',
  respell: 'spelling',
  rename: 'name',
  'quote-word': 'quote',
  negate: 'negation',
  cosmetic: undefined,
};

/** One injected change and what a correct comparison reports for it. */
export interface Perturbation {
  operation: PerturbationOperation;
  /** The kind the change must be reported as; undefined for cosmetic copies. */
  expectedKind: DiscrepancyKind | undefined;
  /** Words of the original that the finding must show in one variant ("27", "Witkoff", "confirmed"). */
  original: string;
  /** Words of the copy that the finding must show in another variant ("34", "Witkof", "not confirmed"). */
  changed: string;
  /** The perturbed copy of the text. */
  text: string;
  /**
   * Offset of the (first) change: `original` stands there in the original text and `changed` in the copy, and the
   * texts agree before it. 0 for cosmetic copies.
   */
  at: number;
  /** One readable line: `number: "27" → "34" at 512`. */
  description: string;
}

/** A source of uniform numbers in [0, 1). */
export type Random = () => number;

/** A seeded generator, so that every run of the suite draws the same perturbations. */
export const createRandom: (seed: number) => Random = seededRandom;

function pick<T>(items: readonly T[], random: Random): T | undefined {
  return items.length === 0 ? undefined : items[Math.floor(random() * items.length)];
}

// ---------------------------------------------------------------------------------------------------------------
// Scanning the text: words, quoted passages, eligible sentences.

interface Word {
  start: number;
  end: number;
  text: string;
}

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';

/** Runs of letters or of digits, in one pass. Apostrophes split ("Zelensky's" → "Zelensky", "s"), so a name is found in its possessive too. */
function scanWords(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    const ch = text[i];
    if (isLetter(ch) || isDigit(ch)) {
      const digits = isDigit(ch);
      const start = i;
      while (i < to && (digits ? isDigit(text[i]) : isLetter(text[i]))) i++;
      words.push({ start, end: i, text: text.slice(start, i) });
    } else i++;
  }
  return words;
}

/**
 * Spans of quoted passages (marks included), paired line by line: curly quotes open and close by shape, straight
 * quotes alternate. An unclosed quote runs to the end of its line. Apostrophes are not quotes.
 */
function quotedRanges(text: string): Word[] {
  const ranges: Word[] = [];
  let open = -1;
  for (let i = 0; i <= text.length; i++) {
    const ch = text[i];
    if (ch === undefined || ch === '\n') {
      if (open >= 0) ranges.push({ start: open, end: i, text: text.slice(open, i) });
      open = -1;
    } else if (ch === '\u201C' || (ch === '"' && open < 0)) {
      if (open < 0) open = i;
    } else if ((ch === '\u201D' || ch === '"') && open >= 0) {
      ranges.push({ start: open, end: i + 1, text: text.slice(open, i + 1) });
      open = -1;
    }
  }
  return ranges;
}

/** Lines a web page wraps around a report, which no reader takes for claims of the report. */
const FURNITURE_OPENINGS = ['also read', 'read more', 'related', 'leave a comment', 'your email', 'report a problem', 'help us', 'thank you'];

/** Running-text sentences: the only places where a change is a change of the story. */
function claimSentences(text: string): Sentence[] {
  return segmentSentences(text).filter((s) => s.role === 'text' && !FURNITURE_OPENINGS.some((o) => s.text.toLowerCase().startsWith(o)));
}

interface Scan {
  text: string;
  sentences: Sentence[];
  quotes: Word[];
}

function scan(text: string): Scan {
  return { text, sentences: claimSentences(text), quotes: quotedRanges(text) };
}

function insideQuote(s: Scan, start: number, end: number): boolean {
  return s.quotes.some((q) => start < q.end && end > q.start);
}

/** Words of running-text sentences, outside quotes, with the word before and after and their sentence. */
interface Spot extends Word {
  sentence: Sentence;
  index: number;
  words: Word[];
}

function spotsOutsideQuotes(s: Scan): Spot[] {
  const spots: Spot[] = [];
  for (const sentence of s.sentences) {
    const words = scanWords(s.text, sentence.start, sentence.end);
    words.forEach((w, index) => {
      if (!insideQuote(s, w.start, w.end)) spots.push({ ...w, sentence, index, words });
    });
  }
  return spots;
}

function replaceAt(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

function hasWholeWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text[at - 1]) && !isLetter(text[at + word.length])) return true;
  }
  return false;
}

function matchCase(model: string, word: string): string {
  return model[0] === model[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word;
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers.

const NUMBER_WORDS: Readonly<Record<string, number>> = wordTable({
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  twenty: 20, thirty: 30, forty: 40, fifty: 50,
});
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** A new value far enough from `n` that no hedge ("about", "nearly") could make the two agree. */
function distantValue(n: number, random: Random): number {
  const step = Math.max(2, Math.ceil(n * 0.3));
  return n + step + Math.floor(random() * step);
}

function changeNumber(s: Scan, random: Random): Perturbation | undefined {
  const candidates = spotsOutsideQuotes(s).filter((w) => {
    const before = w.words[w.index - 1]?.text.toLowerCase() ?? '';
    const after = w.words[w.index + 1]?.text.toLowerCase() ?? '';
    if (MONTHS.has(before) || MONTHS.has(after)) return false; // a date, not a quantity
    if (isDigit(w.text[0])) {
      const n = Number(w.text);
      const joined = /[.,]/.test(s.text[w.end] ?? '') && isDigit(s.text[w.end + 1]);
      return !joined && !/[.,]/.test(s.text[w.start - 1] ?? '') && !(n >= 1900 && n <= 2100) && n > 0;
    }
    return NUMBER_WORDS[w.text.toLowerCase()] !== undefined;
  });
  const spot = pick(candidates, random);
  if (!spot) return undefined;
  let changed: string;
  if (isDigit(spot.text[0])) changed = String(distantValue(Number(spot.text), random));
  else {
    const n = NUMBER_WORDS[spot.text.toLowerCase()]!;
    const far = Object.entries(NUMBER_WORDS).filter(([, v]) => v >= distantValue(n, () => 0));
    changed = matchCase(spot.text, (pick(far, random) ?? ['ninety'])[0]);
  }
  return made('number', spot.start, spot.text, changed, replaceAt(s.text, spot.start, spot.end, changed));
}

// ---------------------------------------------------------------------------------------------------------------
// Names.

/** Capitalized words that are not names by themselves: titles, demonyms, parts of institution names, calendar. */
const NOT_NAMES = new Set(
  ('president minister prime secretary special envoy chief foreign policy press spokesman general aide head leader ' +
    'house office union center centre church orthodox river region city town army forces administration department ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
    'september october november december russian ukrainian european american french british estonian western ' +
    'eastern northern southern german polish israeli chinese countering disinformation security guarantees sir ' +
    'associated white oval state states united nations kingdom republic federal national international').split(' '),
);
const DEMONYM_ENDINGS = ['ian', 'ean', 'ese', 'ish'];

/** Last words of capitalized runs in running text, outside quotes, not opening a sentence: surnames and places. */
function nameSpots(s: Scan): Spot[] {
  return spotsOutsideQuotes(s).filter((w) => {
    const t = w.text;
    if (t.length < 4 || !/^\p{Lu}\p{Ll}+$/u.test(t) || w.index === 0) return false;
    if (NOT_NAMES.has(t.toLowerCase()) || DEMONYM_ENDINGS.some((e) => t.endsWith(e))) return false;
    const next = w.words[w.index + 1];
    // Only the last word of a run ("Witkoff" in "Steve Witkoff"); a hyphen or space-joined capital continues it.
    return !(next && /^\p{Lu}/u.test(next.text) && s.text.slice(w.end, next.start).trim() === '');
  });
}

/** Plausible romanization variants of a name (the first letter is kept). */
function respellings(name: string): string[] {
  const head = name[0]!;
  const body = name.slice(1);
  const out = new Set<string>();
  const swap = (from: string, to: string): void => {
    const at = body.indexOf(from);
    if (at >= 0) out.add(head + body.slice(0, at) + to + body.slice(at + from.length));
  };
  swap('ch', 'sh');
  swap('sh', 'ch');
  swap('kh', 'h');
  if (body.endsWith('iy')) out.add(head + body.slice(0, -2) + 'y');
  else if (body.endsWith('y')) out.add(head + body + 'y');
  if (body.endsWith('ov')) out.add(head + body.slice(0, -2) + 'off');
  if (body.endsWith('off')) out.add(head + body.slice(0, -3) + 'ov');
  for (let i = 1; i < body.length - 1; i++) {
    const c = body[i]!;
    if (c === 'i' || c === 'y') out.add(head + body.slice(0, i) + (c === 'i' ? 'y' : 'i') + body.slice(i + 1));
    if (c === body[i + 1] && !'aeiou'.includes(c)) out.add(head + body.slice(0, i) + body.slice(i + 1));
  }
  return [...out].filter((v) => v !== name);
}

/** The text with every whole-word occurrence of `word` replaced, and the offset of the first one. */
function replaceEverywhere(text: string, word: string, replacement: string): { text: string; first: number } {
  let out = '';
  let last = 0;
  let first = -1;
  for (const w of scanWords(text, 0, text.length)) {
    if (w.text !== word) continue;
    if (first < 0) first = w.start;
    out += text.slice(last, w.start) + replacement;
    last = w.end;
  }
  return { text: out + text.slice(last), first };
}

/**
 * Names that can change everywhere without touching a quote (an outlet writes a name one way, but never edits a
 * quote) and without leaving a derived form behind: renaming "Ukraine" while "Ukrainian" stays makes a report that
 * names both, not a report that names another country.
 */
function namesOutsideQuotes(s: Scan): Spot[] {
  const capitalized = new Set(scanWords(s.text, 0, s.text.length).map((w) => w.text).filter((t) => /^\p{Lu}/u.test(t)));
  const derived = (name: string): boolean => {
    const stem = name.slice(0, -1);
    return [...capitalized].some((t) => t.length > name.length && t.startsWith(stem));
  };
  // A name the report declares an alias of ("Pokrovsk (Krasnoarmeysk)", "Pokrovsk-known in Russian as …") would carry
  // the declaration over to the new name, which then is the same place as the old one.
  const declared = (w: Spot): boolean => /^(\s*\(|-known|,? known|,? also)/.test(s.text.slice(w.end, w.end + 8));
  const aliased = new Set(nameSpots(s).filter(declared).map((w) => w.text));
  return nameSpots(s).filter((w) => !s.quotes.some((q) => hasWholeWord(q.text, w.text)) && !derived(w.text) && !aliased.has(w.text));
}

function respellName(s: Scan, random: Random): Perturbation | undefined {
  const options = namesOutsideQuotes(s).flatMap((w) =>
    respellings(w.text)
      .filter((v) => !hasWholeWord(s.text, v) && matchNames(w.text, v).match === 'variant')
      .map((v) => ({ w, v })),
  );
  const choice = pick(options, random);
  if (!choice) return undefined;
  const { text, first } = replaceEverywhere(s.text, choice.w.text, choice.v);
  return made('respell', first, choice.w.text, choice.v, text);
}

const PLACE_NAMES = ['Kramatorsk', 'Sumy', 'Chernihiv', 'Mykolaiv', 'Uzhhorod', 'Tbilisi', 'Vilnius', 'Bratislava', 'Ljubljana', 'Reykjavik'];
const SURNAMES = ['Lindqvist', 'Okonkwo', 'Brannigan', 'Moretti', 'Halvorsen', 'Nakamura', 'Castellanos', 'Dubois', 'Ferreira', 'Abernathy'];
const PLACE_ENDINGS = ['sk', 'iv', 'yiv', 'grad', 'burg', 'pol', 'ol', 'ia'];
const PLACE_PREPOSITIONS = new Set(['in', 'of', 'from', 'near', 'to', 'at', 'into']);

/**
 * Puts a different name everywhere the report has one name, as a report that got the town or the person wrong does
 * (000 writes Bakhrovsk both times). Changing one mention of several would make the report name both.
 */
function rename(s: Scan, random: Random): Perturbation | undefined {
  const spot = pick(namesOutsideQuotes(s), random);
  if (!spot) return undefined;
  // A place is a name with a place ending, or one the report puts after "in", "from", … somewhere.
  const words = scanWords(s.text, 0, s.text.length);
  const afterPreposition = words.some((w, i) => w.text === spot.text && PLACE_PREPOSITIONS.has(words[i - 1]?.text.toLowerCase() ?? ''));
  const place = PLACE_ENDINGS.some((e) => spot.text.endsWith(e)) || afterPreposition;
  const pool = (place ? PLACE_NAMES : SURNAMES).filter((n) => !hasWholeWord(s.text, n) && matchNames(spot.text, n).match === 'different');
  const changed = pick(pool, random);
  if (!changed) return undefined;
  const { text, first } = replaceEverywhere(s.text, spot.text, changed);
  return made('rename', first, spot.text, changed, text);
}

// ---------------------------------------------------------------------------------------------------------------
// Quotes.

const FUNCTION_WORDS = new Set(
  ('the and that this with from have has had will would could should their there they them what when which were ' +
    'been being into onto over than then also only very much more most some such your ours about after before').split(' '),
);
/** Replacement words unrelated to any news wording, by ending, so that the quote still reads as a sentence. */
const UNRELATED = {
  ed: ['painted', 'borrowed', 'whistled', 'melted', 'folded'],
  ing: ['swimming', 'painting', 'whistling', 'knitting', 'baking'],
  ly: ['loudly', 'sweetly', 'purple', 'slowly', 'gently'],
  other: ['banana', 'violin', 'ladder', 'orchard', 'pebble', 'lantern'],
};
/** Quotes this short are scare quotes ("very optimistic"), not reported speech. */
const MIN_QUOTE_WORDS = 4;

function changeQuoteWord(s: Scan, random: Random): Perturbation | undefined {
  const inClaims = (start: number): boolean => s.sentences.some((x) => start >= x.start && start < x.end);
  const candidates = s.quotes
    .filter((q) => inClaims(q.start))
    .flatMap((q) => {
      const words = scanWords(s.text, q.start, q.end);
      if (words.length < MIN_QUOTE_WORDS) return [];
      return words.filter((w) => /^[a-z]{4,}$/.test(w.text) && !FUNCTION_WORDS.has(w.text)).map((w) => ({ q, w }));
    });
  const choice = pick(candidates, random);
  if (!choice) return undefined;
  const { q, w } = choice;
  const ending = w.text.endsWith('ed') ? 'ed' : w.text.endsWith('ing') ? 'ing' : w.text.endsWith('ly') ? 'ly' : 'other';
  const changed = pick(UNRELATED[ending].filter((u) => !hasWholeWord(q.text, u)), random);
  if (!changed) return undefined;
  return made('quote-word', w.start, w.text, changed, replaceAt(s.text, w.start, w.end, changed));
}

// ---------------------------------------------------------------------------------------------------------------
// Negation.

const PERFECT_OR_PASSIVE = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were']);
const MODALS = new Set(['will', 'would', 'could', 'can', 'should', 'may', 'might', 'must', 'did', 'does']);
const NEGATORS = new Set(['not', 'never', 'no', 'neither', 'nor', 'without', 'nothing', 'none', 'nobody', 'cannot']);
/** Denials and claims frame the rest of their sentence: negating there gives a double negative or a claim of a non-event. */
const FRAMES = new Set(['denied', 'deny', 'denies', 'rejected', 'rejects', 'dismissed', 'refuted', 'disputed', 'contradicted', 'claim', 'claims', 'claimed', 'asserted', 'announced', 'alleged', 'reportedly']);
const NOT_VERBS = new Set(['be', 'been', 'being', 'have', 'has', 'had', 'do', 'does', 'also', 'still', 'already', 'just', 'now', 'then', 'only', 'even', 'always', 'often', 'likely', 'need', 'used', 'based']);

function negate(s: Scan, random: Random): Perturbation | undefined {
  const candidates = spotsOutsideQuotes(s).filter((w) => {
    const aux = w.text.toLowerCase();
    const verb = w.words[w.index + 1];
    if (!verb || !(PERFECT_OR_PASSIVE.has(aux) || MODALS.has(aux))) return false;
    // Only the first auxiliary of a chain takes "not" ("should not have settled"); "to have captured" is an infinitive.
    const previous = w.words[w.index - 1]?.text.toLowerCase() ?? '';
    if (previous === 'to' || PERFECT_OR_PASSIVE.has(previous) || MODALS.has(previous)) return false;
    if (s.text.slice(w.end, verb.start) !== ' ' || insideQuote(s, verb.start, verb.end)) return false;
    const v = verb.text;
    if (!/^[a-z]{3,}$/.test(v) || NOT_VERBS.has(v) || v.endsWith('ly') || FUNCTION_WORDS.has(v)) return false;
    if (PERFECT_OR_PASSIVE.has(aux) && !/(ed|en|wn|ne|ht)$/.test(v)) return false;
    // A clause that is already negative or denied would turn into a double negative, not a contradiction.
    const clauseStart = w.words[Math.max(0, w.index - 4)]!.start;
    const clauseEnd = w.words[Math.min(w.words.length - 1, w.index + 4)]!.end;
    const clause = w.words.slice(Math.max(0, w.index - 4), w.index + 5).map((x) => x.text.toLowerCase());
    const framed = w.words.slice(0, w.index).some((x) => FRAMES.has(x.text.toLowerCase()));
    return !framed && !clause.some((x) => NEGATORS.has(x)) && !/n['\u2019]t\b/.test(s.text.slice(clauseStart, clauseEnd));
  });
  const spot = pick(candidates, random);
  if (!spot) return undefined;
  const verb = spot.words[spot.index + 1]!;
  const text = replaceAt(s.text, spot.end, spot.end, ' not');
  // The verb stands at the same offset in both texts: " not" goes in before the space that precedes it.
  return made('negate', verb.start, verb.text, `not ${verb.text}`, text);
}

// ---------------------------------------------------------------------------------------------------------------
// Cosmetic rewrites: nothing a reader would call a different claim.

/** Doubles some spaces between words and adds trailing spaces at line ends. */
function respace(text: string, random: Random): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === ' ' && random() < 0.15) out += '  ';
    else if (ch === '\n' && random() < 0.5) out += ' \n';
    else out += ch;
  }
  return out;
}

/** Hard-wraps every paragraph (a non-blank line) at `width` columns, with a blank line between paragraphs. */
function rewrap(text: string, width: number): string {
  const paragraphs = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return `${paragraphs
    .map((p) => {
      const lines: string[] = [];
      let line = '';
      for (const word of p.split(/ +/)) {
        if (line !== '' && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line === '' ? word : `${line} ${word}`;
      }
      lines.push(line);
      return lines.join('\n');
    })
    .join('\n\n')}\n`;
}

/** Swaps quote styles: curly double quotes and apostrophes become straight ones, straight double quotes curly. */
function requote(text: string): string {
  let out = '';
  let open = false;
  for (const ch of text) {
    if (ch === '\u201C' || ch === '\u201D') out += '"';
    else if (ch === '\u2019') out += "'";
    else if (ch === '"') {
      out += open ? '\u201D' : '\u201C';
      open = !open;
    } else {
      if (ch === '\n') open = false;
      out += ch;
    }
  }
  return out;
}

function cosmetic(s: Scan, random: Random): Perturbation | undefined {
  const style = pick(['whitespace', 'rewrap', 'quotes'] as const, random)!;
  const text = style === 'whitespace' ? respace(s.text, random) : style === 'rewrap' ? rewrap(s.text, 60 + Math.floor(random() * 20)) : requote(s.text);
  if (text === s.text) return undefined;
  return { operation: 'cosmetic', expectedKind: undefined, original: '', changed: '', text, at: 0, description: `cosmetic: ${style}` };
}

// ---------------------------------------------------------------------------------------------------------------

function made(operation: PerturbationOperation, at: number, original: string, changed: string, text: string): Perturbation {
  return { operation, expectedKind: EXPECTED_KIND[operation], original, changed, text, at, description: `${operation}: "${original}" → "${changed}" at ${at}` };
}

const APPLY: Readonly<Record<PerturbationOperation, (s: Scan, random: Random) => Perturbation | undefined>> = {
  number: changeNumber,
  respell: respellName,
  rename,
  'quote-word': changeQuoteWord,
  negate,
  cosmetic,
};

/** Options of {@link perturb}. */
export interface PerturbOptions {
  operation: PerturbationOperation;
  /** Source of randomness; use {@link createRandom} with a fixed seed for reproducible runs. */
  random: Random;
}

/**
 * Applies one perturbation to a copy of `text` (the input is a string and stays as it was). Returns undefined
 * when the text offers no place for the operation (no number, no quote of four words or more, …).
 */
export function perturb(text: string, options: PerturbOptions): Perturbation | undefined {
  return APPLY[options.operation](scan(text), options.random);
}

/** One trial of the perturbation suite: which report was perturbed, and how. */
export interface PerturbationTrial {
  docId: string;
  perturbation: Perturbation;
}

/** Options of {@link perturbationTrials}. */
export interface TrialOptions {
  seed: number;
  trials: number;
  /** Operations to cycle through (default: {@link OPERATIONS}). */
  operations?: readonly PerturbationOperation[];
}

/**
 * Draws `trials` perturbations of the given reports, cycling through the operations so that each gets its share,
 * with a random report and a random place each time. Same seed, same trials.
 */
export function perturbationTrials(documents: readonly { id: string; text: string }[], options: TrialOptions): PerturbationTrial[] {
  const random = createRandom(options.seed);
  const operations = options.operations ?? OPERATIONS;
  const scans = documents.map((d) => ({ id: d.id, scan: scan(d.text) }));
  const trials: PerturbationTrial[] = [];
  for (let i = 0; trials.length < options.trials && i < options.trials * 20; i++) {
    const operation = operations[trials.length % operations.length]!;
    const doc = pick(scans, random);
    const perturbation = doc && APPLY[operation](doc.scan, random);
    if (doc && perturbation) trials.push({ docId: doc.id, perturbation });
  }
  return trials;
}

/**
 * Findings of the quote detector: a cluster of one speaker's quotes worded differently becomes a `quote` finding,
 * with one variant per wording, the word diff of the two most widely carried wordings and the full quotes.
 * @module
 */
import { diffArrays } from 'diff';
import type { Severity } from '../types.js';
import { SEVERITY_RANK } from '../severity.js';
import { isSubset, smallestOf } from '../collections.js';
import type { QuoteMention } from '../analysis.js';
import type { Finding, FindingVariant } from './detector.js';
import type { Piece } from './quote-pieces.js';
import { spanOf } from './spans.js';
import { isContentWord, isNegation, type QuoteWord } from './quote-words.js';

/** At most this many changed content words on either side is a small wording difference. */
const SMALL_CHANGE = 2;

/** Quotes that agree: equal after normalization, or one a stretch of the other (one report quotes more). */
interface Wording {
  representative: Piece;
  key: string;
  /** The key with a space on either side, to find other keys in it as whole words. */
  padded: string;
  pieces: Piece[];
  docs: Set<string>;
}

/**
 * The wordings of a cluster, longest first: a piece joins the first wording that holds its words as a stretch.
 * Pieces with one key join one wording (earlier wordings never change), so each distinct key is placed once.
 */
function groupWordings(cluster: readonly Piece[]): Wording[] {
  const sorted = [...cluster].sort((a, b) => b.words.length - a.words.length || a.docRank - b.docRank || a.start - b.start);
  const wordings: Wording[] = [];
  const homeOf = new Map<string, Wording>();
  for (const piece of sorted) {
    const key = piece.wording;
    let home = homeOf.get(key);
    if (home === undefined) {
      home = homeFor(wordings, key);
      if (home === undefined) {
        wordings.push((home = { representative: piece, key, padded: ` ${key} `, pieces: [], docs: new Set() }));
      }
      homeOf.set(key, home);
    }
    home.pieces.push(piece);
    home.docs.add(piece.doc.id);
  }
  // A wording whose reports all carry another wording too is no disagreement of theirs.
  return wordings.filter((w, i) =>
    !wordings.some((other, j) => j !== i && isSubset(w.docs, other.docs) && (!isSubset(other.docs, w.docs) || j < i)),
  );
}

/** The first wording that holds `key` as a stretch of whole words. */
function homeFor(wordings: readonly Wording[], key: string): Wording | undefined {
  const padded = ` ${key} `;
  for (const w of wordings) if (w.padded.includes(padded)) return w;
  return undefined;
}

interface Comparison {
  diff: string;
  severity: Severity;
}

/** Removed and added words of one run of changes. */
interface Region {
  removed: QuoteWord[];
  added: QuoteWord[];
  /** At the start or end of the diff. */
  edge: boolean;
}

/**
 * Word diff of two wordings (jsdiff over comparison forms, shown as written), and how much it matters: numbers
 * or negation changed → high; more than {@link SMALL_CHANGE} content words changed → medium; else low. A run
 * of words at either end that only one side has (one report quotes more) does not count.
 */
export function compareWordings(a: readonly QuoteWord[], b: readonly QuoteWord[]): Comparison {
  // Changes are written with spaces around them; inside a change, words keep how they were joined.
  const changes = diffArrays([...a], [...b], { comparator: (x, y) => x.key === y.key });
  let diff = '';
  const regions: Region[] = [];
  let current: Region | undefined;
  changes.forEach((change, i) => {
    const text = change.value.map((w, k) => (k > 0 && w.spaced ? ' ' : '') + w.text).join('');
    if (!change.added && !change.removed) {
      diff += (diff ? ' ' : '') + text;
      current = undefined;
      return;
    }
    diff += (diff ? ' ' : '') + (change.added ? `{+${text}+}` : `[-${text}-]`);
    if (!current) {
      current = { removed: [], added: [], edge: i === 0 };
      regions.push(current);
    }
    if (i === changes.length - 1) current.edge = true;
    (change.added ? current.added : current.removed).push(...change.value);
  });
  const isMeaningWord = (w: QuoteWord): boolean => isContentWord(w.key) || isNegation(w.key);
  const removed: QuoteWord[] = [];
  const added: QuoteWord[] = [];
  for (const region of regions) {
    const r = region.removed.filter(isMeaningWord);
    const a = region.added.filter(isMeaningWord);
    if (region.edge && (r.length === 0 || a.length === 0)) continue;
    removed.push(...r);
    added.push(...a);
  }
  const negated = (ws: QuoteWord[]): boolean => ws.some((w) => isNegation(w.key));
  const numeric = (ws: QuoteWord[]): boolean => ws.some((w) => /\d/.test(w.key));
  let severity: Severity = Math.max(removed.length, added.length) > SMALL_CHANGE ? 'medium' : 'low';
  if (negated(removed) !== negated(added) || numeric(removed) || numeric(added)) severity = 'high';
  return { diff, severity };
}

function titleCase(name: string): string {
  return name.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** Pieces by document (collator order) and place. */
function byDocumentAndPlace(a: Piece, b: Piece): number {
  return a.docRank - b.docRank || a.start - b.start;
}

/**
 * One variant per exact wording (so every span slices back to its text), all with the wording's value: the
 * report counts "only be finalized by …" and "could only be finalised by …" as one reading.
 */
function variantsOf(w: Wording): FindingVariant[] {
  const pieces = [...w.pieces].sort(byDocumentAndPlace);
  const byText = new Map<string, FindingVariant>();
  const out: FindingVariant[] = [];
  for (const p of pieces) {
    const text = p.text;
    let variant = byText.get(text);
    if (!variant) {
      byText.set(text, (variant = { text, value: w.key, spans: [] }));
      out.push(variant);
    }
    variant.spans.push(spanOf(p.doc, p.sentence, p));
  }
  return out;
}

/** The name shown for a speaker group: its most frequent spelling, title-cased. */
export function displayName(pieces: readonly Piece[]): string {
  const counts = new Map<string, number>();
  for (const p of pieces) counts.set(p.speaker, (counts.get(p.speaker) ?? 0) + 1);
  const [name] = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  return titleCase(name);
}

/** The full quotes of the pieces, each once, by document (collator order) and place. */
function fullQuotes(pieces: readonly Piece[]): string[] {
  // The pieces of one quote share its mention.
  const seen = new Set<QuoteMention>();
  const out: string[] = [];
  for (const p of [...pieces].sort(byDocumentAndPlace)) {
    if (seen.has(p.quote)) continue;
    seen.add(p.quote);
    out.push(p.quote.text);
  }
  return out;
}

export function quoteFinding(cluster: readonly Piece[], score: number, speaker: string): Finding | undefined {
  const grouped = groupWordings(cluster);
  if (grouped.length < 2) return undefined;
  const firstDoc = new Map<Wording, string>();
  for (const w of grouped) firstDoc.set(w, smallestOf(w.docs)!);
  const wordings = grouped.sort((a, b) => b.docs.size - a.docs.size || firstDoc.get(a)!.localeCompare(firstDoc.get(b)!));
  // The two most widely carried wordings give the diff; the severity is the highest of all pairs, unless a scare
  // quote makes the finding low whatever they say (then the other pairs are not compared).
  const weak = wordings.some((w) => w.representative.short);
  const first = compareWordings(wordings[0]!.representative.words, wordings[1]!.representative.words);
  const diff = first.diff;
  let severity: Severity = weak ? 'low' : first.severity;
  for (let i = 0; i < wordings.length && !weak && severity !== 'high'; i++) {
    for (let j = i === 0 ? 2 : i + 1; j < wordings.length && severity !== 'high'; j++) {
      const compared = compareWordings(wordings[i]!.representative.words, wordings[j]!.representative.words);
      if (SEVERITY_RANK[compared.severity] < SEVERITY_RANK[severity]) severity = compared.severity;
    }
  }
  const confidence = Math.round(Math.min(0.95, 0.5 + 0.45 * score) * (weak ? 0.5 : 1) * 100) / 100;
  return {
    kind: 'quote',
    severity,
    confidence,
    subject: speaker,
    variants: wordings.flatMap(variantsOf),
    details: { diff, quotes: fullQuotes(wordings.flatMap((w) => w.pieces)) },
  };
}

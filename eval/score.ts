/**
 * Scoring a report against a gold file: which expected disagreements were found (and with which kind), which
 * traps were hit, and what was found that the gold does not mention. Pure functions over plain data.
 * @module
 */
import type { Discrepancy, DiscrepancyKind, Report } from '../src/index.js';
import type { Gold, GoldExpected, GoldTrap } from './gold.js';
import { foldPunctuation } from '../src/text/normalize.js';
import { ALL_KINDS } from '../src/validate.js';

/** The part of a finding the scorer looks at, so that tests can build findings by hand. */
export type ScoredFinding = Pick<Discrepancy, 'kind' | 'summary' | 'variants'>;

/** Options of {@link matchVariants}. */
export interface MatchVariantsOptions {
  /** Document references every matched assignment must cover (see {@link GoldExpected.docs}). */
  docs?: readonly string[];
}

/**
 * The comparison form of gold strings and variant texts: lower case, ASCII quotes and dashes, white space runs as one
 * space. Gold files are typed by hand and reports use typographic marks; neither should decide a match.
 */
export function foldForMatch(text: string): string {
  return foldPunctuation(text).toLowerCase().replace(/\s+/g, ' ');
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/**
 * Does `text` contain `phrase` as whole words? Both are folded ({@link foldForMatch}); where the phrase starts or
 * ends with a letter or digit, the neighbouring character of the text must not be one, so that "27" does not match
 * "270", "US" does not match "Russia" and "Witkof" does not match "Witkoff".
 */
export function containsPhrase(text: string, phrase: string): boolean {
  const hay = foldForMatch(text);
  const needle = foldForMatch(phrase).trim();
  if (needle === '') return false;
  const checkStart = isWordChar(needle[0]);
  const checkEnd = isWordChar(needle[needle.length - 1]);
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    if (checkStart && isWordChar(hay[at - 1])) continue;
    if (checkEnd && isWordChar(hay[at + needle.length])) continue;
    return true;
  }
  return false;
}

/** Does a document id answer to a gold reference? Full id, or the part before the first `_`. */
export function documentMatches(reference: string, docId: string): boolean {
  if (reference === docId) return true;
  const cut = docId.indexOf('_');
  return cut > 0 && docId.slice(0, cut) === reference;
}

/** The wordings and documents of one value of a finding: wordings with the same value agree with each other. */
interface ValueGroup {
  texts: string[];
  docs: string[];
}

function valueGroups(finding: ScoredFinding): ValueGroup[] {
  const groups = new Map<string, ValueGroup>();
  for (const v of finding.variants) {
    const key = v.value === undefined ? `text:${v.text}` : `${typeof v.value}:${String(v.value)}`;
    const group = groups.get(key) ?? { texts: [], docs: [] };
    group.texts.push(v.text);
    group.docs.push(...v.docs);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Assigns each wanted string to a different value of the finding, one of whose wordings contains it
 * ({@link containsPhrase}), so that "Witkof" and "Witkoff" can both match without landing on the same value, and two
 * wordings the finding itself calls one value ("finalized", "finalised") never count as a disagreement. Returns the
 * index of the value group chosen for each string (groups in order of first variant), or `undefined` when no
 * assignment exists. With `docs`, the chosen values together must be carried by every referenced document. Wanted
 * lists are tiny (2–3 strings), so a backtracking search is cheap.
 */
export function matchVariants(finding: ScoredFinding, wanted: readonly string[], options: MatchVariantsOptions = {}): number[] | undefined {
  const groups = valueGroups(finding);
  const fits = wanted.map((w) => groups.map((g) => g.texts.some((t) => containsPhrase(t, w))));
  const chosen: number[] = [];
  const used = new Set<number>();
  const coversDocs = (): boolean =>
    (options.docs ?? []).every((ref) => chosen.some((i) => groups[i]!.docs.some((d) => documentMatches(ref, d))));
  const search = (k: number): boolean => {
    if (k === wanted.length) return coversDocs();
    for (let i = 0; i < groups.length; i++) {
      if (used.has(i) || !fits[k]![i]) continue;
      used.add(i);
      chosen.push(i);
      if (search(k + 1)) return true;
      chosen.pop();
      used.delete(i);
    }
    return false;
  };
  return search(0) ? [...chosen] : undefined;
}

/** What became of one expected entry. */
export interface ExpectedOutcome {
  id: string;
  kind: DiscrepancyKind;
  /** Some finding (of any kind) has the variants. */
  matched: boolean;
  /** Some finding of the expected kind has the variants. */
  rightKind: boolean;
  /** Kinds of all findings that matched, sorted. */
  foundKinds: DiscrepancyKind[];
}

/** A trap and the findings that fell into it. */
export interface TrapOutcome {
  id: string;
  hit: boolean;
  /** Summaries of the findings that hit the trap. */
  by: string[];
}

/** The score of one report against one gold file. */
export interface EvalResult {
  expected: ExpectedOutcome[];
  traps: TrapOutcome[];
  /** Matched expected entries / all expected entries (1 when there are none). */
  recall: number;
  /** Matched with the right kind / matched at all (1 when nothing matched). */
  kindAccuracy: number;
  /** Expected entries found with the right kind. */
  foundRightKind: number;
  trapsHit: number;
  /** Number of findings by kind, every kind listed. */
  findingsByKind: Record<DiscrepancyKind, number>;
  /** Findings that match no expected entry: either unannotated truths or noise, for a human to read. */
  unmatched: ScoredFinding[];
}


function scoreExpected(entry: GoldExpected, findings: readonly ScoredFinding[], matchedFindings: Set<number>): ExpectedOutcome {
  const kinds = new Set<DiscrepancyKind>();
  findings.forEach((finding, i) => {
    const options: MatchVariantsOptions = entry.docs ? { docs: entry.docs } : {};
    if (matchVariants(finding, entry.variants, options)) {
      kinds.add(finding.kind);
      matchedFindings.add(i);
    }
  });
  return { id: entry.id, kind: entry.kind, matched: kinds.size > 0, rightKind: kinds.has(entry.kind), foundKinds: [...kinds].sort() };
}

/** Is the trap hit by this finding? `unique` findings have one variant and cannot disagree with anything. */
export function hitsTrap(finding: ScoredFinding, trap: GoldTrap): boolean {
  return finding.kind !== 'unique' && matchVariants(finding, trap.variants) !== undefined;
}

/** Scores the discrepancies of a report against a gold file. */
export function scoreReport(gold: Gold, report: Pick<Report, 'discrepancies'>): EvalResult {
  const findings = report.discrepancies;
  const matchedFindings = new Set<number>();
  const expected = gold.expected.map((e) => scoreExpected(e, findings, matchedFindings));
  const traps = gold.traps.map((trap) => {
    const by = findings.filter((f) => hitsTrap(f, trap)).map((f) => f.summary);
    return { id: trap.id, hit: by.length > 0, by };
  });
  const matched = expected.filter((e) => e.matched).length;
  const foundRightKind = expected.filter((e) => e.rightKind).length;
  const findingsByKind = Object.fromEntries(ALL_KINDS.map((k) => [k, 0])) as Record<DiscrepancyKind, number>;
  for (const f of findings) findingsByKind[f.kind] += 1;
  return {
    expected,
    traps,
    recall: expected.length === 0 ? 1 : matched / expected.length,
    kindAccuracy: matched === 0 ? 1 : foundRightKind / matched,
    foundRightKind,
    trapsHit: traps.filter((t) => t.hit).length,
    findingsByKind,
    unmatched: findings.filter((_, i) => !matchedFindings.has(i)),
  };
}

/** Whether a result meets the bar of the bundled example: every expected entry found with its kind, no trap hit. */
export function passes(result: EvalResult): boolean {
  return result.foundRightKind === result.expected.length && result.trapsHit === 0;
}

/** The result as the plain-text table `npm run eval` prints. */
export function formatResult(result: EvalResult, options: { verbose?: boolean } = {}): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  const lines: string[] = [];
  const matched = result.expected.filter((e) => e.matched).length;
  lines.push(`recall          ${pct(result.recall)} (${matched}/${result.expected.length} expected matched)`);
  lines.push(`kind accuracy   ${pct(result.kindAccuracy)} (${result.foundRightKind}/${matched} with the right kind)`);
  lines.push(`traps hit       ${result.trapsHit}/${result.traps.length}`);
  const total = Object.values(result.findingsByKind).reduce((a, b) => a + b, 0);
  lines.push(`findings        ${total}: ${ALL_KINDS.map((k) => `${k} ${result.findingsByKind[k]}`).join(', ')}`);
  lines.push(`not in gold     ${result.unmatched.length}`);
  for (const e of result.expected) {
    if (e.rightKind) continue;
    lines.push(e.matched ? `  wrong kind  ${e.id}: expected ${e.kind}, found ${e.foundKinds.join('/')}` : `  missed      ${e.id} (${e.kind})`);
  }
  for (const t of result.traps) for (const by of t.by) lines.push(`  trap hit    ${t.id}: ${by}`);
  if (options.verbose) for (const f of result.unmatched) lines.push(`  not in gold [${f.kind}] ${f.summary}`);
  return `${lines.join('\n')}\n`;
}

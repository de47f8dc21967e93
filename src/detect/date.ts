/**
 * The `date` detector: aligned sentences that put the same event on different days.
 * @module
 */
import type { AlignedGroup, AnalyzedDocument, AnalyzedSentence, DateMention } from '../analysis.js';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../mentions/dates.js';
import { isStopword } from '../text/stopwords.js';
import type { Detector, DetectorContext, Finding, FindingVariant } from './detector.js';
import { pushTo } from '../collections.js';
import { spanOf } from './spans.js';
import { firstTokenFrom, lastTokenWithin } from '../text/tokenize.js';

/**
 * One time reference of a sentence: date mentions that stand side by side and name the same day
 * ("today (Tuesday)", "Tuesday, December 2").
 */
interface Slot {
  doc: AnalyzedDocument;
  sentence: AnalyzedSentence;
  mentions: DateMention[];
  /** Stem of the nearest content word before the slot (the verb or noun it dates), or '' when none is near. */
  anchor: string;
  /**
   * Its {@link facts} and {@link contextOf}, once asked: both depend on the finished slot alone, and comparisons
   * ask for them again and again (every level, every other slot).
   */
  facts?: SlotFacts;
  context?: Set<string>;
}

/** A slot's calendar facts, merged over its mentions. */
interface SlotFacts {
  iso?: string;
  weekday?: number;
  month?: number;
  day?: number;
  written: boolean;
}

/** The level at which slots are compared: the finest that every compared slot supports. */
type Level = 'iso' | 'monthDay' | 'weekday' | 'month';

const LEVELS: readonly Level[] = ['iso', 'monthDay', 'weekday', 'month'];

/** Words between two mentions that still make them one slot. */
function joinsSlot(between: string): boolean {
  for (const ch of between) if (!(ch === '(' || ch === ')' || ch === ',' || ch === ' ' || ch === '\u00A0')) return false;
  return true;
}

function slotsOf(doc: AnalyzedDocument, sentence: AnalyzedSentence): Slot[] {
  // A week or an unresolved "today" names no day that could be compared.
  const dates = sentence.dates.filter((d) => d.iso !== undefined || d.weekday !== undefined || d.month !== undefined);
  const slots: Slot[] = [];
  for (const d of dates) {
    const last = slots[slots.length - 1];
    const previous = last?.mentions[last.mentions.length - 1];
    if (last && previous && joinsSlot(doc.text.slice(previous.end, d.start))) last.mentions.push(d);
    else slots.push({ doc, sentence, mentions: [d], anchor: anchorBefore(sentence, d.start) });
  }
  return slots;
}

/** Stem of the nearest content word within five tokens before `offset` ("meet … on Tuesday" → "meet"). */
function anchorBefore(sentence: AnalyzedSentence, offset: number): string {
  const tokens = sentence.tokens;
  // The token before the first at or after `offset` (the last token when none is).
  let k = firstTokenFrom(tokens, offset) - 1;
  for (let seen = 0; k >= 0 && seen < 5; k--, seen++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !isStopword(t.norm) && !t.upper && t.norm.length > 2) return t.stem;
  }
  return '';
}

/** A slot's calendar facts (worked out once per slot; slots are complete before anything asks). */
function facts(slot: Slot): SlotFacts {
  return (slot.facts ??= slotFacts(slot));
}

/** A slot's calendar facts, merged over its mentions; written calendar parts win over resolved weekdays. */
function slotFacts(slot: Slot): SlotFacts {
  const byPrecision = (p: DateMention['precision']): DateMention | undefined => slot.mentions.find((m) => m.precision === p);
  const calendar = byPrecision('day') ?? byPrecision('month');
  const main = calendar ?? byPrecision('weekday') ?? slot.mentions[0]!;
  const weekday = main.weekday ?? slot.mentions.find((m) => m.weekday !== undefined)?.weekday;
  const out: SlotFacts = { written: calendar !== undefined };
  const iso = main.iso ?? slot.mentions.find((m) => m.iso !== undefined)?.iso;
  if (iso !== undefined) out.iso = iso;
  if (weekday !== undefined) out.weekday = weekday;
  if (calendar?.month !== undefined) out.month = calendar.month;
  if (calendar?.day !== undefined) out.day = calendar.day;
  return out;
}

function keyAt(slot: Slot, level: Level): string | undefined {
  const f = facts(slot);
  switch (level) {
    case 'iso':
      return f.iso;
    case 'monthDay':
      return f.month !== undefined && f.day !== undefined ? `${MONTH_NAMES[f.month - 1]} ${f.day}` : undefined;
    case 'weekday':
      return f.weekday === undefined ? undefined : WEEKDAY_NAMES[f.weekday];
    case 'month':
      return f.month === undefined ? undefined : MONTH_NAMES[f.month - 1];
  }
}

/** The mention that shows the compared value best: the calendar date for dates, the weekday word for days. */
function shownMention(slot: Slot, level: Level): DateMention {
  const prefer: DateMention['precision'][] = level === 'weekday' ? ['weekday', 'day', 'relative'] : ['day', 'month', 'weekday', 'relative'];
  for (const p of prefer) {
    const m = slot.mentions.find((x) => x.precision === p);
    if (m) return m;
  }
  return slot.mentions[0]!;
}

/** The slot names its day only through a weekday or a relative word, resolved against a reference date. */
function isResolvedOnly(slot: Slot): boolean {
  return !facts(slot).written;
}

function hasWrittenWeekday(slot: Slot): boolean {
  return slot.mentions.some((m) => m.precision === 'weekday');
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * The level to compare at. Weekdays written on every side compare as weekdays: two reports that both say
 * "Monday" agree, whatever reference dates they were resolved against. Otherwise the finest level every slot
 * supports, else the finest one at least two slots support (the others drop out). A day resolved from a weekday
 * or "yesterday" is only held against a written date less than a week away: "Sept. 11" next to "on Wednesday"
 * names another day on purpose, not the same day wrongly.
 */
function chooseLevel(slots: readonly Slot[]): { level: Level; slots: Slot[] } | undefined {
  if (slots.every(hasWrittenWeekday)) return { level: 'weekday', slots: [...slots] };
  const candidates = LEVELS.map((level) => ({ level, slots: slots.filter((s) => keyAt(s, level) !== undefined) }));
  const chosen = candidates.find((c) => c.slots.length === slots.length) ?? candidates.find((c) => c.slots.length >= 2);
  if (!chosen || chosen.slots.length < 2) return undefined;
  if (chosen.level === 'iso' && !resolvedNearWritten(chosen.slots)) return undefined;
  return chosen;
}

/** Every day resolved from a weekday or relative word lies within a week of every written date it is compared with. */
function resolvedNearWritten(slots: readonly Slot[]): boolean {
  const written = slots.filter((s) => !isResolvedOnly(s)).map((s) => facts(s).iso!);
  const resolved = slots.filter(isResolvedOnly).map((s) => facts(s).iso!);
  return resolved.every((r) => written.every((w) => daysApart(r, w) < 7));
}

/**
 * The sets of slots, one per document, that date the same thing. Conservative: documents whose aligned
 * sentence holds exactly one time reference are compared with each other; a document with several joins only
 * by the slot whose anchor word matches, and documents with several slots each compare only through a shared
 * anchor.
 */
function comparableSets(perDoc: readonly Slot[][]): Slot[][] {
  const order = new Map(perDoc.map((slots, i) => [slots[0]!.doc.id, i]));
  const inDocumentOrder = (set: Slot[]): Slot[] => set.sort((a, b) => order.get(a.doc.id)! - order.get(b.doc.id)!);
  // Single dates are compared only when the words around them share something: aligned sentences can date two
  // events ("pleaded guilty on Friday" / "said on Monday").
  const singles = perDoc.filter((s) => s.length === 1).map((s) => s[0]!);
  const single = singles.length < 2 ? singles : singles.filter((a) => singles.some((b) => b.doc !== a.doc && sharedContext(a, b)));
  const multi = perDoc.filter((s) => s.length > 1);
  const sets: Slot[][] = [];
  if (single.length >= 2 || (single.length === 1 && multi.length > 0)) {
    const anchors = new Set(single.map((s) => s.anchor).filter((a) => a !== ''));
    const joined = [...single];
    for (const slots of multi) {
      // A report that also gives the others' day agrees with them; its other dates are other events
      // ("said on Monday" vs "On Monday, Trump said … who pleaded guilty on Friday").
      if (slots.some((s) => single.some((o) => sameDay(s, o)))) continue;
      const matching = slots.filter((s) => anchors.has(s.anchor));
      if (matching.length === 1) joined.push(matching[0]!);
    }
    if (joined.length >= 2) sets.push(inDocumentOrder(joined));
  } else if (multi.length >= 2) {
    const byAnchor = new Map<string, Slot[]>();
    for (const slots of multi) {
      const counts = new Map<string, number>();
      for (const s of slots) counts.set(s.anchor, (counts.get(s.anchor) ?? 0) + 1);
      for (const s of slots) {
        if (s.anchor === '' || counts.get(s.anchor) !== 1) continue;
        pushTo(byAnchor, s.anchor, s);
      }
    }
    for (const anchor of [...byAnchor.keys()].sort()) {
      const list = byAnchor.get(anchor)!;
      if (list.length >= 2) sets.push(inDocumentOrder(list));
    }
  }
  return sets;
}

/** Lower-case content words this far on either side of a date say what it dates. */
const CONTEXT_WINDOW = 5;

/** The content stems around a slot (worked out once per slot). */
function contextOf(slot: Slot): Set<string> {
  return (slot.context ??= slotContext(slot));
}

function slotContext(slot: Slot): Set<string> {
  const tokens = slot.sentence.tokens;
  const first = slot.mentions[0]!;
  const last = slot.mentions[slot.mentions.length - 1]!;
  const out = new Set<string>();
  const from = firstTokenFrom(tokens, first.start);
  if (from === tokens.length) return out;
  const to = lastTokenWithin(tokens, from, last.end);
  for (let k = Math.max(0, from - CONTEXT_WINDOW); k <= Math.min(tokens.length - 1, to + CONTEXT_WINDOW); k++) {
    const t = tokens[k]!;
    if ((k < from || k > to) && t.kind === 'word' && !t.upper && !isStopword(t.norm) && t.norm.length > 2) out.add(t.stem);
  }
  return out;
}

function sharedContext(a: Slot, b: Slot): boolean {
  const around = contextOf(a);
  for (const stem of contextOf(b)) if (around.has(stem)) return true;
  return false;
}

/** Two slots name the same day at some level both give (the same date, or the same weekday). */
function sameDay(a: Slot, b: Slot): boolean {
  return LEVELS.some((level) => level !== 'month' && keyAt(a, level) !== undefined && keyAt(a, level) === keyAt(b, level));
}

function compareSlots(group: AlignedGroup, set: readonly Slot[], anchored: boolean): Finding | undefined {
  const chosen = chooseLevel(set);
  if (!chosen) return undefined;
  const { level, slots } = chosen;
  const variants = new Map<string, FindingVariant>();
  for (const slot of slots) {
    const key = keyAt(slot, level)!;
    const mention = shownMention(slot, level);
    const variant = variants.get(key);
    if (variant) variant.spans.push(spanOf(slot.doc, slot.sentence, mention));
    else variants.set(key, { text: slot.doc.text.slice(mention.start, mention.end), value: key, spans: [spanOf(slot.doc, slot.sentence, mention)] });
  }
  if (variants.size < 2) return undefined;
  const allWritten = slots.every((s) => facts(s).written);
  // Weekdays and relative days resolved through a reference date are one step less certain than dates written out.
  let confidence = allWritten ? 0.8 : level === 'weekday' && slots.every(hasWrittenWeekday) ? 0.7 : 0.55;
  if (anchored) confidence -= 0.1;
  if (level === 'month') confidence -= 0.1;
  return {
    kind: 'date',
    severity: allWritten && (level === 'iso' || level === 'monthDay') ? 'high' : 'medium',
    confidence: Math.round(confidence * 100) / 100,
    subject: level === 'weekday' ? 'Day' : level === 'month' ? 'Month' : 'Date',
    alignment: group.id,
    variants: [...variants.values()],
    details: { level },
  };
}

/** Two documents of the group have a sentence with a date: else there is nothing to compare (most groups). */
function datedInTwoDocuments(group: AlignedGroup): boolean {
  let first: AnalyzedDocument | undefined;
  for (const { doc, sentence } of group.members) {
    if (sentence.dates.length === 0) continue;
    if (first === undefined) first = doc;
    else if (doc.id !== first.id) return true;
  }
  return false;
}

function detectInGroup(group: AlignedGroup): Finding[] {
  if (!datedInTwoDocuments(group)) return [];
  const byDoc = new Map<string, Slot[]>();
  for (const { doc, sentence } of group.members) {
    // Every document keeps its place in member order, with or without dates.
    let list = byDoc.get(doc.id);
    if (list === undefined) byDoc.set(doc.id, (list = []));
    if (sentence.dates.length > 0) list.push(...slotsOf(doc, sentence));
  }
  const perDoc = [...byDoc.values()].filter((s) => s.length > 0);
  if (perDoc.length < 2) return [];
  const anchored = perDoc.some((s) => s.length > 1);
  return comparableSets(perDoc).flatMap((set) => compareSlots(group, set, anchored) ?? []);
}

/**
 * Finds aligned sentences that date the same event differently: different weekdays, different calendar days,
 * different months. A weekday and a date that fall on the same day agree ("Tuesday" and "December 2, 2025").
 * A date in one sentence and none in the other is no disagreement; a sentence with several dates compares only
 * the one whose preceding content word matches the other sentence's.
 */
export const dateDetector: Detector = {
  kind: 'date',
  detect(context: DetectorContext): Finding[] {
    return context.alignments.flatMap(detectInGroup);
  },
};

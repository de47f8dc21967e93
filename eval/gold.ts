/**
 * The gold format of the evaluation harness: what a careful editor expects storydiff to find in a set of reports
 * (`expected`), and what it must not report (`traps`). See docs/evaluation.md for the format and its rationale.
 * @module
 */
import { readFileSync } from 'node:fs';
import type { DiscrepancyKind } from '../src/index.js';
import { ALL_KINDS } from '../src/validate.js';

/** One disagreement the reports really contain. */
export interface GoldExpected {
  /** Unique, readable id ("plan-points"). */
  id: string;
  /** The kind storydiff should give it. */
  kind: DiscrepancyKind;
  /**
   * Strings that must each appear (case-insensitive substring) in a different variant of one finding. At least two,
   * except for kind `unique`, which has exactly one.
   */
  variants: string[];
  /**
   * Documents the finding must involve: each must carry one of the matched variants. A reference names a document
   * by its full id or by the part before the first `_` ("002" for "002_55bbaaab72ef30d4").
   */
  docs?: string[];
  /** Why this is a disagreement, for the reader of the gold file. */
  note?: string;
}

/** A pair of wordings that agree, and that storydiff must therefore never report as a disagreement. */
export interface GoldTrap {
  id: string;
  /** Exactly two strings; the trap is hit when a finding (other than `unique`) has them in distinct variants. */
  variants: [string, string];
  note?: string;
}

/** A gold file: the reports it annotates, what they disagree on, and what they only seem to disagree on. */
export interface Gold {
  /** Folder of the annotated `.txt` reports, relative to the project root (the command line may override it). */
  documents: string;
  expected: GoldExpected[];
  traps: GoldTrap[];
}

/** A gold file that does not follow the format; `path` says where (`expected[3].kind`). */
export class GoldFormatError extends Error {
  override readonly name = 'GoldFormatError';
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nonEmptyString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new GoldFormatError(path, 'must be a non-empty string');
  return value;
}

function stringList(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) throw new GoldFormatError(path, 'must be an array of strings');
  return value.map((item, i) => nonEmptyString(item, `${path}[${i}]`));
}

function optionalNote(entry: Record<string, unknown>, path: string): { note?: string } {
  if (entry.note === undefined) return {};
  if (typeof entry.note !== 'string') throw new GoldFormatError(`${path}.note`, 'must be a string');
  return { note: entry.note };
}

function rejectUnknownKeys(entry: Record<string, unknown>, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(entry)) {
    if (!allowed.includes(key)) throw new GoldFormatError(`${path}.${key}`, `unknown field (allowed: ${allowed.join(', ')})`);
  }
}

function parseExpected(value: unknown, path: string): GoldExpected {
  if (!isRecord(value)) throw new GoldFormatError(path, 'must be an object');
  rejectUnknownKeys(value, ['id', 'kind', 'variants', 'docs', 'note'], path);
  const id = nonEmptyString(value.id, `${path}.id`);
  const kind = value.kind;
  if (typeof kind !== 'string' || !(ALL_KINDS as readonly string[]).includes(kind)) {
    throw new GoldFormatError(`${path}.kind`, `must be one of ${ALL_KINDS.join(', ')}`);
  }
  const variants = stringList(value.variants, `${path}.variants`);
  if (kind === 'unique' ? variants.length !== 1 : variants.length < 2) {
    throw new GoldFormatError(`${path}.variants`, kind === 'unique' ? 'a unique claim has exactly one variant' : 'needs at least two variants');
  }
  const out: GoldExpected = { id, kind: kind as DiscrepancyKind, variants, ...optionalNote(value, path) };
  if (value.docs !== undefined) out.docs = stringList(value.docs, `${path}.docs`);
  return out;
}

function parseTrap(value: unknown, path: string): GoldTrap {
  if (!isRecord(value)) throw new GoldFormatError(path, 'must be an object');
  rejectUnknownKeys(value, ['id', 'variants', 'note'], path);
  const id = nonEmptyString(value.id, `${path}.id`);
  const variants = stringList(value.variants, `${path}.variants`);
  if (variants.length !== 2) throw new GoldFormatError(`${path}.variants`, 'a trap is exactly two strings');
  return { id, variants: [variants[0]!, variants[1]!], ...optionalNote(value, path) };
}

function checkUniqueIds(entries: readonly { id: string }[]): void {
  const seen = new Set<string>();
  for (const { id } of entries) {
    if (seen.has(id)) throw new GoldFormatError(id, 'duplicate id (ids are shared by expected entries and traps)');
    seen.add(id);
  }
}

/**
 * Validates parsed JSON as a {@link Gold} file and returns a fresh copy (the input is not kept or changed).
 * @throws {@link GoldFormatError} naming the first offending field.
 */
export function parseGold(json: unknown): Gold {
  if (!isRecord(json)) throw new GoldFormatError('gold', 'must be a JSON object');
  rejectUnknownKeys(json, ['$comment', 'documents', 'expected', 'traps'], 'gold');
  const documents = nonEmptyString(json.documents, 'documents');
  if (!Array.isArray(json.expected)) throw new GoldFormatError('expected', 'must be an array');
  const traps = json.traps ?? [];
  if (!Array.isArray(traps)) throw new GoldFormatError('traps', 'must be an array');
  const gold: Gold = {
    documents,
    expected: json.expected.map((e, i) => parseExpected(e, `expected[${i}]`)),
    traps: traps.map((t, i) => parseTrap(t, `traps[${i}]`)),
  };
  checkUniqueIds([...gold.expected, ...gold.traps]);
  return gold;
}

/** Reads and validates a gold file. @throws {@link GoldFormatError} on bad JSON or a bad format. */
export function loadGold(path: string): Gold {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new GoldFormatError(path, error instanceof SyntaxError ? `not JSON (${error.message})` : 'cannot be read');
  }
  return parseGold(json);
}

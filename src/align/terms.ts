/**
 * The terms a sentence is profiled by, as ids into a vocabulary of distinct terms: reports of one event repeat
 * the same few thousand words hundreds of thousands of times, so everything derived from a term (its stem, its
 * number value, later its features and weight) is worked out once per distinct term, not once per token.
 * @module
 */
import type { Token } from '../text/tokenize.js';
import { stem as stemWord } from '../text/stem.js';
import { wordTable } from '../text/word-table.js';
import { Arena } from './arena.js';

/** One distinct term: a word, a number, an acronym or a hyphenated compound joined into one word. */
export interface TermEntry {
  stem: string;
  norm: string;
  /** Value of a number, written in digits or as a word. */
  number: string | undefined;
  /** Id of the stem among the vocabulary's distinct stems (terms of different kinds may share a stem). */
  stemId: number;
}

/** Share of capitalized long words above which a sentence is Title Case and capitals say nothing about names. */
const TITLE_CASE_SHARE = 0.8;

const NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9', ten: '10',
  eleven: '11', twelve: '12', dozen: '12', twenty: '20', hundred: '100', thousand: '1000', million: '1000000',
});

/**
 * A term of a sentence is encoded as `entryId * 2 + name`, where `name` is 1 for a candidate name (capitalized
 * in a sentence that is not Title Case): one small integer per term, no object.
 */
export type TermList = Int32Array;

/** The entry id of an encoded term. */
export const entryOf = (term: number): number => term >> 1;
/** Whether an encoded term is a candidate name. */
export const isName = (term: number): boolean => (term & 1) === 1;

/** A sentence whose `capitals` of `words` longer than three letters start with a capital is in Title Case. */
function isTitleCase(words: number, capitals: number): boolean {
  return words >= 3 && capitals / words > TITLE_CASE_SHARE;
}

/** Letters each followed by a dot, written together ("U.S.", "U.N."), joined into one word; else undefined. */
function acronymAt(tokens: readonly Token[], i: number): { norm: string; next: number } | undefined {
  let norm = '';
  let j = i;
  while (tokens[j]?.kind === 'word' && tokens[j]?.norm.length === 1 && tokens[j + 1]?.text === '.' && (j === i || tokens[j]?.spaceBefore === false)) {
    norm += tokens[j]?.norm;
    j += 2;
  }
  return norm.length > 1 ? { norm, next: j } : undefined;
}

/** The distinct terms met so far, each kind in its own table (a word and an acronym may be written alike). */
export class TermVocabulary {
  readonly entries: TermEntry[] = [];
  private readonly words = new Map<string, number>();
  private readonly numbers = new Map<string, number>();
  private readonly acronyms = new Map<string, number>();
  private readonly compounds = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  /** Scratch for {@link termsOf}, reused: a sentence's terms are copied out once counted. */
  private scratch: number[] = [];
  private readonly lists: Arena<Int32Array>;

  /** `blockLength`: how many terms the blocks that hold term lists take (large when many sentences are read). */
  constructor(blockLength?: number) {
    this.lists = new Arena(newBlock, blockLength);
  }

  /** Number of distinct stems: the range of {@link TermEntry.stemId}. */
  get stemCount(): number {
    return this.stemIds.size;
  }

  /** Ids of the distinct stems, by stem: see {@link TermEntry.stemId}. */
  get stems(): ReadonlyMap<string, number> {
    return this.stemIds;
  }

  /** The id of a new entry, filed under `key` in `table`. */
  private add(table: Map<string, number>, key: string, stem: string, norm: string, number: string | undefined): number {
    let stemId = this.stemIds.get(stem);
    if (stemId === undefined) this.stemIds.set(stem, (stemId = this.stemIds.size));
    const id = this.entries.length;
    this.entries.push({ stem, norm, number, stemId });
    table.set(key, id);
    return id;
  }

  private wordId(token: Token): number {
    const hit = this.words.get(token.norm);
    if (hit !== undefined) return hit;
    const norm = token.norm.includes("'") ? token.norm.replaceAll("'", '') : token.norm;
    return this.add(this.words, token.norm, norm === token.norm ? token.stem : stemWord(norm), norm, NUMBER_WORDS[norm]);
  }

  private numberId(token: Token): number {
    const hit = this.numbers.get(token.norm);
    return hit ?? this.add(this.numbers, token.norm, token.norm, token.norm, token.norm.replaceAll(',', ''));
  }

  private acronymId(norm: string): number {
    return this.acronyms.get(norm) ?? this.add(this.acronyms, norm, norm, norm, undefined);
  }

  private compoundId(joined: string): number {
    return this.compounds.get(joined) ?? this.add(this.compounds, joined, stemWord(joined), joined, undefined);
  }

  /**
   * Words and numbers of a sentence. Acronyms are joined ("U.S." → `us`); hyphenated compounds give the joined
   * word as well as the parts ("bail-out" → `bailout`, `bail`, `out`); apostrophes inside words are dropped
   * ("Tian'anmen" → `tiananmen`); possessive 's and punctuation are skipped.
   */
  termsOf(tokens: readonly Token[]): TermList {
    // Written by count, never truncated: an array cut to length 0 gives up its storage and grows again.
    const terms = this.scratch;
    let count = 0;
    // Terms are marked as names as if the sentence were not in Title Case, and unmarked at the end if it is: one
    // pass over the tokens. The tokens an acronym takes (one letter, a dot) are too short to count for Title Case.
    let words = 0;
    let capitals = 0;
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i]!;
      const kind = token.kind;
      // Every acronym starts with a one-letter word: the test that most words stop at.
      const acronym = kind === 'word' && token.norm.length === 1 ? acronymAt(tokens, i) : undefined;
      if (acronym !== undefined) {
        terms[count++] = this.acronymId(acronym.norm) * 2 + 1;
        i = acronym.next;
        continue;
      }
      if (kind === 'number') {
        terms[count++] = this.numberId(token) * 2;
      } else if (kind === 'word' && token.norm !== "'s") {
        const upper = token.upper;
        if (token.norm.length > 3) {
          words++;
          if (upper) capitals++;
        }
        const id = this.wordId(token);
        const entry = this.entries[id]!;
        terms[count++] = id * 2 + (upper && entry.number === undefined ? 1 : 0);
        const dash = tokens[i + 1];
        if (dash !== undefined && !dash.spaceBefore && dash.text === '-') {
          const second = tokens[i + 2];
          if (second?.kind === 'word' && !second.spaceBefore) terms[count++] = this.compoundId(entry.norm + second.norm) * 2;
        }
      }
      i += 1;
    }
    const list = this.lists.take(count);
    const names = isTitleCase(words, capitals) ? ~1 : ~0;
    for (let k = 0; k < count; k++) list[k] = terms[k]! & names;
    return list;
  }
}

/** Blocks of the term lists' arena: one function for every vocabulary, so that optimized code that calls it stays valid. */
const newBlock = (length: number): Int32Array => new Int32Array(length);

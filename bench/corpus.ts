/**
 * Deterministic benchmark corpora: many reports of one event, generated from real reports.
 *
 * A "story" is the pool of sentences of real reports of one event (the bundled example, or one BASIL event).
 * Each generated report takes most of the pool's sentences in roughly story order, perturbs some lightly (a
 * number changed, a name respelled, a word dropped) and adds a few sentences of its own, so that alignments and
 * discrepancies exist at every size. Report `i` depends only on the story, the seed and `i`: the corpus of 200
 * reports is the first 200 reports of the corpus of 400.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../scripts/seeded-random.js';

/** One report as `compare` takes it. */
export interface BenchDocument {
  id: string;
  text: string;
}

/** The sentences of real reports of one event, and sentences from elsewhere to make reports differ. */
export interface Story {
  name: string;
  /** Sentences shared by the generated reports. */
  sentences: string[];
  /** Sentences of other events, used as each report's own material (may be empty). */
  strangers: string[];
}

/** Options of {@link generateReports}. */
export interface GenerateOptions {
  /** Sentences per report (default 40). */
  sentencesPerReport?: number;
  /** Share of a report's sentences that are its own (default 0.15). */
  uniqueShare?: number;
  /** Chance that a shared sentence is perturbed (default 0.3). */
  perturbRate?: number;
  /** Seed of the generator (default 1). */
  seed?: number;
}

/** Splits a report into sentences with a plain scan (end mark, then white space); keeps running-text ones. */
export function plainSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let start = 0;
    for (let i = 0; i < paragraph.length; i++) {
      const ch = paragraph[i];
      if ((ch === '.' || ch === '!' || ch === '?') && (i + 1 === paragraph.length || paragraph[i + 1] === ' ')) {
        out.push(paragraph.slice(start, i + 1).trim());
        start = i + 1;
      }
    }
  }
  // Headlines, bylines and fragments are not story sentences.
  return out.filter((s) => s.length >= 40 && s.length <= 400 && s.includes(' '));
}

function readStory(name: string, files: string[], strangers: string[]): Story {
  const seen = new Set<string>();
  const sentences: string[] = [];
  for (const file of files) {
    for (const s of plainSentences(readFileSync(file, 'utf8'))) {
      if (!seen.has(s)) sentences.push(s);
      seen.add(s);
    }
  }
  return { name, sentences, strangers };
}

/** The bundled example as a story; BASIL sentences (when present) are its strangers. */
export function exampleStory(root: string, basilDir?: string): Story {
  const dir = join(root, 'examples', 'peace-talks');
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
  const strangers = basilDir ? basilEvents(basilDir).slice(0, 10).flatMap((files) => files.flatMap((f) => plainSentences(readFileSync(f, 'utf8')))) : [];
  return readStory('peace-talks', files, strangers);
}

function basilEvents(basilDir: string): string[][] {
  return readdirSync(basilDir)
    .sort()
    .map((event) => ['fox', 'nyt', 'hpo'].map((outlet) => join(basilDir, event, `${outlet}.txt`)).filter((f) => existsSync(f)))
    .filter((files) => files.length >= 2);
}

/**
 * The BASIL event with the most sentences as a story (three outlets of one event), with the sentences of the
 * other events as strangers; undefined when the folder is absent.
 */
export function basilStory(basilDir: string): Story | undefined {
  if (!existsSync(basilDir)) return undefined;
  const events = basilEvents(basilDir);
  const stories = events.map((files) => readStory('', files, []));
  let best = 0;
  for (let i = 1; i < stories.length; i++) if (stories[i]!.sentences.length > stories[best]!.sentences.length) best = i;
  const chosen = stories[best];
  if (!chosen) return undefined;
  const strangers = stories.filter((_, i) => i !== best).flatMap((s) => s.sentences);
  const event = events[best]![0]!.split('/').slice(-2, -1)[0]!;
  return { name: `basil ${event.slice(0, 8)}`, sentences: chosen.sentences, strangers };
}

const NAME_START = /[A-Z]/;

/** Respells one capitalized word that is not sentence-initial: two inner letters swap, or one doubles. */
function respellName(sentence: string, random: () => number): string {
  const words = sentence.split(' ');
  const candidates: number[] = [];
  for (let i = 1; i < words.length; i++) if (NAME_START.test(words[i]!.charAt(0)) && words[i]!.length >= 5) candidates.push(i);
  if (candidates.length === 0) return sentence;
  const at = candidates[Math.floor(random() * candidates.length)]!;
  const word = words[at]!;
  const k = 1 + Math.floor(random() * (word.length - 3));
  words[at] = random() < 0.5 ? word.slice(0, k) + word[k + 1] + word[k] + word.slice(k + 2) : word.slice(0, k + 1) + word.slice(k);
  return words.join(' ');
}

/** Changes the first number written in digits, by a small amount. */
function changeNumber(sentence: string, random: () => number): string {
  let start = -1;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      start = i;
      break;
    }
  }
  if (start < 0) return sentence;
  let end = start;
  while (end < sentence.length && sentence.charCodeAt(end) >= 48 && sentence.charCodeAt(end) <= 57) end++;
  const value = Number(sentence.slice(start, end));
  const changed = value + 1 + Math.floor(random() * Math.max(2, value * 0.2));
  return sentence.slice(0, start) + String(changed) + sentence.slice(end);
}

/** Drops one word from the middle of the sentence. */
function dropWord(sentence: string, random: () => number): string {
  const words = sentence.split(' ');
  if (words.length < 6) return sentence;
  const at = 1 + Math.floor(random() * (words.length - 2));
  return [...words.slice(0, at), ...words.slice(at + 1)].join(' ');
}

function perturb(sentence: string, random: () => number): string {
  const r = random();
  if (r < 0.4) {
    const changed = changeNumber(sentence, random);
    if (changed !== sentence) return changed;
  }
  if (r < 0.7) return respellName(sentence, random);
  return dropWord(sentence, random);
}

/** A sentence no other report has: invented names and numbers, so that it aligns with nothing. */
function inventedSentence(random: () => number): string {
  const syllables = ['ka', 'lo', 'mir', 'zan', 'tu', 'vel', 'sho', 'ra', 'dne', 'pol', 'gri', 'ost'];
  const name = (): string => {
    let s = '';
    const n = 2 + Math.floor(random() * 2);
    for (let i = 0; i < n; i++) s += syllables[Math.floor(random() * syllables.length)];
    return s.charAt(0).toUpperCase() + s.slice(1);
  };
  return `${name()} ${name()}, a councillor in ${name()}, said ${1 + Math.floor(random() * 900)} residents had signed a letter to ${name()}.`;
}

/** Generates report `index` of a corpus of the story: the same story, options and index give the same text. */
export function generateReport(story: Story, index: number, options: GenerateOptions = {}): BenchDocument {
  const size = options.sentencesPerReport ?? 40;
  const uniqueCount = Math.round(size * (options.uniqueShare ?? 0.15));
  const perturbRate = options.perturbRate ?? 0.3;
  const random = seededRandom(((options.seed ?? 1) * 1_000_003 + index * 7919) >>> 0);
  const pool = story.sentences;
  const shared = Math.min(pool.length, size - uniqueCount);
  // Pick `shared` sentences of the pool at random, keep them in story order, then swap a few neighbours.
  const picked = pool.map((s, i) => ({ s, key: random(), i })).sort((a, b) => a.key - b.key).slice(0, shared).sort((a, b) => a.i - b.i).map((p) => p.s);
  for (let i = 0; i + 1 < picked.length; i++) {
    if (random() < 0.15) [picked[i], picked[i + 1]] = [picked[i + 1]!, picked[i]!];
  }
  const sentences = picked.map((s) => (random() < perturbRate ? perturb(s, random) : s));
  for (let u = 0; u < size - shared; u++) {
    const own = story.strangers.length > 0 && random() < 0.7 ? story.strangers[Math.floor(random() * story.strangers.length)]! : inventedSentence(random);
    sentences.splice(Math.floor(random() * (sentences.length + 1)), 0, own);
  }
  // Paragraphs of one to three sentences, as news sites lay them out.
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const n = 1 + Math.floor(random() * 3);
    paragraphs.push(sentences.slice(i, i + n).join(' '));
    i += n;
  }
  return { id: `r${String(index).padStart(4, '0')}`, text: `${paragraphs.join('\n\n')}\n` };
}

/** The first `count` reports of the story's generated corpus. */
export function generateReports(story: Story, count: number, options: GenerateOptions = {}): BenchDocument[] {
  return Array.from({ length: count }, (_, i) => generateReport(story, i, options));
}

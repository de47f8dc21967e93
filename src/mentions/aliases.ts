import type { Alias, NameMention } from '../analysis.js';
import { inWordClass, type Token } from '../text/tokenize.js';
import { defineWordClass } from '../text/word-forms.js';
import { nameStartingAt } from './names.js';

const KNOWN_VERBS = new Set(['known', 'called', 'named', 'renamed', 'spelled', 'spelt', 'transliterated']);
const ALIAS_LEADS = new Set(['also', 'formerly', 'previously', 'now', 'better', 'officially', 'sometimes', 'locally', 'once']);
const MAX_LANGUAGE_WORDS = 2;

/**
 * What may stand right after a name that declares an alias: "(", a separator ("," "-"), a lead ("also",
 * "formerly") or a verb ("known", "called"). Most names are followed by none of these: one bit test passes them.
 */
const ALIAS_OPENER = defineWordClass(
  (w) => w.text === '(' || (w.kind === 'punct' && (w.text === ',' || w.norm === '-')) || ALIAS_LEADS.has(w.norm) || KNOWN_VERBS.has(w.norm),
);

/**
 * Name pairs a sentence itself declares to be one place or person, so that they are never reported as a
 * conflict: "Pokrovsk (Krasnoarmeysk)", "Pokrovsk, known in Russian as Krasnoarmeysk",
 * "Pokrovsk-known in Russian as Krasnoarmeysk", "Kyiv, formerly Kiev", "Sheikh Mohammed, also called MBS".
 * Works on the token sequence after each name: no regular expression over the text.
 */
export function extractAliases(tokens: readonly Token[], names: readonly NameMention[]): Alias[] {
  // An alias pairs two names: most sentences have fewer and need no index.
  if (names.length < 2) return [];
  const aliases: Alias[] = [];
  for (const name of names) {
    const other = declaredAlias(tokens, name.tokenEnd, names);
    if (other && other.norm !== name.norm) aliases.push({ a: name.norm, b: other.norm });
  }
  return aliases;
}

function declaredAlias(tokens: readonly Token[], from: number, names: readonly NameMention[]): NameMention | undefined {
  let i = from;
  const t = tokens[i];
  if (!t) return undefined;
  // Otherwise only a name ending in "Formerly" could be followed by its alias.
  if (!inWordClass(t, ALIAS_OPENER) && tokens[from - 1]?.norm !== 'formerly') return undefined;
  // "Pokrovsk (Krasnoarmeysk)"
  if (t.text === '(') {
    const inner = nameStartingAt(names, i + 1);
    if (inner && tokens[inner.tokenEnd]?.text === ')') return inner;
  }
  // optional separator: "," "-" "—" "("
  if (t.kind === 'punct' && (t.text === ',' || t.norm === '-' || t.text === '(')) i++;
  if (tokens[i] && ALIAS_LEADS.has(tokens[i]!.norm)) i++;
  if (tokens[i - 1]?.norm === 'formerly') {
    const direct = nameStartingAt(names, i);
    if (direct) return direct; // "Kyiv, formerly Kiev"
  }
  if (!tokens[i] || !KNOWN_VERBS.has(tokens[i]!.norm)) return undefined;
  i++;
  // optional "in Russian", "in Ukrainian", "locally"
  if (tokens[i]?.norm === 'in') {
    let k = i + 1;
    while (k < tokens.length && k - i <= MAX_LANGUAGE_WORDS && tokens[k]!.norm !== 'as') k++;
    if (tokens[k]?.norm !== 'as') return undefined;
    i = k;
  }
  if (tokens[i]?.norm === 'as') i++;
  if (tokens[i]?.kind === 'punct' && /["'\u201C\u2018]/.test(tokens[i]!.text)) i++;
  return nameStartingAt(names, i);
}

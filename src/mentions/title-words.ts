import { inWordClass, type Token } from '../text/tokenize.js';
import { defineWordClass } from '../text/word-forms.js';

/**
 * Words that make up titles and roles ("French President", "EU Foreign Policy Chief", "Press Secretary") and
 * honorifics. Names are split from their titles so that "President Donald Trump" and "Donald Trump" are one name,
 * and the title can be compared on its own.
 */

/** Honorifics: never part of a name and never a conflicting title ("Sir Keir Starmer" = "Keir Starmer"). */
const HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'rev', 'reverend', 'hon', 'honorable', 'honourable', 'mx']);

/** Plural heads of roles: "EU ministers", "Senators Graham and Cruz". One person's title never has one. */
const PLURAL_ROLE_WORDS: ReadonlySet<string> = new Set(
  `presidents ministers secretaries chiefs envoys spokespeople aides advisers advisors negotiators senators sens
governors mayors representatives reps congressmen congresswomen lawmakers judges justices generals ambassadors
commissioners directors leaders officials`.split(/\s+/),
);

/** Nouns that head a title or role. */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...`president vice minister premier secretary chief envoy spokesman spokeswoman spokesperson aide adviser advisor
senator sen governor gov mayor king queen prince princess pope chancellor ambassador director head leader commander
general gen admiral colonel col lieutenant lt major maj captain capt sergeant sgt officer ceo cfo chairman chairwoman
chair chairperson speaker deputy representative rep congressman congresswoman judge justice attorney prosecutor
negotiator emir sheikh sultan councillor councilor commissioner inspector superintendent marshal diplomat
coordinator administrator founder cofounder owner editor correspondent reporter anchor host executive manager
mogul billionaire rapper singer actor actress coach player striker`.split(/\s+/),
  ...PLURAL_ROLE_WORDS,
]);

/** Words that qualify a role inside a title ("Foreign Policy", "Press", "Defense", "Special", "former"). */
export const ROLE_QUALIFIERS: ReadonlySet<string> = new Set(
  `former ex acting interim incoming outgoing new late deputy vice prime foreign policy press defense defence state
interior justice finance economy trade health education energy treasury homeland security national special
senior top chief assistant associate executive general attorney majority minority house senate supreme federal
district circuit military armed forces intelligence communications white union european eu un nato us u.s.
uk britain british french german russian ukrainian estonian american israeli chinese kremlin pentagon
investment economic cooperation affairs labor labour transport culture science environment`.split(/\s+/),
);

/** `norm` without one final period ("gen." → "gen"); called for every word, so without a regex. */
function withoutFinalPeriod(norm: string): string {
  return norm.charCodeAt(norm.length - 1) === 46 ? norm.slice(0, -1) : norm;
}

/** True if the normalized word is an honorific (Mr, Sir, Dr…). Trailing periods are ignored. */
export function isHonorific(norm: string): boolean {
  return HONORIFICS.has(withoutFinalPeriod(norm));
}

/** {@link PLURAL_ROLE_WORDS} of a token's normalized word, answered once per word form. */
export function isPluralRoleToken(t: Token): boolean {
  return inWordClass(t, PLURAL_ROLE);
}

/** True if the normalized word heads a role ("president", "secretary", "chief"). */
export function isRoleWord(norm: string): boolean {
  return ROLE_WORDS.has(withoutFinalPeriod(norm));
}

const ROLE_WORD = defineWordClass((w) => isRoleWord(w.norm));
const PLURAL_ROLE = defineWordClass((w) => PLURAL_ROLE_WORDS.has(withoutFinalPeriod(w.norm)));
const HONORIFIC = defineWordClass((w) => isHonorific(w.norm));
const ROLE_QUALIFIER = defineWordClass((w) => ROLE_QUALIFIERS.has(w.norm));

/** {@link isRoleWord} of a token's normalized word, answered once per word form. */
export function isRoleToken(t: Token): boolean {
  return inWordClass(t, ROLE_WORD);
}

/** {@link isHonorific} of a token's normalized word, answered once per word form. */
export function isHonorificToken(t: Token): boolean {
  return inWordClass(t, HONORIFIC);
}

/** The token's normalized word is one of {@link ROLE_QUALIFIERS}, answered once per word form. */
export function isRoleQualifierToken(t: Token): boolean {
  return inWordClass(t, ROLE_QUALIFIER);
}

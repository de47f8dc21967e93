/**
 * A small lexicon of words that news reports use for one another ("killed"/"dead", "blast"/"explosion",
 * "detained"/"arrested"): the cheap part of paraphrase. Words are looked up by Porter stem.
 * @module
 */
import { stem } from './stem.js';

// One concept per line; the first word names it. Only interchangeable words in news usage belong here:
// a synonym wrongly listed makes unrelated sentences look alike.
const GROUPS = `kill killed slay slain dead die died dies death deaths dying deadly fatal
attack attacks assault raid raids strike strikes
bomb bombing bomber bombers blast blasts explosion explosions explode exploded
arrest arrested detain detained nab nabbed capture captured custody seize seized
quake earthquake tremor
difficult complicated hard thorny
win won wins victory victorious triumph
rise rises rose gain gains climb climbs jump jumps surge surges soar soars rally higher advance advances
fall falls fell drop drops decline declines slip slips slide slides plunge plunges tumble tumbles sink sinks dip dips lower
government govt administration cabinet
us usa america american americans
uk britain british
un
eu
pm premier
meet meets meeting talk talks
protest protests protester protesters demonstration demonstrations demonstrator demonstrators
troop troops soldier soldiers army military
plane planes jet jets aircraft airliner
crash crashes collision
fire fires blaze blazes
storm storms hurricane hurricanes typhoon typhoons cyclone cyclones
vote votes voting poll polls ballot election elections
resign resigns resigned resignation quit quits quitting
ban bans banned prohibit prohibits outlaw outlaws
urge urges call calls
warn warns warning warned
back backs support supports endorse endorses
criticize criticise criticizes criticises slam slams condemn condemns denounce denounces
rebel rebels insurgent insurgents militant militants
child children kid kids
woman women
man men
people persons
big biggest large largest major huge
probe probes investigation investigations investigate inquiry
deal deals agreement agreements accord accords pact pacts treaty
injure injured injures wound wounded wounds hurt
shoot shoots shot shooting gunfire
release released free freed
jail jailed prison imprison imprisoned
firm firms company companies
buy buys acquire acquires purchase takeover
cut cuts reduce reduces slash slashes
hike hikes increase increases raise raises boost boosts
nuclear atomic nuke
missile missiles rocket rockets
launch launches start starts begin begins
end ends halt halts stop stops cease
approve approves approved pass passes passed adopt adopts
reject rejects refuse refuses
gunman gunmen attacker attackers assailant
chief head leader
name names appoint appoints nominate nominates
promise promises pledge pledges vow vows
stock stocks share shares market markets equities
claim claims accusation accusations allegation allegations allege alleges accuse accuses
lawmaker lawmakers mp mps legislator legislators parliamentarian
sack sacks sacked dismiss dismisses dismissed oust ousts ousted
unrest turmoil protest protests
clinch clinches clinched secure secures
final finals championship title
massacre massacres killing killings slaughter
stance stand position
impose imposes slap slaps heap heaps
outrage anger fury condemnation
spread spreads sweep sweeps expand expands
leave leaves quit exit exits depart departs
visit visits tour tours
strike strikes airstrike airstrikes
weapon weapons arms
talk talks negotiation negotiations
help helps aid aids assist
ask asks request requests
row rows dispute disputes spat feud
sign signs signed ink inks
fear fears worry worries concern concerns
top tops lead leads
charge charges charged indict indicts indicted
doctor doctors physician
law laws legislation bill bills act
plan plans scheme
probe probes
missing disappear disappears
die dies dying
former ex
terror terrorism terrorist terrorists
jobless unemployment
gay gays homosexual homosexuals
film films movie movies
envoy envoys ambassador ambassadors diplomat diplomats
flee flees fled escape escapes escaped
kidnap kidnaps kidnapped abduct abducts abducted
hostage hostages captive captives
parliament parliaments legislature congress
ceasefire truce
refugee refugees migrant migrants
cash money fund funds funding
reveal reveals unveil unveils disclose discloses
marry marries wed weds
car cars vehicle vehicles
boat boats ship ships vessel vessels ferry
pope pontiff
toll tally`;

// Pairs of concepts that say opposite things: sentences that differ by one of them report different events.
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['rise', 'fall'], ['open', 'close'], ['higher', 'lower'], ['up', 'down'], ['win', 'lose'], ['acquit', 'convict'],
  ['buy', 'sell'], ['approve', 'reject'], ['gain', 'loss'], ['start', 'end'], ['hike', 'cut'], ['arrest', 'release'],
  ['admit', 'deny'], ['support', 'oppose'], ['accept', 'reject'], ['enter', 'leave'], ['increase', 'decrease'],
];

const PHRASES: readonly (readonly [string, string, string])[] = [
  ['prime', 'minister', 'pm'],
  ['united', 'states', 'us'],
  ['united', 'kingdom', 'uk'],
  ['united', 'nations', 'un'],
  ['european', 'union', 'eu'],
  ['step', 'down', 'resign'],
];

const CONCEPT: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const line of GROUPS.split('\n')) {
    const stems = line.trim().split(/\s+/).map((word) => stem(word));
    // A word listed twice keeps its first concept, and pulls the rest of its new line into it.
    const known = stems.find((s) => map.has(s));
    const head = known === undefined ? (stems[0] ?? '') : (map.get(known) ?? known);
    for (const s of stems) if (!map.has(s)) map.set(s, head);
  }
  return map;
})();

const PHRASE_CONCEPT: ReadonlyMap<string, string> = new Map(
  PHRASES.map(([first, second, concept]) => [`${stem(first)} ${stem(second)}`, CONCEPT.get(stem(concept)) ?? concept]),
);

/** First words of the phrases: most words start none, and are answered without building a key. */
const PHRASE_FIRST: ReadonlySet<string> = new Set(PHRASES.map(([first]) => stem(first)));

const OPPOSITE: ReadonlyMap<string, readonly string[]> = (() => {
  const map = new Map<string, string[]>();
  const link = (from: string, to: string): void => {
    const list = map.get(from) ?? [];
    if (!list.includes(to)) list.push(to);
    map.set(from, list);
  };
  for (const [x, y] of OPPOSITES) {
    const cx = CONCEPT.get(stem(x)) ?? stem(x);
    const cy = CONCEPT.get(stem(y)) ?? stem(y);
    if (cx !== cy) {
      link(cx, cy);
      link(cy, cx);
    }
  }
  return map;
})();

/**
 * The concepts that say the opposite of `concept` (rise/fall, open/close, acquit/convict). Concepts are those
 * of {@link conceptOf}, or the stem itself for words outside the lexicon.
 *
 * @example oppositesOf(conceptOf(stem('rises')) ?? '').includes(conceptOf(stem('falls')) ?? '') // true
 */
export function oppositesOf(concept: string): readonly string[] {
  return OPPOSITE.get(concept) ?? [];
}

/**
 * The concept a word belongs to, by its Porter stem, or `undefined` for words outside the lexicon.
 *
 * @example conceptOf(stem('killed')) === conceptOf(stem('dead')) // true
 */
export function conceptOf(wordStem: string): string | undefined {
  return CONCEPT.get(wordStem);
}

/**
 * The concept of a two-word phrase ("prime minister" → the concept of "pm"), by the stems of its words.
 *
 * @example phraseConceptOf('prime', stem('minister')) === conceptOf('pm') // true
 */
export function phraseConceptOf(firstStem: string, secondStem: string): string | undefined {
  return PHRASE_FIRST.has(firstStem) ? PHRASE_CONCEPT.get(`${firstStem} ${secondStem}`) : undefined;
}

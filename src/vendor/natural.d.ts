// Types for the few per-file modules of `natural` that storydiff imports (its root is never imported: it loads
// database drivers and prints to stdout): the Porter stemmer, bundled into dist, and the Jaro-Winkler distance,
// which only the name-matching benchmark uses as its baseline.
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  function JaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean }): number;
  export default JaroWinklerDistance;
}

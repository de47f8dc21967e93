/** Function words that carry little meaning for alignment. Small on purpose: content words must survive. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and another any are as at be because been before being below
between both but by can could did do does doing down during each either few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just let me more most my myself neither nor of
off on once only or other our ours ourselves out over own same she should so some such than that the their theirs
them themselves then there these they this those through to too under until up upon very was we were what when where
which while who whom whose why will with would you your yours yourself yourselves 's said says say told
mr mrs ms dr sir`.split(/\s+/),
);

/** True for a normalized word that {@link STOPWORDS} lists. */
export function isStopword(norm: string): boolean {
  return STOPWORDS.has(norm);
}

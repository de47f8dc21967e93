import type { Detector, DetectorContext, Finding } from './detector.js';
import { numberDetector } from './number.js';
import { nameDetector } from './name.js';
import { spellingDetector } from './spelling.js';
import { titleDetector } from './title.js';
import { quoteDetector } from './quote.js';
import { dateDetector } from './date.js';
import { negationDetector } from './negation.js';
import { uniqueDetector } from './unique.js';

/** Every detector, one per kind. The quote detector also reports quotes only one report carries (kind `unique`). */
export const DETECTORS: readonly Detector[] = [
  numberDetector,
  nameDetector,
  spellingDetector,
  titleDetector,
  quoteDetector,
  dateDetector,
  negationDetector,
  uniqueDetector,
];

/** Runs the detectors of the kinds asked for; the report stage drops findings of other kinds. */
export function runDetectors(context: DetectorContext): Finding[] {
  const kinds = new Set(context.options.kinds);
  return DETECTORS.filter((d) => kinds.has(d.kind) || (d.kind === 'quote' && kinds.has('unique'))).flatMap((d) => d.detect(context));
}

export type { Detector, DetectorContext, Finding, FindingVariant, SentenceInDocument } from './detector.js';

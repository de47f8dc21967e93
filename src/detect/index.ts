import type { Detector, DetectorContext, Finding } from './detector.js';
import { numberDetector } from './number.js';
import { nameDetector } from './name.js';
import { spellingDetector } from './spelling.js';

/** Every detector, one per kind (the quote detector also reports unique quotes). */
export const DETECTORS: readonly Detector[] = [numberDetector, nameDetector, spellingDetector];

/** Runs the detectors of the kinds asked for. */
export function runDetectors(context: DetectorContext): Finding[] {
  const kinds = new Set(context.options.kinds);
  return DETECTORS.filter((d) => kinds.has(d.kind) || (d.kind === 'quote' && kinds.has('unique'))).flatMap((d) => d.detect(context));
}

export type { Detector, DetectorContext, Finding, FindingVariant } from './detector.js';

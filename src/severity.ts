import type { Severity } from './types.js';

/** Severities in order, most severe first: sort ascending by rank to put high before low. */
export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { high: 0, medium: 1, low: 2 };

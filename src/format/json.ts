import type { Report } from '../types.js';

/** The report as JSON (two-space indented, with a final newline): deterministic, the same bytes for the same input. */
export function formatJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

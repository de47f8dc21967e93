import { compare } from '../compare.js';
import { StorydiffError } from '../errors.js';
import type { CompareOptions, InputDocument } from '../types.js';
import { errorRecord, resultRecord, type BatchError, type EventId } from './jsonl.js';

/** One event line to compare: its place in the input and its text. */
export interface LineTask {
  /** Position among the non-blank lines, from 0: the order outputs are written in. */
  seq: number;
  /** Line number in the input, from 1. */
  line: number;
  text: string;
}

/** What comparing one line gave: the output record, and the event id for the duplicate check. */
export interface LineResult {
  seq: number;
  line: number;
  /** The event's id, or null when the line has none that can be read. */
  id: EventId | null;
  /** One JSON line, without the line break. */
  record: string;
  ok: boolean;
}

type ParsedEvent = { id: EventId; documents: readonly InputDocument[]; options: CompareOptions } | { id: EventId | null; error: BatchError };

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isEventId(value: unknown): value is EventId {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));
}

/** Reads one line as an event object; the documents themselves are checked by {@link compare}. */
function parseEvent(text: string, defaults: CompareOptions): ParsedEvent {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { id: null, error: { code: 'E_BAD_JSON', message: `not valid JSON: ${(error as Error).message}` } };
  }
  if (!isRecord(value)) return { id: null, error: { code: 'E_BAD_EVENT', message: 'the line must be a JSON object {"id": …, "documents": […]}' } };
  const { id, documents, options } = value;
  if (!isEventId(id)) return { id: null, error: { code: 'E_BAD_EVENT', message: 'the event needs an "id": a non-empty string or a number' } };
  if (!Array.isArray(documents)) return { id, error: { code: 'E_BAD_EVENT', message: 'the event needs a "documents" array' } };
  if (options !== undefined && !isRecord(options)) return { id, error: { code: 'E_BAD_EVENT', message: '"options" must be an object' } };
  return { id, documents: documents as InputDocument[], options: options === undefined ? defaults : { ...defaults, ...(options as CompareOptions) } };
}

/**
 * Compares the event on one line and returns its output record. Never throws: bad JSON, a bad event or bad
 * documents become an error record for that line (the code of the library's {@link StorydiffError} when it is
 * one), so that one bad line never stops a batch.
 */
export function runEventLine(task: LineTask, defaults: CompareOptions): LineResult {
  const { seq, line } = task;
  const event = parseEvent(task.text, defaults);
  if ('error' in event) return { seq, line, id: event.id, record: errorRecord(line, event.id, event.error), ok: false };
  try {
    const report = compare(event.documents, event.options);
    return { seq, line, id: event.id, record: resultRecord(event.id, JSON.stringify(report)), ok: true };
  } catch (error) {
    const failure: BatchError =
      error instanceof StorydiffError
        ? { code: error.code, message: error.message }
        : { code: 'E_INTERNAL', message: error instanceof Error ? error.message : String(error) };
    return { seq, line, id: event.id, record: errorRecord(line, event.id, failure), ok: false };
  }
}

/**
 * JSON Lines plumbing of the batch mode: splitting a stream of text chunks into numbered lines, and the shape
 * of the records written back. No Node built-ins: works on any async iterable of strings.
 * @module
 */

/** One line of the input, without its line break, numbered from 1 as an editor shows it. */
export interface NumberedLine {
  line: number;
  text: string;
}

/**
 * Splits text chunks into lines as they arrive, so that the input is never held in memory as a whole: at most
 * one unfinished line is kept. Accepts `\n` and `\r\n` endings and a final line without a break; drops a byte
 * order mark at the start. Each chunk is scanned once (linear time even for very long lines).
 */
export async function* readLines(chunks: AsyncIterable<string>): AsyncGenerator<NumberedLine> {
  let partial: string[] = [];
  let line = 0;
  let first = true;
  const finish = (tail: string): NumberedLine => {
    partial.push(tail);
    let text = partial.length === 1 ? tail : partial.join('');
    partial = [];
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    line += 1;
    return { line, text };
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let at = chunk.indexOf('\n'); at !== -1; at = chunk.indexOf('\n', from)) {
      yield finish(chunk.slice(from, at));
      from = at + 1;
    }
    if (from < chunk.length) partial.push(chunk.slice(from));
  }
  if (partial.length > 0) yield finish('');
}

/** An event id as the input gives it: a string or a number, echoed back unchanged. */
export type EventId = string | number;

/** Codes of batch error records: the library's input errors plus the ones only a line of JSON can have. */
export type BatchErrorCode = 'E_BAD_JSON' | 'E_BAD_EVENT' | 'E_DUPLICATE_EVENT_ID' | 'E_INTERNAL' | (string & {});

/** The error part of an error record. */
export interface BatchError {
  code: BatchErrorCode;
  message: string;
}

/** The output line of a compared event: `{"id": …, "report": {…}}`. */
export function resultRecord(id: EventId, reportJson: string): string {
  // The report is serialized once by the caller (possibly in a worker); splicing avoids parsing it back.
  return `{"id":${JSON.stringify(id)},"report":${reportJson}}`;
}

/** The output line of a line that could not be compared: `{"line": 3, "id": …, "error": {"code", "message"}}`. */
export function errorRecord(line: number, id: EventId | null, error: BatchError): string {
  return JSON.stringify({ line, id, error: { code: error.code, message: error.message } });
}

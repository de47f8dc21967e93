/** Codes of {@link StorydiffError}: what is wrong with the input. */
export type StorydiffErrorCode =
  | 'E_NOT_ARRAY'
  | 'E_TOO_FEW_DOCUMENTS'
  | 'E_NOT_OBJECT'
  | 'E_BAD_ID'
  | 'E_DUPLICATE_ID'
  | 'E_BAD_TEXT'
  | 'E_BAD_FIELD'
  | 'E_BAD_OPTION';

/**
 * The one error storydiff throws for bad input. `code` says what is wrong, `docId`/`docIndex` which document.
 *
 * @example
 * ```ts
 * try { compare(docs) } catch (e) { if (e instanceof StorydiffError && e.code === 'E_DUPLICATE_ID') … }
 * ```
 */
export class StorydiffError extends Error {
  override readonly name = 'StorydiffError';
  readonly code: StorydiffErrorCode;
  /** Position of the offending document in the input array, when the problem is one document. */
  readonly docIndex?: number;
  /** Id of the offending document, when it has one. */
  readonly docId?: string;

  constructor(code: StorydiffErrorCode, message: string, where: { docIndex?: number; docId?: string } = {}) {
    super(message);
    this.code = code;
    if (where.docIndex !== undefined) this.docIndex = where.docIndex;
    if (where.docId !== undefined) this.docId = where.docId;
  }
}

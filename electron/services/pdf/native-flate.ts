import { deflateSync } from 'node:zlib';
import type { PDFContext } from 'pdf-lib';

/**
 * pdf-lib compresses the streams it makes itself (embedded font files, ToUnicode maps) with
 * pako, a JavaScript zlib: a third of a second per export for two CJK subsets. Node's own
 * zlib writes the same FlateDecode format natively, so this document's context uses it.
 */
export function useNativeFlate(context: PDFContext): void {
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), { ...dict, Filter: 'FlateDecode' });
}

/**
 * Codes are often typed on Chinese input methods (full-width digits and letters, spaces from
 * copying a certificate). We normalise before checking so the user is told about real
 * mistakes, not about the keyboard mode.
 */
export function normaliseCode(value: string): string {
  return value
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}

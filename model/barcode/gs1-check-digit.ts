/**
 * The GS1 mod-10 check digit shared by GTIN-8/12/13/14 (and therefore EAN-13).
 *
 * Weights alternate 3,1,3,1... counted from the digit next to the check digit, which is the
 * same as weights 1,3,1,3... from the left for a 12-digit EAN-13 body. Counting from the
 * right lets one function serve every GTIN length and the 14-digit padded form.
 */
export function gs1CheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new Error(`gs1CheckDigit: digits only, got "${body}"`);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = body.charCodeAt(body.length - 1 - i) - 48;
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** True when the last digit of `code` is the correct check digit for the rest. */
export function hasValidGs1CheckDigit(code: string): boolean {
  if (!/^\d{2,}$/.test(code)) return false;
  return gs1CheckDigit(code.slice(0, -1)) === code.charCodeAt(code.length - 1) - 48;
}

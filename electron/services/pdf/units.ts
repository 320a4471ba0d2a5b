/** Millimetres to PDF points, and number formatting for content streams. */
export const PT_PER_MM = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * PT_PER_MM;
}

/**
 * Four decimals in the content stream: in mm space that is 0.1 µm, far below what any
 * platesetter resolves, and it keeps the streams short and deterministic.
 */
export function num(n: number): string {
  if (!Number.isFinite(n)) throw new RangeError(`not a finite number: ${n}`);
  const r = Math.round(n * 10000) / 10000;
  return Object.is(r, -0) ? '0' : String(r);
}

export function nums(...values: number[]): string {
  return values.map(num).join(' ');
}

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
  const tenThousandths = Math.round(n * 10000);
  // Printing the integer and placing the point is several times faster than printing the
  // double (a content stream holds a hundred thousand numbers), and the same text: below
  // 1e11 doubles lie far closer together than 0.0001, so the shortest decimal that reads
  // back as tenThousandths / 10000 is exactly that decimal (units.test.ts compares both).
  if (Math.abs(tenThousandths) < 1e15) return fixed4(tenThousandths);
  const r = tenThousandths / 10000;
  return Object.is(r, -0) ? '0' : String(r);
}

const ZEROS = ['', '0', '00', '000'];

/** An integer count of ten-thousandths as a decimal without trailing zeros ("-0.25", "3"). */
function fixed4(tenThousandths: number): string {
  if (tenThousandths === 0) return '0';
  const sign = tenThousandths < 0 ? '-' : '';
  const t = Math.abs(tenThousandths);
  const whole = Math.floor(t / 10000);
  let fraction = t - whole * 10000;
  if (fraction === 0) return sign + whole;
  let places = 4;
  while (fraction % 10 === 0) {
    fraction /= 10;
    places--;
  }
  const digits = String(fraction);
  return `${sign}${whole}.${ZEROS[places - digits.length]}${digits}`;
}

export function nums(...values: number[]): string {
  return values.map(num).join(' ');
}

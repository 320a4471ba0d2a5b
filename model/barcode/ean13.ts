/**
 * EAN-13 as vector geometry in millimetres, so the canvas and the PDF draw the very same bars
 * (a raster barcode scaled by the RIP is the classic reason a printed code will not scan).
 *
 * Figures from GS1 / GB 12904 at magnification 1.0: module X = 0.33 mm, symbol 37.29 mm wide
 * (11 + 95 + 7 modules, quiet zones included) and 25.93 mm high (digits included); ordinary
 * bars 22.85 mm, guard bars 5 modules longer. Allowed magnification 80 %..200 %, always
 * proportional: we refuse anything else rather than silently stretch one axis.
 */
import { studioError } from '../localized';
import type { PathCommand, PathNode, PrintColor, TextNode } from '../scene';
import { gs1CheckDigit } from './gs1-check-digit';

export const EAN13_NOMINAL_MODULE_MM = 0.33;
export const EAN13_NOMINAL_WIDTH_MM = 37.29;
export const EAN13_NOMINAL_HEIGHT_MM = 25.93;
export const EAN13_NOMINAL_BAR_HEIGHT_MM = 22.85;
export const EAN13_MIN_MAGNIFICATION = 0.8;
export const EAN13_MAX_MAGNIFICATION = 2.0;
const QUIET_LEFT_MODULES = 11;
const QUIET_RIGHT_MODULES = 7;
const SYMBOL_MODULES = 95;
const GUARD_EXTRA_MODULES = 5;
/** OCR-B digit height at 1.0, fitted into the 3.08 mm under the bars. */
const NOMINAL_DIGIT_HEIGHT_MM = 2.75;

/** Set A ("L") patterns, 1 = dark module. R is the complement of L; G is R reversed. */
const L_PATTERNS = ['0001101', '0011001', '0010011', '0111101', '0100011', '0110001', '0101111', '0111011', '0110111', '0001011'];
/** Which of the six left-half digits use set G, chosen by the leading (13th) digit. */
const PARITY_BY_FIRST_DIGIT = ['LLLLLL', 'LLGLGG', 'LLGGLG', 'LLGGGL', 'LGLLGG', 'LGGLLG', 'LGGGLL', 'LGLGLG', 'LGLGGL', 'LGGLGL'];

const complement = (bits: string) => bits.replace(/[01]/g, (b) => (b === '0' ? '1' : '0'));
const reverse = (bits: string) => bits.split('').reverse().join('');

export interface Ean13Bar {
  /** left edge, mm from the left edge of the whole symbol (quiet zone included) */
  x: number;
  width: number;
  /** from the top of the symbol; guard bars are longer than data bars */
  height: number;
  guard: boolean;
}

export interface Ean13Digit {
  char: string;
  /** horizontal centre of the digit, mm */
  centerX: number;
  /** baseline, mm from the top of the symbol */
  baselineY: number;
}

export interface Ean13Geometry {
  code: string;
  magnification: number;
  moduleMm: number;
  widthMm: number;
  heightMm: number;
  barHeightMm: number;
  guardBarHeightMm: number;
  quietZoneLeftMm: number;
  quietZoneRightMm: number;
  digitHeightMm: number;
  bars: Ean13Bar[];
  digits: Ean13Digit[];
  /** the bars as one black scene path with the symbol's top-left corner at (0, 0) */
  pathNode: PathNode;
}

export interface Ean13Options {
  /** 0.8..2.0; 1.0 = nominal 37.29 x 25.93 mm */
  magnification?: number;
  /** print-gain compensation: each bar is drawn this much narrower, centred (mm, default 0) */
  barWidthReductionMm?: number;
}

/**
 * Accepts 13 digits (check digit verified) or 12 (check digit appended).
 * Throws StudioError with a plain message when the code or size cannot be printed.
 */
export function ean13Bars(input: string, options: Ean13Options = {}): Ean13Geometry {
  const code = normaliseEan13(input);
  const magnification = options.magnification ?? 1;
  if (!(magnification >= EAN13_MIN_MAGNIFICATION && magnification <= EAN13_MAX_MAGNIFICATION)) {
    throw studioError(
      'barcode.ean13.magnification',
      `条码放大系数 ${Math.round(magnification * 100)}% 超出允许范围。EAN-13 只能在 80%–200% 之间等比缩放（100% = 37.29 × 25.93 毫米），否则扫码枪可能读不出。`,
      `Barcode magnification ${Math.round(magnification * 100)}% is out of range. EAN-13 may only be scaled proportionally between 80% and 200% (100% = 37.29 × 25.93 mm); otherwise scanners may fail to read it.`,
    );
  }
  const moduleMm = EAN13_NOMINAL_MODULE_MM * magnification;
  const bwr = options.barWidthReductionMm ?? 0;
  if (bwr < 0 || bwr >= moduleMm / 2) {
    throw studioError(
      'barcode.ean13.bwr',
      `条宽缩减量 ${bwr} 毫米不合适：应在 0 到 ${(moduleMm / 2).toFixed(3)} 毫米之间（通常 0.02–0.05 毫米，请问印刷厂）。`,
      `Bar width reduction ${bwr} mm is not usable: it must be from 0 to below ${(moduleMm / 2).toFixed(3)} mm (typically 0.02–0.05 mm; ask the print shop).`,
    );
  }
  const barHeightMm = EAN13_NOMINAL_BAR_HEIGHT_MM * magnification;
  const guardBarHeightMm = barHeightMm + GUARD_EXTRA_MODULES * moduleMm;
  const heightMm = EAN13_NOMINAL_HEIGHT_MM * magnification;
  const quietZoneLeftMm = QUIET_LEFT_MODULES * moduleMm;

  const modules = ean13Modules(code);
  const bars: Ean13Bar[] = [];
  let i = 0;
  while (i < modules.length) {
    if (!modules[i].dark) {
      i++;
      continue;
    }
    let j = i;
    while (j < modules.length && modules[j].dark) j++;
    const guard = modules[i].guard;
    bars.push({
      x: quietZoneLeftMm + i * moduleMm + bwr / 2,
      width: (j - i) * moduleMm - bwr,
      height: guard ? guardBarHeightMm : barHeightMm,
      guard,
    });
    i = j;
  }

  const baselineY = heightMm;
  const centre = (moduleIndex: number) => quietZoneLeftMm + moduleIndex * moduleMm;
  const digits: Ean13Digit[] = [{ char: code[0], centerX: quietZoneLeftMm - 4 * moduleMm, baselineY }];
  for (let d = 0; d < 6; d++) digits.push({ char: code[1 + d], centerX: centre(3 + 7 * d + 3.5), baselineY });
  for (let d = 0; d < 6; d++) digits.push({ char: code[7 + d], centerX: centre(50 + 7 * d + 3.5), baselineY });

  const geometry: Omit<Ean13Geometry, 'pathNode'> = {
    code,
    magnification,
    moduleMm,
    widthMm: (QUIET_LEFT_MODULES + SYMBOL_MODULES + QUIET_RIGHT_MODULES) * moduleMm,
    heightMm,
    barHeightMm,
    guardBarHeightMm,
    quietZoneLeftMm,
    quietZoneRightMm: QUIET_RIGHT_MODULES * moduleMm,
    digitHeightMm: NOMINAL_DIGIT_HEIGHT_MM * magnification,
    bars,
    digits,
  };
  return { ...geometry, pathNode: ean13PathNode(geometry) };
}

/** The 95 modules of the symbol (guards included), left to right. */
export function ean13Modules(code: string): { dark: boolean; guard: boolean }[] {
  const c = normaliseEan13(code);
  const out: { dark: boolean; guard: boolean }[] = [];
  const push = (bits: string, guard: boolean) => {
    for (const b of bits) out.push({ dark: b === '1', guard });
  };
  const parity = PARITY_BY_FIRST_DIGIT[Number(c[0])];
  push('101', true);
  for (let d = 0; d < 6; d++) {
    const l = L_PATTERNS[Number(c[1 + d])];
    push(parity[d] === 'L' ? l : reverse(complement(l)), false);
  }
  push('01010', true);
  for (let d = 0; d < 6; d++) push(complement(L_PATTERNS[Number(c[7 + d])]), false);
  push('101', true);
  return out;
}

function normaliseEan13(input: string): string {
  const code = input.replace(/\s+/g, '');
  if (/^\d{12}$/.test(code)) return code + String(gs1CheckDigit(code));
  if (!/^\d{13}$/.test(code)) {
    throw studioError(
      'barcode.ean13.format',
      `条码号“${input}”不对：EAN-13 商品条码是 13 位数字，例如 6901234567892。`,
      `Barcode number "${input}" is not valid: an EAN-13 code is 13 digits, e.g. 6901234567892.`,
    );
  }
  const expected = gs1CheckDigit(code.slice(0, 12));
  if (Number(code[12]) !== expected) {
    throw studioError(
      'barcode.ean13.check',
      `条码号“${code}”最后一位校验码应为 ${expected}，不是 ${code[12]}。请核对号码（常见原因是抄错一位）。`,
      `Barcode number "${code}": the last (check) digit should be ${expected}, not ${code[12]}. Please re-check the number (usually one digit was mistyped).`,
    );
  }
  return code;
}

const BLACK: PrintColor = { kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 };

/** All bars as one filled path, placed with the symbol's top-left corner at (x, y). */
export function ean13PathNode(geom: Pick<Ean13Geometry, 'bars'>, x = 0, y = 0, color: PrintColor = BLACK, elementId?: string): PathNode {
  const d: PathCommand[] = [];
  for (const bar of geom.bars) {
    const left = x + bar.x;
    const right = left + bar.width;
    d.push(['M', left, y], ['L', right, y], ['L', right, y + bar.height], ['L', left, y + bar.height], ['Z']);
  }
  return { type: 'path', d, fill: color, fillRule: 'nonzero', elementId };
}

/**
 * The human-readable digits as a text node. Runs are positioned by left edge, so we need the
 * font's digit advance (em); 0.6 suits OCR-B and most tabular digits.
 */
export function ean13TextNode(
  geom: Ean13Geometry,
  fontId: string,
  x = 0,
  y = 0,
  options: { digitAdvanceEm?: number; capHeightEm?: number; color?: PrintColor; elementId?: string } = {},
): TextNode {
  const capHeightEm = options.capHeightEm ?? 0.7;
  const sizeMm = geom.digitHeightMm / capHeightEm;
  const sizePt = (sizeMm * 72) / 25.4;
  const advance = sizeMm * (options.digitAdvanceEm ?? 0.6);
  return {
    type: 'text',
    fontId,
    sizePt,
    color: options.color ?? BLACK,
    elementId: options.elementId,
    runs: geom.digits.map((digit) => ({ text: digit.char, x: x + digit.centerX - advance / 2, y: y + digit.baselineY })),
  };
}

/**
 * QR codes as vector outlines. The module matrix comes from `qrcode` (pure JS, runs in the
 * renderer and in Node); we trace the outline of each dark region instead of drawing one
 * square per module, so there are no hairline seams between abutting squares on screen or
 * in a RIP, and the PDF stays small.
 */
import QRCode from 'qrcode';
import { studioError } from '../localized';
import type { PathCommand, PathNode, PrintColor } from '../scene';

export type QrEcLevel = 'L' | 'M' | 'Q' | 'H';

/** Row-major: matrix[row][col], true = dark module. No quiet zone included. */
export type QrMatrix = boolean[][];

export function qrModules(text: string, ecLevel: QrEcLevel = 'M'): QrMatrix {
  if (text.length === 0) {
    throw studioError('barcode.qr.empty', '二维码内容是空的：请填写网址或文字，例如 https://example.cn/p/123。', 'The QR code content is empty: enter a web address or text, e.g. https://example.cn/p/123.');
  }
  let symbol: ReturnType<typeof QRCode.create>;
  try {
    symbol = QRCode.create(text, { errorCorrectionLevel: ecLevel });
  } catch {
    throw studioError(
      'barcode.qr.too-long',
      `二维码内容太长（${text.length} 个字符），装不进一个二维码。请缩短网址（例如用合作社自己的短网址），或降低纠错等级。`,
      `The QR content is too long (${text.length} characters) to fit in one QR code. Shorten the address (e.g. a short link on the cooperative's domain) or lower the error-correction level.`,
    );
  }
  const { size, data } = symbol.modules;
  const matrix: QrMatrix = [];
  for (let r = 0; r < size; r++) {
    const row: boolean[] = [];
    for (let c = 0; c < size; c++) row.push(data[r * size + c] === 1);
    matrix.push(row);
  }
  return matrix;
}

/**
 * Outline of the dark modules, scaled so the whole symbol *including* the quiet zone is
 * `sizeMm` square with its top-left corner at (0, 0). Outer contours run clockwise and holes
 * counter-clockwise (y down), so the path fills correctly with either fill rule.
 */
export function qrToPath(matrix: QrMatrix, sizeMm: number, quietModules = 4): PathCommand[] {
  const n = matrix.length;
  if (n === 0 || matrix.some((row) => row.length !== n)) throw new Error('qrToPath: matrix must be square and non-empty');
  if (!(sizeMm > 0) || quietModules < 0) throw new Error('qrToPath: size must be positive and quiet zone non-negative');
  const moduleMm = sizeMm / (n + 2 * quietModules);
  const dark = (r: number, c: number) => r >= 0 && c >= 0 && r < n && c < n && matrix[r][c];

  // Directed boundary edges with the dark cell on the right-hand side (y down => clockwise
  // around dark regions). Vertices are grid corners (x = column, y = row), keyed "x,y".
  const outgoing = new Map<string, [number, number][]>();
  const addEdge = (x0: number, y0: number, x1: number, y1: number) => {
    const key = `${x0},${y0}`;
    const list = outgoing.get(key);
    if (list) list.push([x1, y1]);
    else outgoing.set(key, [[x1, y1]]);
  };
  let edgeCount = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      if (!matrix[r][c]) continue;
      if (!dark(r - 1, c)) (addEdge(c, r, c + 1, r), edgeCount++); // top, heading right
      if (!dark(r, c + 1)) (addEdge(c + 1, r, c + 1, r + 1), edgeCount++); // right, heading down
      if (!dark(r + 1, c)) (addEdge(c + 1, r + 1, c, r + 1), edgeCount++); // bottom, heading left
      if (!dark(r, c - 1)) (addEdge(c, r + 1, c, r), edgeCount++); // left, heading up
    }
  }

  const commands: PathCommand[] = [];
  const toMm = (v: number) => (v + quietModules) * moduleMm;
  while (edgeCount > 0) {
    const [startKey] = outgoing.keys();
    const [sx, sy] = startKey.split(',').map(Number);
    const loop: [number, number][] = [[sx, sy]];
    let [px, py] = [sx, sy];
    let dir: [number, number] | null = null;
    for (;;) {
      const key = `${px},${py}`;
      const options = outgoing.get(key)!;
      // Where two dark cells touch only at a corner, two edges leave the vertex; always turning
      // right keeps each diagonal-touching cell its own loop, which is a consistent choice.
      let pick = 0;
      if (options.length > 1 && dir) {
        const right: [number, number] = [-dir[1], dir[0]];
        const idx = options.findIndex(([nx, ny]) => nx - px === right[0] && ny - py === right[1]);
        if (idx >= 0) pick = idx;
      }
      const [nx, ny] = options.splice(pick, 1)[0];
      if (options.length === 0) outgoing.delete(key);
      edgeCount--;
      dir = [nx - px, ny - py];
      [px, py] = [nx, ny];
      if (px === sx && py === sy) break;
      loop.push([px, py]);
    }
    // Drop collinear corners so straight runs are single segments.
    const corners = loop.filter((p, i) => {
      const prev = loop[(i - 1 + loop.length) % loop.length];
      const next = loop[(i + 1) % loop.length];
      return (p[0] - prev[0]) * (next[1] - p[1]) - (p[1] - prev[1]) * (next[0] - p[0]) !== 0;
    });
    corners.forEach(([x, y], i) => commands.push([i === 0 ? 'M' : 'L', toMm(x), toMm(y)]));
    commands.push(['Z']);
  }
  return commands;
}

/** A QR symbol as a scene path, top-left corner of its quiet zone at (x, y). */
export function qrPathNode(
  matrix: QrMatrix,
  sizeMm: number,
  options: { x?: number; y?: number; quietModules?: number; color?: PrintColor; elementId?: string } = {},
): PathNode {
  const { x = 0, y = 0 } = options;
  const d = qrToPath(matrix, sizeMm, options.quietModules ?? 4).map((cmd): PathCommand =>
    cmd[0] === 'Z' ? cmd : cmd[0] === 'M' || cmd[0] === 'L' ? [cmd[0], cmd[1] + x, cmd[2] + y] : cmd,
  );
  return {
    type: 'path',
    d,
    fill: options.color ?? { kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 },
    fillRule: 'nonzero',
    elementId: options.elementId,
  };
}

/**
 * SVG path data ("d") to the scene's absolute M/L/C/Z commands.
 *
 * Everything the SVG grammar allows is accepted: all commands in both cases, implicit
 * repeats, numbers packed without separators ("1-2", ".5.5", "1e-3"), arc flags written
 * without spaces ("a1 1 0 00 1 1"). Quadratics become exact cubics; arcs go through arc.ts.
 * Invalid data is refused as a whole (svg.bad-path) rather than drawn up to the error, so a
 * motif never imports silently incomplete.
 */
import { StudioError } from '../localized';
import type { PathCommand } from '../scene';
import { arcToCubics } from './arc';

const ARG_COUNT: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

export function badPathError(d: string, at: number, whyEn: string, whyZh: string): StudioError {
  const snippet = d.slice(Math.max(0, at - 12), at + 12).replace(/\s+/g, ' ');
  return new StudioError(
    'svg.bad-path',
    {
      zh: `图形路径数据有误（第 ${at + 1} 个字符附近："${snippet}"）：${whyZh}。请在绘图软件里修复或重新绘制这条路径后重新导出。`,
      en: `The path data is invalid (near character ${at + 1}: "${snippet}"): ${whyEn}. Repair or redraw this path in your drawing program and export again.`,
    },
    { at },
  );
}

class PathScanner {
  pos = 0;
  constructor(readonly d: string) {}

  /** Skip whitespace, and one comma if `comma` is allowed here. */
  skip(comma: boolean): void {
    this.skipSpace();
    if (comma && this.d.charCodeAt(this.pos) === 44 /* , */) {
      this.pos++;
      this.skipSpace();
    }
  }

  private skipSpace(): void {
    const d = this.d;
    for (;;) {
      const c = d.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) this.pos++;
      else return;
    }
  }

  atNumber(): boolean {
    const c = this.d.charCodeAt(this.pos);
    // digits, '+', '-', '.'
    return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
  }

  /**
   * One number as the grammar writes it: [+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?,
   * the exponent only when digits follow it. Scanned by character codes (a sticky regular
   * expression made a match array per number: the motif library's paths hold tens of thousands).
   */
  number(): number {
    const d = this.d;
    const start = this.pos;
    let i = start;
    let c = d.charCodeAt(i);
    if (c === 43 /* + */ || c === 45 /* - */) c = d.charCodeAt(++i);
    let digits = 0;
    while (c >= 48 && c <= 57) {
      c = d.charCodeAt(++i);
      digits++;
    }
    if (c === 46 /* . */) {
      c = d.charCodeAt(++i);
      while (c >= 48 && c <= 57) {
        c = d.charCodeAt(++i);
        digits++;
      }
    }
    if (digits === 0) throw badPathError(d, start, 'a number was expected', '这里应当是一个数字');
    if (c === 101 /* e */ || c === 69 /* E */) {
      let j = i + 1;
      let e = d.charCodeAt(j);
      if (e === 43 || e === 45) e = d.charCodeAt(++j);
      if (e >= 48 && e <= 57) {
        while (e >= 48 && e <= 57) e = d.charCodeAt(++j);
        i = j;
      }
    }
    this.pos = i;
    const v = Number(d.slice(start, i));
    if (!Number.isFinite(v)) throw badPathError(d, this.pos, 'a number is too large', '数字太大');
    return v;
  }

  flag(): boolean {
    const c = this.d[this.pos];
    if (c !== '0' && c !== '1') throw badPathError(this.d, this.pos, 'an arc flag (0 or 1) was expected', '这里应当是圆弧标志 0 或 1');
    this.pos++;
    return c === '1';
  }
}

/** Parse path data into absolute M/L/C/Z commands. Empty data gives an empty list. */
export function parsePathData(d: string): PathCommand[] {
  const s = new PathScanner(d);
  const out: PathCommand[] = [];
  let cx = 0;
  let cy = 0; // current point
  let sx = 0;
  let sy = 0; // start of the current subpath
  let cubicCtrl: [number, number] | null = null; // second control of the previous C/S
  let quadCtrl: [number, number] | null = null; // control of the previous Q/T
  let closed = false; // a Z was just drawn: the next drawing command needs a fresh M
  let first = true;

  const begin = () => {
    if (closed) {
      out.push(['M', cx, cy]);
      closed = false;
    }
  };
  const cubic = (x1: number, y1: number, x2: number, y2: number, x: number, y: number) => {
    begin();
    out.push(['C', x1, y1, x2, y2, x, y]);
    cubicCtrl = [x2, y2];
    cx = x;
    cy = y;
  };
  const quad = (qx: number, qy: number, x: number, y: number) => {
    // exact degree elevation: cubic controls sit 2/3 of the way to the quadratic control
    cubic(cx + (2 / 3) * (qx - cx), cy + (2 / 3) * (qy - cy), x + (2 / 3) * (qx - x), y + (2 / 3) * (qy - y), x, y);
    quadCtrl = [qx, qy];
  };
  const line = (x: number, y: number) => {
    begin();
    out.push(['L', x, y]);
    cx = x;
    cy = y;
  };

  s.skip(false);
  while (s.pos < d.length) {
    const letter = d[s.pos];
    const cmd = letter.toUpperCase();
    if (!(cmd in ARG_COUNT)) {
      throw badPathError(d, s.pos, `"${letter}" is not a path command`, `"${letter}" 不是路径命令`);
    }
    if (first && cmd !== 'M') throw badPathError(d, s.pos, 'path data must start with M (move to)', '路径数据必须以 M（移动到）开始');
    first = false;
    s.pos++;
    const rel = letter !== cmd;
    let repeat = 0;
    do {
      s.skip(false);
      if (cmd !== 'Z' && !s.atNumber()) {
        throw badPathError(d, s.pos, `command "${letter}" needs ${ARG_COUNT[cmd]} numbers`, `命令 "${letter}" 需要 ${ARG_COUNT[cmd]} 个数字`);
      }
      const ox = rel ? cx : 0;
      const oy = rel ? cy : 0;
      const prevCubic: [number, number] | null = cubicCtrl;
      const prevQuad: [number, number] | null = quadCtrl;
      cubicCtrl = null;
      quadCtrl = null;
      switch (cmd) {
        case 'M': {
          const x = ox + s.number();
          s.skip(true);
          const y = oy + s.number();
          if (repeat === 0) {
            out.push(['M', x, y]);
            cx = sx = x;
            cy = sy = y;
            closed = false;
          } else line(x, y); // extra pairs after a moveto are implicit linetos
          break;
        }
        case 'L': {
          const x = ox + s.number();
          s.skip(true);
          line(x, oy + s.number());
          break;
        }
        case 'H':
          line(ox + s.number(), cy);
          break;
        case 'V':
          line(cx, oy + s.number());
          break;
        case 'C': {
          const n = readN(s, 6);
          cubic(ox + n[0], oy + n[1], ox + n[2], oy + n[3], ox + n[4], oy + n[5]);
          break;
        }
        case 'S': {
          const n = readN(s, 4);
          // first control mirrors the previous cubic's second control, else the current point
          const [rx, ry] = prevCubic ? [2 * cx - prevCubic[0], 2 * cy - prevCubic[1]] : [cx, cy];
          cubic(rx, ry, ox + n[0], oy + n[1], ox + n[2], oy + n[3]);
          break;
        }
        case 'Q': {
          const n = readN(s, 4);
          quad(ox + n[0], oy + n[1], ox + n[2], oy + n[3]);
          break;
        }
        case 'T': {
          const n = readN(s, 2);
          const [qx, qy] = prevQuad ? [2 * cx - prevQuad[0], 2 * cy - prevQuad[1]] : [cx, cy];
          quad(qx, qy, ox + n[0], oy + n[1]);
          break;
        }
        case 'A': {
          const rx = s.number();
          s.skip(true);
          const ry = s.number();
          s.skip(true);
          const rot = s.number();
          s.skip(true);
          const large = s.flag();
          s.skip(true);
          const sweep = s.flag();
          s.skip(true);
          const x = ox + s.number();
          s.skip(true);
          const y = oy + s.number();
          const pieces = arcToCubics(cx, cy, rx, ry, rot, large, sweep, x, y);
          if (pieces.length > 0) begin();
          out.push(...pieces);
          cx = x;
          cy = y;
          break;
        }
        case 'Z':
          if (!closed) out.push(['Z']);
          closed = true;
          cx = sx;
          cy = sy;
          break;
      }
      repeat++;
      s.skip(false);
      // implicit repeat: another argument group may follow, after an optional comma
      if (cmd !== 'Z' && d[s.pos] === ',') {
        s.skip(true);
        if (!s.atNumber()) throw badPathError(d, s.pos, 'a number was expected after the comma', '逗号后面应当是数字');
      }
    } while (cmd !== 'Z' && s.atNumber());
  }
  // finite inputs can still overflow (arcs through 1e308): never hand NaN/Infinity onwards
  if (!out.every((c) => c.every((v) => typeof v === 'string' || Number.isFinite(v)))) {
    throw badPathError(d, 0, 'its numbers are too large to draw', '其中的数字太大，无法绘制');
  }
  return out;
}

function readN(s: PathScanner, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) s.skip(true);
    out.push(s.number());
  }
  return out;
}

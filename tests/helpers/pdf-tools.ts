/**
 * Independent checks of exported PDFs with third-party tools (poppler, qpdf, Ghostscript,
 * MuPDF, ImageMagick). Tests judge our PDF writer only through these, never through pdf-lib,
 * so a bug shared by writer and reader cannot hide itself.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function run(cmd: string, args: string[], opts: { allowFail?: boolean } = {}): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string; status?: number };
    if (opts.allowFail) return `${err.stdout ?? ''}${err.stderr ?? ''}`;
    throw new Error(`${cmd} ${args.join(' ')} failed (${err.status}): ${err.stderr ?? ''}${err.stdout ?? ''}`);
  }
}

/** `qpdf --check` output; clean files say "No syntax or stream encoding errors found". */
export function qpdfCheck(file: string): string {
  return run('qpdf', ['--check', file], { allowFail: true });
}

/** `pdfinfo -box` as key -> value (first occurrence). */
export function pdfinfo(file: string, extra: string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-box', ...extra, file]).split('\n')) {
    const m = /^([A-Za-z ]+):\s*(.*)$/.exec(line);
    if (m && !(m[1] in out)) out[m[1]] = m[2].trim();
  }
  return out;
}

export function pdfinfoMeta(file: string): string {
  return run('pdfinfo', ['-meta', file]);
}

export type PdfBox = [number, number, number, number];

export function pdfBoxes(file: string): Record<'MediaBox' | 'CropBox' | 'BleedBox' | 'TrimBox', PdfBox> {
  const info = pdfinfo(file);
  const box = (k: string) => info[k].split(/\s+/).map(Number) as PdfBox;
  return { MediaBox: box('MediaBox'), CropBox: box('CropBox'), BleedBox: box('BleedBox'), TrimBox: box('TrimBox') };
}

export interface FontRow {
  name: string;
  type: string;
  emb: string;
  sub: string;
  uni: string;
}

/** `pdffonts` rows; columns are fixed-width, so read them from the header's dashes. */
export function pdffonts(file: string): FontRow[] {
  const lines = run('pdffonts', [file]).split('\n').filter(Boolean);
  const widths = lines[1].split(' ').map((d) => d.length);
  const rows: FontRow[] = [];
  for (const line of lines.slice(2)) {
    const cols: string[] = [];
    let pos = 0;
    for (const w of widths) {
      cols.push(line.slice(pos, pos + w).trim());
      pos += w + 1;
    }
    rows.push({ name: cols[0], type: cols[1], emb: cols[3], sub: cols[4], uni: cols[5] });
  }
  return rows;
}

export interface ImageRow {
  page: number;
  type: string;
  width: number;
  height: number;
  color: string;
  comp: number;
  enc: string;
  xppi: number;
  yppi: number;
}

export function pdfimagesList(file: string): ImageRow[] {
  return run('pdfimages', ['-list', file])
    .split('\n')
    .slice(2)
    .filter((l) => l.trim())
    .map((l) => {
      const c = l.trim().split(/\s+/);
      return { page: +c[0], type: c[2], width: +c[3], height: +c[4], color: c[5], comp: +c[6], enc: c[8], xppi: +c[12], yppi: +c[13] };
    });
}

/** qpdf's JSON v2 with decoded stream data inline (base64). */
export function qpdfJson(file: string): { qpdf: [unknown, Record<string, { value?: unknown; stream?: { dict: Record<string, unknown>; data?: string } }>] } {
  return JSON.parse(run('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', file]));
}

/** Ghostscript's PDF summary (lists "Page Spot colors", Trapped, ...). */
export function gsPdfInfo(file: string): string {
  // Ghostscript writes this report to stderr
  const r = spawnSync('gs', ['-q', '-dNODISPLAY', '-dNOSAFER', '-dPDFINFO', '-dBATCH', file], { encoding: 'utf8' });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`;
}

/** What MuPDF's renderer does, as XML: colour space, colour and overprint flags per paint op. */
export function mutoolTrace(file: string): string {
  return run('mutool', ['trace', file], { allowFail: true });
}

export interface Separations {
  dir: string;
  /** plate names made by tiffsep for page 1, e.g. Cyan, Magenta, Yellow, Black, Silver */
  plates: string[];
  plate(name: string): string;
}

/** One TIFF per ink with Ghostscript's tiffsep (page 1). useBleedBox crops the render to the BleedBox. */
export function tiffsep(file: string, opts: { dpi?: number; useBleedBox?: boolean } = {}): Separations {
  const dir = mkdtempSync(join(tmpdir(), 'jinxiu-sep-'));
  // no -dFirstPage/-dLastPage: with them Ghostscript 10 leaves the spot plates blank
  const args = ['-q', '-dBATCH', '-dNOPAUSE', '-dSAFER', '-sDEVICE=tiffsep', `-r${opts.dpi ?? 150}`];
  if (opts.useBleedBox) args.push('-dUseBleedBox');
  run('gs', [...args, `-sOutputFile=${join(dir, 'p%d.tif')}`, file]);
  const plates = readdirSync(dir)
    .map((f) => /^p1\((.+)\)\.tif$/.exec(f)?.[1])
    .filter((n): n is string => !!n);
  return { dir, plates, plate: (name) => join(dir, `p1(${name}).tif`) };
}

/** Highest ink coverage of one plate, 0..100 % (tiffsep plates: white = no ink). */
export function plateMax(path: string): number {
  if (!existsSync(path)) throw new Error(`no plate ${path}`);
  return Number(run('convert', [path, '-negate', '-format', '%[fx:round(maxima*100)]', 'info:']).trim());
}

/** Highest total area coverage C+M+Y+K over the render, in %. */
export function tacMax(seps: Separations): number {
  const plates = ['Cyan', 'Magenta', 'Yellow', 'Black'].map((p) => seps.plate(p));
  return Number(run('convert', [...plates, '-negate', '-evaluate-sequence', 'Mean', '-format', '%[fx:round(maxima*400)]', 'info:']).trim());
}

/** Render one page to PNG with poppler; returns the file path. */
export function renderPng(file: string, page = 1, dpi = 72): string {
  const dir = mkdtempSync(join(tmpdir(), 'jinxiu-png-'));
  const base = join(dir, 'page');
  run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, base]);
  return `${base}.png`;
}

/** Text of the PDF as poppler extracts it (checks ToUnicode maps). */
export function pdftotext(file: string): string {
  return run('pdftotext', ['-layout', file, '-']);
}

import path from 'node:path';
import { pick, studioError, StudioError, type Lang } from '../../../model/localized';
import type { PreflightReport } from '../../../model/preflight';
import { stringOption, type ParsedArgs } from '../args';
import { DATA_OPTION, JSON_OPTION, type CliIO, type Command } from '../command';
import { withDesign } from '../design-source';
import { writeFileAtomic } from '../../services/files/atomic-write';
import { exportServiceFor } from '../../services/export';
import type { SheetSize } from '../../services/pdf';

export function printReport(report: PreflightReport, io: CliIO): void {
  const lang: Lang = io.lang;
  for (const f of [...report.errors, ...report.warnings]) {
    const where = [f.where.page, f.where.panelId, f.where.elementId].filter(Boolean).join(' / ');
    io.out(`${f.severity === 'error' ? 'ERROR' : 'warning'} ${f.code} [${where}]: ${pick(f.message, lang)}`);
    io.out(`  ${pick({ zh: '怎么改', en: 'fix' }, lang)}: ${pick(f.fix, lang)}`);
  }
}

export function blockedReport(error: unknown): PreflightReport | undefined {
  if (error instanceof StudioError && error.code === 'export.blocked') return (error.details as { report: PreflightReport }).report;
  return undefined;
}

/** --n-up A4|A3 and --gap MM, checked before anything is opened. */
export function nUpOption(args: ParsedArgs): { sheet: SheetSize; gapMm: number } | undefined {
  const sheet = stringOption(args, 'n-up');
  const gap = stringOption(args, 'gap');
  if (sheet === undefined) {
    if (gap !== undefined) throw studioError('cli.gap-without-n-up', '--gap 只在拼版时有用，请同时写 --n-up A4 或 --n-up A3', '--gap only applies to a sheet of copies: add --n-up A4 or --n-up A3');
    return undefined;
  }
  const size = sheet.toUpperCase();
  if (size !== 'A4' && size !== 'A3') {
    throw studioError('cli.bad-n-up', `--n-up 只能是 A4 或 A3（收到“${sheet}”）`, `--n-up must be A4 or A3 (got "${sheet}")`);
  }
  const gapMm = gap === undefined ? 4 : Number(gap);
  if (!Number.isFinite(gapMm) || gapMm < 0 || gapMm > 50) {
    throw studioError('cli.bad-gap', `--gap 要写 0 到 50 之间的毫米数，例如 --gap 4（收到“${gap}”）`, `--gap must be a number of millimetres from 0 to 50, e.g. --gap 4 (got "${gap}")`);
  }
  return { sheet: size, gapMm };
}

export const exportCommand: Command = {
  usage: 'jinxiu export DESIGN|FILE.jxdesign --out FILE.pdf [--data DIR] [--proof FILE.png] [--json] [--force] [--no-marks] [--cut-contour] [--n-up A4|A3 [--gap MM]]',
  options: {
    ...DATA_OPTION,
    ...JSON_OPTION,
    out: { type: 'string', description: 'the PDF file to write' },
    proof: { type: 'string', description: 'also write a PNG proof of the first page (with die lines)' },
    force: { type: 'boolean', description: 'export despite errors that allow it (e.g. a low-resolution photo)' },
    'no-marks': { type: 'boolean', description: 'no crop marks: MediaBox = BleedBox (many printers prefer this)' },
    'cut-contour': { type: 'boolean', description: 'name the die-line ink "CutContour" (cutting plotters) instead of "Dieline"' },
    'print-date': { type: 'string', description: 'planned print date YYYY-MM-DD (certificates must be valid then)' },
    'n-up': { type: 'string', description: 'as many copies of each page as fit on one A4 or A3 sheet (the PDF page is the paper size), for office printers' },
    gap: { type: 'string', description: 'with --n-up: space between copies in mm (default 4)' },
  },
  positionals: { min: 1, max: 1, names: 'DESIGN' },
  async run(args: ParsedArgs, io) {
    const out = stringOption(args, 'out');
    if (!out) throw studioError('cli.missing-option', '需要 --out FILE.pdf（要写入的 PDF 文件）', 'missing --out FILE.pdf (the PDF file to write)');
    const proof = stringOption(args, 'proof');
    const printDate = stringOption(args, 'print-date');
    const nUp = nUpOption(args);
    return withDesign(args, async (studio, design) => {
      const service = exportServiceFor(studio);
      let report: PreflightReport;
      let written: string | undefined;
      try {
        const result = await service.pdf(design, {
          cropMarks: args.options['no-marks'] !== true,
          dielineName: args.options['cut-contour'] === true ? 'CutContour' : 'Dieline',
          force: args.options.force === true,
          printDate,
          ...(nUp ? { nUp } : {}),
        });
        writeFileAtomic(path.resolve(out), result.bytes);
        written = path.resolve(out);
        report = result.report;
        if (proof) writeFileAtomic(path.resolve(proof), await service.proof(design, 0, true, undefined, { force: args.options.force === true, printDate }));
      } catch (error) {
        const blocked = blockedReport(error);
        if (!blocked) throw error;
        report = blocked;
      }
      if (args.options.json) io.out(JSON.stringify({ errors: report.errors, warnings: report.warnings, ...(written ? { output: written } : {}) }));
      else {
        printReport(report, io);
        io.out(
          written
            ? pick({ zh: `已导出 ${written}（${report.warnings.length} 个提醒）`, en: `exported ${written} (${report.warnings.length} warning(s))` }, io.lang)
            : pick({ zh: `有 ${report.errors.length} 个错误，没有导出。`, en: `${report.errors.length} error(s) block the export; nothing written.` }, io.lang),
        );
      }
      return written ? 0 : 1;
    });
  },
};

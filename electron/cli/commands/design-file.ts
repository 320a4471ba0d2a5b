import path from 'node:path';
import { pick, studioError, type Lang } from '../../../model/localized';
import type { DesignFileImport } from '../../services/designs/file';
import { exportDesignFile, importDesignFile, planDesignFile } from '../../services/designs/file';
import { writeFileAtomic } from '../../services/files/atomic-write';
import { INTAKE_RULES, intakePath } from '../../services/intake/intake';
import { stringOption } from '../args';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { designArgument, isDesignFile } from '../design-source';
import { cliActor, withStudio } from '../with-studio';

export const designExportCommand: Command = {
  usage: 'jinxiu design export DESIGN_ID|DESIGN.json --out FILE.jxdesign [--data DIR] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION, out: { type: 'string', description: 'the .jxdesign file to write' } },
  positionals: { min: 1, max: 1, names: 'DESIGN' },
  async run(args, io) {
    const out = stringOption(args, 'out');
    if (!out) throw studioError('cli.missing-option', '需要 --out FILE.jxdesign（要写入的设计文件）', 'missing --out FILE.jxdesign (the design file to write)');
    if (!isDesignFile(out)) throw studioError('cli.bad-extension', `设计文件要以 .jxdesign 结尾（收到“${out}”）`, `the design file must end in .jxdesign (got "${out}")`);
    const result = await withStudio(args, (studio) => exportDesignFile(studio, designArgument(studio, args.positionals[0]), { name: cliActor() }));
    const file = path.resolve(out);
    writeFileAtomic(file, result.bytes);
    const { manifest } = result;
    if (args.options.json) {
      io.out(JSON.stringify({ ok: true, file, bytes: result.bytes.length, design: { id: manifest.design.id }, motifs: manifest.motifs.length, files: manifest.assets.length }));
    } else {
      io.out(
        pick(
          {
            zh: `已写入 ${file}（${manifest.motifs.length} 个纹样，${manifest.assets.length} 个文件${manifest.product ? '，含产品资料' : ''}）`,
            en: `wrote ${file} (${manifest.motifs.length} motif(s), ${manifest.assets.length} file(s)${manifest.product ? ', product facts included' : ''})`,
          },
          io.lang,
        ),
      );
    }
    return 0;
  },
};

export const designImportCommand: Command = {
  usage: 'jinxiu design import FILE.jxdesign [--data DIR] [--dry-run] [--json]',
  options: { ...DATA_OPTION, ...JSON_OPTION, 'dry-run': { type: 'boolean', description: 'only say what opening the file would add or keep; nothing is written' } },
  positionals: { min: 1, max: 1, names: 'FILE' },
  async run(args, io) {
    const file = intakePath(args.positionals[0], INTAKE_RULES.designFile);
    const dryRun = args.options['dry-run'] === true;
    const result = await withStudio(args, (studio) => (dryRun ? planDesignFile(studio, file.bytes).result : importDesignFile(studio, file.bytes, cliActor())));
    if (args.options.json) io.out(JSON.stringify({ ok: true, dryRun, ...localize(result, io.lang) }));
    else for (const line of describe(result, dryRun, io.lang)) io.out(line);
    return 0;
  },
};

function localize(result: DesignFileImport, lang: Lang) {
  return { ...result, motifs: result.motifs.map((m) => ({ ...m, reason: m.reason ? pick(m.reason, lang) : undefined })) };
}

const ACTION = {
  new: { zh: '新增', en: 'new' },
  kept: { zh: '沿用本地', en: 'kept (local)' },
  copy: { zh: '另存副本', en: 'added as a copy' },
  unchanged: { zh: '已在本工坊，未变', en: 'already here, unchanged' },
  refused: { zh: '拒绝', en: 'refused' },
} as const;

function describe(r: DesignFileImport, dryRun: boolean, lang: Lang): string[] {
  const lines = [
    `${dryRun ? pick({ zh: '（演练，未写入）', en: '(dry run, nothing written) ' }, lang) : ''}${pick({ zh: '设计', en: 'design' }, lang)} ${r.design.name} [${r.design.id}]: ${pick(ACTION[r.design.action], lang)}`,
  ];
  for (const m of r.motifs) lines.push(`  ${pick({ zh: '纹样', en: 'motif' }, lang)} ${m.slug} ${m.names.zh}: ${pick(ACTION[m.action], lang)} (${m.status})${m.reason ? ` — ${pick(m.reason, lang)}` : ''}`);
  if (r.brandKit) lines.push(`  ${pick({ zh: '品牌套件', en: 'brand kit' }, lang)} ${r.brandKit.id}: ${pick(ACTION[r.brandKit.action], lang)}`);
  if (r.product) lines.push(`  ${pick({ zh: '产品', en: 'product' }, lang)} ${r.product.id}: ${pick(ACTION[r.product.action], lang)}`);
  lines.push(`  ${pick({ zh: `${r.files} 个图片和扫描件`, en: `${r.files} photo(s) and scan(s)` }, lang)}`);
  return lines;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDesign } from '../../model/design/open-design';
import type { Design } from '../../model/design/schema';
import { studioError } from '../../model/localized';
import { DESIGN_FILE_EXTENSION } from '../../model/design/file/design-file-manifest';
import { openStudio, type StudioContext } from '../services/studio';
import { INTAKE_RULES, intakePath } from '../services/intake/intake';
import { stringOption, type ParsedArgs } from './args';
import { cliActor, withStudio } from './with-studio';

export function isDesignFile(arg: string): boolean {
  return arg.toLowerCase().endsWith(DESIGN_FILE_EXTENSION);
}

/**
 * DESIGN as `jinxiu export` and `jinxiu images` take it: a stored design's id, a design JSON
 * file, or a `.jxdesign` design file. A design file is opened into the data folder the user
 * named (--data or JINXIU_DATA), where it then stays like any opened design file; without one it
 * is opened into a fresh, isolated data folder that is removed afterwards, so printing a file
 * someone sent never changes this PC's studio.
 */
export async function withDesign<T>(args: ParsedArgs, work: (studio: StudioContext, design: string | Design) => Promise<T>): Promise<T> {
  const arg = args.positionals[0];
  if (!isDesignFile(arg)) return withStudio(args, (studio) => work(studio, designArgument(studio, arg)));
  const file = intakePath(arg, INTAKE_RULES.designFile);
  const { importDesignFile } = await import('../services/designs/file/design-file-import');
  if (stringOption(args, 'data') || process.env.JINXIU_DATA) {
    return withStudio(args, async (studio) => work(studio, (await importDesignFile(studio, file.bytes, cliActor())).design.id));
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinxiu-design-file-'));
  try {
    const studio = await openStudio({ dataDir: dir, runtime: 'cli', sampleProducts: false });
    try {
      return await work(studio, (await importDesignFile(studio, file.bytes, cliActor())).design.id);
    } finally {
      studio.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** DESIGN is a design JSON file when such a file exists, otherwise the id of a stored design. */
export function designArgument(studio: StudioContext, arg: string): string | Design {
  if (arg.endsWith('.json') || fs.existsSync(arg)) {
    if (!fs.existsSync(arg)) throw studioError('cli.no-such-file', `找不到设计文件 ${arg}`, `design file not found: ${arg}`);
    return openDesign(fs.readFileSync(arg, 'utf8'), { now: studio.now().toISOString() }).design;
  }
  return arg;
}

import fs from 'node:fs';
import path from 'node:path';
import { SAMPLE_ID } from '../../../model/design/sample-id';
import { studioError } from '../../../model/localized';

export interface SampleInfo {
  /** file base name, the id the renderer sends back */
  sample: string;
  name: string;
  templateKind: string;
}

/** see SAMPLE_ID: file name without `.json`, `gallery/` for the gallery; never leaves the folder */
const SAMPLE_NAME = SAMPLE_ID;
/** the sub-folders listed after the top-level samples, in this order */
const SUB_FOLDERS = ['gallery'];

/**
 * The sample designs shipped under <resources>/assets/samples/designs (read-only): the
 * top-level samples first, then the gallery of finished designs (issue #13). Both are offered
 * the same way: a new design starts as a copy of any of them (`designs.createFromSample`).
 */
export class SampleDesigns {
  constructor(private readonly dir: string) {}

  list(): SampleInfo[] {
    if (!fs.existsSync(this.dir)) return [];
    const out: SampleInfo[] = [];
    for (const sub of ['', ...SUB_FOLDERS]) {
      const folder = path.join(this.dir, sub);
      if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) continue;
      for (const file of fs.readdirSync(folder).sort()) {
        if (!file.endsWith('.json')) continue;
        const sample = (sub ? `${sub}/` : '') + file.slice(0, -'.json'.length);
        const info = this.info(sample, path.join(folder, file));
        if (info) out.push(info);
      }
    }
    return out;
  }

  private info(sample: string, file: string): SampleInfo | undefined {
    if (!SAMPLE_NAME.test(sample)) return undefined;
    try {
      const doc = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: unknown; template?: { kind?: unknown } };
      if (typeof doc.name !== 'string' || typeof doc.template?.kind !== 'string') return undefined;
      return { sample, name: doc.name, templateKind: doc.template.kind };
    } catch {
      // a broken sample must not hide the others; the samples test catches it in development
      return undefined;
    }
  }

  /** The raw JSON text of one sample; the name is checked so it can never leave the folder. */
  read(sample: string): string {
    const file = path.join(this.dir, `${sample}.json`);
    if (!SAMPLE_NAME.test(sample) || !fs.existsSync(file)) {
      const known = this.list().map((s) => s.sample).join(', ') || '—';
      throw studioError(
        'design.sample-not-found',
        `没有名为“${sample}”的示例设计。可用的示例：${known}。`,
        `There is no sample design called "${sample}". Available samples: ${known}.`,
      );
    }
    return fs.readFileSync(file, 'utf8');
  }
}

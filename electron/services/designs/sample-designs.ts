import fs from 'node:fs';
import path from 'node:path';
import { studioError } from '../../../model/localized';

export interface SampleInfo {
  /** file base name, the id the renderer sends back */
  sample: string;
  name: string;
  templateKind: string;
}

const SAMPLE_NAME = /^[a-z0-9-]+$/;

/** The sample designs shipped under <resources>/assets/samples/designs (read-only). */
export class SampleDesigns {
  constructor(private readonly dir: string) {}

  list(): SampleInfo[] {
    if (!fs.existsSync(this.dir)) return [];
    const out: SampleInfo[] = [];
    for (const file of fs.readdirSync(this.dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const sample = file.slice(0, -'.json'.length);
      if (!SAMPLE_NAME.test(sample)) continue;
      try {
        const doc = JSON.parse(fs.readFileSync(path.join(this.dir, file), 'utf8')) as { name?: unknown; template?: { kind?: unknown } };
        if (typeof doc.name !== 'string' || typeof doc.template?.kind !== 'string') continue;
        out.push({ sample, name: doc.name, templateKind: doc.template.kind });
      } catch {
        // a broken sample must not hide the others; the samples test catches it in development
      }
    }
    return out;
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

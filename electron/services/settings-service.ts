import type { Database } from './db/database';
import { settingsSchema, type Settings } from '../../model/api/app';

const DEFAULTS: Settings = { language: 'zh-CN', guidedPathDone: false };

export class SettingsService {
  private readonly selectAll;
  private readonly upsert;

  constructor(private readonly db: Database) {
    this.selectAll = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
    this.upsert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  }

  get(): Settings {
    const stored: Record<string, unknown> = {};
    for (const row of this.selectAll.all()) {
      try {
        stored[row.key] = JSON.parse(row.value);
      } catch {
        // a hand-edited bad value falls back to its default rather than breaking start-up
      }
    }
    const merged = { ...DEFAULTS, ...stored };
    const parsed = settingsSchema.safeParse(merged);
    return parsed.success ? parsed.data : DEFAULTS;
  }

  update(patch: Partial<Settings>): Settings {
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(patch)) {
        if (value !== undefined) this.upsert.run(key, JSON.stringify(value));
      }
    })();
    return this.get();
  }
}

import crypto from 'node:crypto';
import type { Database } from '../db/database';
import { studioError } from '../../../model/localized';
import type { CuratorStatus } from '../../../model/api/curator';
import type { Actor } from '../../../model/motif/workflow';
import { hashPassphrase, verifyPassphrase } from './passphrase';

/** After this many wrong passphrases the next attempt must wait, doubling each time. */
const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

/**
 * Curator mode: named curators with their own passphrases, so the two-person rule
 * compares real accounts. Enough to stop accidental edits on a shared PC, not a vault.
 */
export class CuratorService {
  private active: { id: string; name: string } | null = null;
  private failures = 0;
  private blockedUntil = 0;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {}

  status(): CuratorStatus {
    const names = this.db.prepare<[], { name: string }>('SELECT name FROM curators ORDER BY created_at, name').all().map((r) => r.name);
    return { needsSetup: names.length === 0, curators: names, active: this.active?.name ?? null };
  }

  setup(name: string, passphrase: string): CuratorStatus {
    if (!this.status().needsSetup) {
      throw studioError('curator.exists', '已经设置过策展人。请用你的名字和口令进入策展模式。', 'Curators already exist. Enter curator mode with your name and passphrase.');
    }
    const id = this.insert(name, passphrase, null);
    this.active = { id, name };
    return this.status();
  }

  add(name: string, passphrase: string): CuratorStatus {
    const creator = this.requireActor();
    if (this.status().curators.includes(name)) {
      throw studioError('curator.duplicate', `已有名为“${name}”的策展人。`, `A curator named "${name}" already exists.`);
    }
    this.insert(name, passphrase, creator.id);
    return this.status();
  }

  unlock(name: string, passphrase: string): CuratorStatus {
    const wait = this.blockedUntil - this.now().getTime();
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw studioError('curator.rate-limited', `口令错误次数太多，请 ${seconds} 秒后再试。`, `Too many wrong passphrases; try again in ${seconds} s.`, { retryAfterSeconds: seconds });
    }
    const row = this.db.prepare<[string], { id: string; salt: string; hash: string }>('SELECT id, salt, hash FROM curators WHERE name = ?').get(name);
    // verify even for unknown names so timing does not reveal which names exist
    const ok = verifyPassphrase(passphrase, row?.salt ?? '00', row?.hash ?? 'scrypt$15$8$1$00') && !!row;
    if (!ok) {
      this.failures += 1;
      if (this.failures >= FREE_ATTEMPTS) {
        this.blockedUntil = this.now().getTime() + Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (this.failures - FREE_ATTEMPTS));
      }
      throw studioError('curator.wrong-passphrase', '名字或口令不对。', 'Wrong name or passphrase.');
    }
    this.failures = 0;
    this.blockedUntil = 0;
    this.active = { id: row!.id, name };
    return this.status();
  }

  lock(): CuratorStatus {
    this.active = null;
    return this.status();
  }

  /** The acting curator, or a translated refusal that says how to get in. */
  requireActor(): Actor & { name: string } {
    if (!this.active) {
      throw studioError('curator.locked', '这个操作需要策展模式。请在纹样库里点“策展模式”，输入名字和口令。', 'This action needs curator mode. In the Library, choose "Curator mode" and enter your name and passphrase.');
    }
    return { id: this.active.name, name: this.active.name, roles: ['curator', 'contributor'] };
  }

  isActive(): boolean {
    return this.active !== null;
  }

  private insert(name: string, passphrase: string, createdBy: string | null): string {
    const id = crypto.randomUUID();
    const { salt, hash } = hashPassphrase(passphrase);
    this.db.prepare('INSERT INTO curators (id, name, salt, hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(id, name, salt, hash, this.now().toISOString(), createdBy);
    return id;
  }
}

import crypto from 'node:crypto';
import type { Database } from '../db/database';
import { studioError } from '../../../model/localized';
import type { CuratorStatus } from '../../../model/api/curator';
import type { Actor } from '../../../model/motif/workflow';
import { hashPassphrase, verifyPassphrase } from './passphrase';
import type { Signer, TrustService } from './trust-service';

/** After this many wrong passphrases the next attempt must wait, doubling each time. */
const FREE_ATTEMPTS = 3;
const BASE_DELAY_MS = 2_000;
const MAX_DELAY_MS = 5 * 60_000;

/** The steward key's name until a studio name is given on export. */
export const STUDIO_KEY_NAME = '本工坊密钥 studio key';

/**
 * Curator mode: named curators with their own passphrases, each holding an Ed25519 key
 * sealed under that passphrase (keys.ts). Unlocking opens the key for the session; locking
 * forgets it. Accounts are a convenience for the shared PC: whether anything is published is
 * decided by signatures and the trust list (trust-service.ts), where every account made on
 * this PC counts as the same one person.
 */
export class CuratorService {
  private active: { id: string; name: string; key: Signer; steward: Signer | null } | null = null;
  private failures = 0;
  private blockedUntil = 0;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly trust: TrustService,
  ) {}

  status(): CuratorStatus {
    const names = this.db.prepare<[], { name: string }>('SELECT name FROM curators ORDER BY created_at, name').all().map((r) => r.name);
    return {
      needsSetup: names.length === 0,
      curators: names,
      active: this.active?.name ?? null,
      fingerprint: this.active?.key.fingerprint ?? null,
      holdsStudioKey: !!this.active?.steward,
    };
  }

  /** curator account id -> name, for showing who holds which key */
  namesById(): Map<string, string> {
    return new Map(this.db.prepare<[], { id: string; name: string }>('SELECT id, name FROM curators').all().map((r) => [r.id, r.name]));
  }

  /** The first curator: also makes the studio's steward key, which enrols every later key made here. */
  setup(name: string, passphrase: string): CuratorStatus {
    if (!this.status().needsSetup) {
      throw studioError('curator.exists', '已经设置过策展人。请用你的名字和口令进入策展模式。', 'Curators already exist. Enter curator mode with your name and passphrase.');
    }
    this.active = this.db.transaction(() => {
      const id = this.insert(name, passphrase, null);
      const steward = this.trust.steward() ? null : this.trust.createSteward(id, passphrase, STUDIO_KEY_NAME);
      const key = this.trust.createCuratorKey(id, name, passphrase, steward, name);
      return { id, name, key, steward };
    })();
    return this.status();
  }

  /** Another curator account on this PC. Its key is enrolled by the studio key: the same person as every other local key. */
  add(name: string, passphrase: string): CuratorStatus {
    const creator = this.requireActor();
    if (this.status().curators.includes(name)) {
      throw studioError('curator.duplicate', `已有名为“${name}”的策展人。`, `A curator named "${name}" already exists.`);
    }
    const steward = this.active!.steward;
    if (!steward) {
      throw studioError('curator.no-studio-key', '你的账户没有本工坊密钥，不能添加策展人。请让持有工坊密钥的策展人（最早设置的那位）来添加。', 'Your account does not hold the studio key, so it cannot add curators. Ask the curator who holds it (the first one set up) to add them.');
    }
    this.db.transaction(() => {
      const id = this.insert(name, passphrase, creator.id);
      this.trust.createCuratorKey(id, name, passphrase, steward, creator.name);
      this.trust.shareSteward(id, steward, passphrase);
    })();
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
    this.active = this.openKeys(row!.id, name, passphrase);
    return this.status();
  }

  /** Opens the curator's key; a curator from before signed curation gets a key now (and the studio key, if none exists). */
  private openKeys(id: string, name: string, passphrase: string): NonNullable<CuratorService['active']> {
    const opened = this.trust.unlock(id, name, passphrase);
    if (opened.key) return { id, name, key: opened.key, steward: opened.steward };
    return this.db.transaction(() => {
      const steward = opened.steward ?? (this.trust.steward() ? null : this.trust.createSteward(id, passphrase, STUDIO_KEY_NAME));
      const key = this.trust.createCuratorKey(id, name, passphrase, steward, name);
      return { id, name, key, steward };
    })();
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

  /** The unlocked keys of the acting curator: their own, and the studio key when they hold it. */
  requireSigner(): { key: Signer; steward: Signer | null } {
    this.requireActor();
    return { key: this.active!.key, steward: this.active!.steward };
  }

  /** The studio key, for enrolling keys and exporting the trust file. */
  requireSteward(): Signer {
    const { steward } = this.requireSigner();
    if (steward) return steward;
    throw studioError('curator.no-studio-key', '你的账户没有本工坊密钥。请让持有工坊密钥的策展人（最早设置的那位）来做这一步。', 'Your account does not hold the studio key. Ask the curator who holds it (the first one set up) to do this.');
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

import type { Database } from '../db/database';
import type { FileStore } from '../files/file-store';
import { intakeBytes, INTAKE_RULES } from '../intake/intake';
import type { MotifRepo } from '../library/motif-repo';
import { packShareable, type PackExporter } from '../../../model/motif/pack-share';
import { exportPack } from './pack-export';
import type { MotifRecord } from '../../../model/motif/schema';
import type { TrustFile } from '../../../model/trust/statements';
import type { TrustService } from '../curators/trust-service';
import { applyPack, planPack, verifyPack, type PackPlan } from './pack-import';

/** Motif packs for offline exchange between village centres. */
export class PackService {
  /** called before a pack changes anything (the backup service hooks in here) */
  beforeApply: () => Promise<void> | void = () => {};

  constructor(
    private readonly db: Database,
    private readonly repo: MotifRepo,
    private readonly store: FileStore,
    private readonly trust: TrustService,
    private readonly now: () => Date,
  ) {}

  /**
   * `ids`: the motifs the exporter named (each must be shareable, else nothing is written);
   * without ids, the default pack: every motif that `packShareable` lets into an
   * "all published" pack for this exporter.
   */
  export(ids: string[] | undefined, exporter: PackExporter) {
    const chosen =
      ids ??
      this.repo
        .search({ query: '', statuses: ['published'], limit: 100_000, offset: 0 })
        .rows.filter((r) => packShareable(r.record, exporter, 'all-published').allowed)
        .map((r) => r.id);
    const { bytes, manifest } = exportPack(this.repo, this.store, chosen, exporter, this.now(), (records) => this.trustFilesFor(records));
    const stamp = this.now().toISOString().slice(0, 10);
    return { fileName: `jinxiu-motifs-${stamp}-${manifest.motifs.length}.jxpack`, bytes, count: manifest.motifs.length };
  }

  /**
   * The partners' trust files (as imported here) that list a key which signed one of these
   * records: carried so the receiver can see whose keys they are. The receiver never trusts
   * a key for being in a pack; it imports a trust file only in Settings, fingerprint confirmed.
   */
  trustFilesFor(records: MotifRecord[]): TrustFile[] {
    const signers = new Set(records.flatMap((r) => (r.signatures ?? []).map((s) => s.statement.key)));
    const latest = new Map<string, TrustFile>();
    for (const row of this.trust.trustFiles()) {
      const file = JSON.parse(row.document) as TrustFile;
      const keys = [file.body.steward.fingerprint, ...file.body.keys.map((k) => k.fingerprint)];
      if (!keys.some((k) => signers.has(k))) continue;
      const have = latest.get(file.body.steward.fingerprint);
      if (!have || have.body.issuedAt < file.body.issuedAt) latest.set(file.body.steward.fingerprint, file);
    }
    return [...latest.values()];
  }

  /** The dry run: every record's action and every change of label, status and artwork; nothing is written. */
  preview(bytes: Uint8Array): PackPlan {
    const file = intakeBytes('pack.jxpack', bytes, INTAKE_RULES.pack);
    return planPack(this.repo, this.trust, verifyPack(file.bytes, this.repo)).plan;
  }

  async apply(bytes: Uint8Array, actor: string): Promise<PackPlan> {
    const file = intakeBytes('pack.jxpack', bytes, INTAKE_RULES.pack);
    verifyPack(file.bytes, this.repo); // refuse a bad pack before taking a backup
    await this.beforeApply();
    return applyPack(this.db, this.repo, this.store, this.trust, file.bytes, actor, this.now());
  }
}

import type { Database } from '../db/database';
import type { SignedCertification, TrustFile } from '../../../model/trust/statements';
import type { SealedKey } from './keys';

export interface KeyRow {
  fingerprint: string;
  public_key: string;
  name: string;
  role: 'steward' | 'curator' | 'outside';
  curator_id: string | null;
  sealed: string | null;
  created_at: string;
}

export interface TrustFileRow {
  id: number;
  steward: string;
  studio: string;
  issued_at: string;
  document: string;
  confirmed_by: string;
  imported_at: string;
}

export interface TrustAuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject: string;
  note: string | null;
}

/** All SQL of keys, certifications, trust files, release entries and the trust audit; statements prepared once. */
export class TrustStore {
  private readonly s;

  constructor(private readonly db: Database) {
    this.s = {
      keys: db.prepare<[], KeyRow>('SELECT * FROM curator_keys ORDER BY created_at, name'),
      key: db.prepare<[string], KeyRow>('SELECT * FROM curator_keys WHERE fingerprint = ?'),
      keyOfCurator: db.prepare<[string], KeyRow>('SELECT * FROM curator_keys WHERE curator_id = ?'),
      steward: db.prepare<[], KeyRow>("SELECT * FROM curator_keys WHERE role = 'steward' LIMIT 1"),
      insertKey: db.prepare('INSERT INTO curator_keys (fingerprint, public_key, name, role, curator_id, sealed, created_at) VALUES (@fingerprint, @public_key, @name, @role, @curator_id, @sealed, @created_at) ON CONFLICT (fingerprint) DO NOTHING'),
      slot: db.prepare<[string], { sealed: string }>('SELECT sealed FROM steward_slots WHERE curator_id = ?'),
      putSlot: db.prepare('INSERT INTO steward_slots (curator_id, sealed) VALUES (?, ?) ON CONFLICT (curator_id) DO UPDATE SET sealed = excluded.sealed'),
      certs: db.prepare<[], { document: string }>('SELECT document FROM key_certifications ORDER BY id'),
      putCert: db.prepare('INSERT INTO key_certifications (subject, certifier, relation, at, document) VALUES (?, ?, ?, ?, ?) ON CONFLICT (subject, certifier, relation) DO NOTHING'),
      files: db.prepare<[], TrustFileRow>('SELECT * FROM trust_files ORDER BY id'),
      putFile: db.prepare('INSERT INTO trust_files (steward, studio, issued_at, document, confirmed_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)'),
      release: db.prepare<[string], { content_hash: string; label: string; edition: string }>('SELECT content_hash, label, edition FROM release_records WHERE motif_id = ?'),
      putRelease: db.prepare('INSERT INTO release_records (motif_id, content_hash, label, edition, loaded_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (motif_id) DO UPDATE SET content_hash = excluded.content_hash, label = excluded.label, edition = excluded.edition, loaded_at = excluded.loaded_at'),
      audit: db.prepare('INSERT INTO trust_audit (at, actor, action, subject, note) VALUES (?, ?, ?, ?, ?)'),
      auditAll: db.prepare<[], TrustAuditRow>('SELECT * FROM trust_audit ORDER BY id DESC LIMIT 500'),
    };
  }

  keys(): KeyRow[] {
    return this.s.keys.all();
  }
  key(fingerprint: string): KeyRow | undefined {
    return this.s.key.get(fingerprint);
  }
  keyOfCurator(curatorId: string): KeyRow | undefined {
    return this.s.keyOfCurator.get(curatorId);
  }
  steward(): KeyRow | undefined {
    return this.s.steward.get();
  }
  insertKey(row: Omit<KeyRow, 'sealed'> & { sealed: SealedKey | null }): void {
    this.s.insertKey.run({ ...row, sealed: row.sealed ? JSON.stringify(row.sealed) : null });
  }
  stewardSlot(curatorId: string): SealedKey | undefined {
    const row = this.s.slot.get(curatorId);
    return row ? (JSON.parse(row.sealed) as SealedKey) : undefined;
  }
  putStewardSlot(curatorId: string, sealed: SealedKey): void {
    this.s.putSlot.run(curatorId, JSON.stringify(sealed));
  }
  certifications(): SignedCertification[] {
    return this.s.certs.all().map((r) => JSON.parse(r.document) as SignedCertification);
  }
  putCertification(signed: SignedCertification): void {
    const c = signed.certification;
    this.s.putCert.run(c.subject, c.certifier, c.relation, c.at, JSON.stringify(signed));
  }
  trustFiles(): TrustFileRow[] {
    return this.s.files.all();
  }
  putTrustFile(file: TrustFile, confirmedBy: string, at: string): void {
    this.s.putFile.run(file.body.steward.fingerprint, file.body.studio, file.body.issuedAt, JSON.stringify(file), confirmedBy, at);
  }
  release(motifId: string) {
    return this.s.release.get(motifId);
  }
  putRelease(motifId: string, contentHash: string, label: string, edition: string, at: string): void {
    this.s.putRelease.run(motifId, contentHash, label, edition, at);
  }
  audit(at: string, actor: string, action: string, subject: string, note?: string): void {
    this.s.audit.run(at, actor, action, subject, note ?? null);
  }
  auditEntries(): TrustAuditRow[] {
    return this.s.auditAll.all();
  }
}

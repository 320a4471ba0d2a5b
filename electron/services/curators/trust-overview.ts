import type { TrustOverview } from '../../../model/api/trust';
import type { TrustService } from './trust-service';

/** What Settings shows about keys and trust: computed from the same trust list the verdicts use. */
export function trustOverview(trust: TrustService, curatorNames: Map<string, string>): TrustOverview {
  const list = trust.trustList();
  const steward = trust.steward();
  const files = trust.trustFiles();
  const activeIds = new Set<number>();
  const newest = new Map<string, { id: number; issuedAt: string }>();
  for (const f of files) {
    const have = newest.get(f.steward);
    if (!have || have.issuedAt <= f.issued_at) newest.set(f.steward, { id: f.id, issuedAt: f.issued_at });
  }
  for (const { id } of newest.values()) activeIds.add(id);

  const names = new Map<string, string>();
  const rows = new Map<string, TrustOverview['keys'][number]>();
  const add = (fingerprint: string, name: string, role: TrustOverview['keys'][number]['role'], holder: string | null) => {
    names.set(fingerprint, name);
    if (rows.has(fingerprint)) return;
    const trusted = list.trusted.get(fingerprint);
    const reason = trusted?.reason ?? null;
    rows.set(fingerprint, {
      fingerprint,
      name,
      role,
      local: !!list.localIdentity && trusted?.identity === list.localIdentity,
      holder,
      trusted: !!trusted,
      person: trusted?.identity ?? null,
      reason: reason?.kind ?? null,
      studio: reason?.kind === 'trust-file' ? reason.studio : null,
      certifiedBy: [],
    });
  };
  for (const k of trust.keys()) add(k.fingerprint, k.name, k.role, k.curator_id ? (curatorNames.get(k.curator_id) ?? null) : null);
  for (const f of files) {
    if (!activeIds.has(f.id)) continue;
    const body = JSON.parse(f.document).body as { steward: { fingerprint: string; name: string }; keys: { fingerprint: string; name: string }[] };
    add(body.steward.fingerprint, body.steward.name, 'steward', null);
    for (const k of body.keys) add(k.fingerprint, k.name, 'curator', null);
  }
  for (const c of trust.certifications()) {
    const cert = c.certification;
    const row = rows.get(cert.subject);
    row?.certifiedBy.push({ fingerprint: cert.certifier, name: names.get(cert.certifier) ?? cert.certifier.slice(0, 16), relation: cert.relation, at: cert.at });
  }
  return {
    steward: steward?.fingerprint ?? null,
    keys: [...rows.values()],
    trustFiles: files.map((f) => ({
      id: f.id,
      studio: f.studio,
      steward: f.steward,
      issuedAt: f.issued_at,
      importedAt: f.imported_at,
      confirmedBy: f.confirmed_by,
      keys: (JSON.parse(f.document).body.keys as unknown[]).length,
      active: activeIds.has(f.id),
    })),
    audit: trust.auditEntries(),
  };
}

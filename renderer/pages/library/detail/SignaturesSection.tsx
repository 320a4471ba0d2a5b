import type { MotifDetail } from '../../../../model/api/library';
import { USAGE_LABELS, type UsageLabelId } from '../../../../model/motif/labels';
import { formatFingerprint } from '../../../../model/trust/statements';
import { useI18n, type MessageKey } from '../../../i18n';
import { shortTime } from '../names';

/**
 * Why the motif has its status: the studio's release, or signatures by two different trusted
 * people, and every signature with what it counts for (part of the audit trail).
 */
export function SignaturesSection({ detail }: { detail: MotifDetail }) {
  const { t, l } = useI18n();
  const trust = detail.trust;
  const labelName = (id: string) => (id in USAGE_LABELS ? l(USAGE_LABELS[id as UsageLabelId].name) : id);
  return (
    <section className="detail-section" aria-labelledby="signatures-title">
      <h3 id="signatures-title">{t('sig.title')}</h3>
      {trust.release && <p className="caution">{t('sig.release', { edition: trust.release.edition })}{trust.release.current ? '' : ` ${t('sig.releaseChanged')}`}</p>}
      {trust.publishedBy === 'signatures' && <p>{t('sig.byTwo')}</p>}
      {trust.publishedBy === null && detail.record.status === 'in-review' && <p role="status">{t('sig.approvals', { n: trust.approvingPeople })}</p>}
      {trust.pendingLabel && <p role="status">{t('sig.pendingLabel', { label: labelName(trust.pendingLabel.label), n: trust.pendingLabel.people })}</p>}
      {trust.signatures.length === 0 ? (
        <p className="muted">{t('sig.none')}</p>
      ) : (
        <ol className="history" aria-label={t('sig.list')}>
          {[...trust.signatures].reverse().map((s, i) => (
            <li key={`${s.key}-${s.at}-${i}`}>
              <span className="when">{shortTime(s.at)}</span> <strong className="who">{s.signer}</strong>{' '}
              <span className="what">{t(`sig.action.${s.action}` as MessageKey)}</span>
              {s.label && <span> “{labelName(s.label)}”</span>}
              {s.reason && <span> “{s.reason}”</span>}{' '}
              <span className={s.problem ? 'field-error' : 'muted'}>
                [{s.problem ? t(`sig.problem.${s.problem}` as MessageKey) : s.currentContent ? t('sig.counts') : t('sig.oldContent')}
                {s.local ? ` · ${t('sig.local')}` : ''}]
              </span>
              <div className="note mono">{formatFingerprint(s.key).slice(0, 39)}…</div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

import type { MotifDetail } from '../../../../model/api/library';
import { useI18n } from '../../../i18n';
import { actionKey, shortTime, statusKey } from '../names';

interface StateStamp {
  status?: string;
  version?: number;
}

function stamp(value: unknown): StateStamp | null {
  return typeof value === 'object' && value !== null ? (value as StateStamp) : null;
}

/** The append-only change log (who, when, what, before -> after) and the designs using the motif. */
export function HistorySection({ detail }: { detail: MotifDetail }) {
  const { t } = useI18n();
  const describe = (s: StateStamp | null) => (s?.status ? `${t(statusKey(s.status))}${s.version ? ` (v${s.version})` : ''}` : '');
  return (
    <>
      <section className="detail-section" aria-labelledby="history-title">
        <h3 id="history-title">{t('detail.history')}</h3>
        {detail.audit.length === 0 ? (
          <p className="muted">{t('detail.history.empty')}</p>
        ) : (
          <ol className="history" aria-labelledby="history-title">
            {detail.audit.map((a) => {
              const key = actionKey(a.action);
              const before = describe(stamp(a.before));
              const after = describe(stamp(a.after));
              return (
                <li key={a.id}>
                  <span className="when">{shortTime(a.at)}</span> <strong className="who">{a.actor}</strong> <span className="what">{key ? t(key) : a.action}</span>
                  {(before || after) && (
                    <span className="change">
                      {' '}
                      {before || '—'} → {after || '—'}
                    </span>
                  )}
                  {a.note && <div className="note">“{a.note}”</div>}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section className="detail-section" aria-labelledby="used-title">
        <h3 id="used-title">{t('detail.whereUsed')}</h3>
        {detail.whereUsed.length === 0 ? (
          <p className="muted">{t('detail.whereUsed.empty')}</p>
        ) : (
          <ul className="plain">
            {detail.whereUsed.map((d) => (
              <li key={d.designId}>
                {d.name} <span className="muted">{shortTime(d.updatedAt)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

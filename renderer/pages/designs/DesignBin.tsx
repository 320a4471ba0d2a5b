import { useEffect, useState } from 'react';
import type { DesignSummary } from '../../../model/api/designs';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';

type BinEntry = DesignSummary & { deletedAt: string };

/** Deleted designs are kept: the bin lists them and brings any of them back as it was. */
export function DesignBin({ reloadKey, onRestored }: { reloadKey: number; onRestored: () => void }) {
  const api = useApi();
  const notify = useNotifyError();
  const { t } = useI18n();
  const [entries, setEntries] = useState<BinEntry[]>([]);
  useEffect(() => {
    api.call('designs.bin', {}).then(setEntries, notify);
  }, [api, notify, reloadKey]);
  if (entries.length === 0) return null;
  return (
    <details className="des-bin">
      <summary>{t('bin.title', { n: entries.length })}</summary>
      <ul aria-label={t('bin.list')}>
        {entries.map((d) => (
          <li key={d.id}>
            <span className="des-name">{d.name}</span>
            <span className="muted small">{t('bin.deleted', { when: d.deletedAt.slice(0, 16).replace('T', ' ') })}</span>
            <button type="button" aria-label={t('bin.restore.named', { name: d.name })} onClick={() => api.call('designs.restore', { id: d.id }).then(onRestored, notify)}>
              {t('bin.restore')}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}

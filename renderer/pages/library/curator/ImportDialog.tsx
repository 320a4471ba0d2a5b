import { useState } from 'react';
import type { ImportResult } from '../../../../model/api/library';
import { useApi } from '../../../api/context';
import { useI18n, type MessageKey } from '../../../i18n';
import { errorText } from '../../../shell/notify';
import { Dialog } from '../Dialog';
import { readFileBase64 } from '../files';

const STATUS_KEY: Record<ImportResult['status'], MessageKey> = {
  imported: 'imp.imported',
  duplicate: 'imp.duplicate',
  rejected: 'imp.rejected',
};

/**
 * Import artwork files as drafts, one file per call, so the bar can say "3 / 12" and a
 * bad file only costs its own row in the result list.
 */
export function ImportDialog({ onImported, onOpen, onClose }: { onImported: () => void; onOpen: (id: string) => void; onClose: () => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [results, setResults] = useState<ImportResult[]>([]);

  async function importFiles(files: File[]) {
    setResults([]);
    setProgress({ done: 0, total: files.length });
    let imported = false;
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      let result: ImportResult;
      try {
        const base64 = await readFileBase64(file);
        [result] = await api.call('library.import', { files: [{ name: file.name, base64 }] });
      } catch (err) {
        result = { file: file.name, status: 'rejected', error: errorText(err) };
      }
      if (result.status === 'imported') imported = true;
      setResults((prev) => [...prev, result]);
      setProgress({ done: i + 1, total: files.length });
    }
    if (imported) onImported();
  }

  const busy = progress !== null && progress.done < progress.total;
  return (
    <Dialog title={t('imp.title')} onClose={onClose}>
      <p className="lib-intro">{t('imp.intro')}</p>
      <label className="file-pick">
        {t('imp.files')}
        <input
          type="file"
          multiple
          accept=".svg,.png,.jpg,.jpeg,.tif,.tiff,.webp,image/*"
          disabled={busy}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) void importFiles(files);
          }}
        />
      </label>
      {progress && (
        <div className="import-progress">
          <progress max={progress.total} value={progress.done} aria-label={t('imp.progress')} />
          <span aria-live="polite">{t('imp.count', { done: progress.done, total: progress.total })}</span>
        </div>
      )}
      {results.length > 0 && (
        <ul className="import-results" aria-label={t('imp.results')}>
          {results.map((r, i) => (
            <li key={i} className={`import-${r.status}`}>
              <strong>{r.file}</strong> <span className="import-status">{t(STATUS_KEY[r.status])}</span>
              {r.error && <span className="import-error">{l(r.error)}</span>}
              {r.id && (
                <button type="button" onClick={() => onOpen(r.id!)} aria-label={`${t('imp.open')} ${r.file}`}>
                  {t('imp.open')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="lib-form-actions">
        <button type="button" onClick={onClose}>
          {t('cur.done')}
        </button>
      </div>
    </Dialog>
  );
}

import { useEffect, useState } from 'react';
import type { FindingDto } from '../../../model/api/export';
import type { Design } from '../../../model/design/schema';
import { PLACEHOLDERS } from '../../../model/product/placeholders';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';

/** after the last edit: long enough for the 800 ms autosave to have reached the server */
const RECHECK_MS = 1500;

/**
 * The preflight rules the export dialog enforces, shown while the user works: missing
 * credit lines, forbidden motifs, GB 7718 label items still missing, text outside the
 * safe area... Each finding says where it is and how to fix it; "show" selects it.
 */
export function CheckPanel({
  doc,
  onSelect,
  onPage,
  onInsert,
}: {
  doc: Design;
  onSelect: (ids: string[]) => void;
  onPage: (page: string) => void;
  /** one-click repair of a missing label item: insert its placeholder into the design */
  onInsert?: (placeholder: string) => void;
}) {
  const api = useApi();
  const { t, l } = useI18n();
  const [findings, setFindings] = useState<FindingDto[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      api.call('export.preflight', { designId: doc.id }).then(
        (report) => {
          if (!live) return;
          setFindings([...report.errors, ...report.warnings]);
          setFailed(false);
        },
        () => live && setFailed(true),
      );
    }, RECHECK_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, doc]);

  if (failed) return <p className="muted">{t('check.failed')}</p>;
  if (!findings) return <p className="muted">{t('check.running')}</p>;
  if (findings.length === 0) return <p className="check-ok">{t('check.clean')}</p>;
  return (
    <ul className="check-list" aria-label={t('check.list')}>
      {findings.map((f, i) => (
        <li key={i} className={f.severity === 'error' ? 'check-error' : 'check-warning'}>
          <strong>{t(f.severity === 'error' ? 'check.error' : 'check.warning')}</strong> {l(f.message)}
          <div className="muted small">{l(f.fix)}</div>
          {f.where.elementId && (
            <button
              type="button"
              onClick={() => {
                onPage(f.where.page);
                onSelect([f.where.elementId!]);
              }}
            >
              {t('check.show')}
            </button>
          )}
          {f.action?.kind === 'insert-placeholder' && onInsert && (
            <button type="button" onClick={() => onInsert(f.action!.placeholder)}>
              {t('check.insert', { field: l(PLACEHOLDERS[f.action.placeholder]?.label) || f.action.placeholder })}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

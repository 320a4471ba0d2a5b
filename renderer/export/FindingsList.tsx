import type { FindingDto } from '../../model/api/export';
import { useI18n } from '../i18n';

/** One finding: what is wrong, where, and how to fix it. */
function FindingItem({ finding, elementName, panelName }: { finding: FindingDto; elementName: (id: string) => string; panelName: (id: string) => string }) {
  const { t, l } = useI18n();
  const w = finding.where;
  const where = [
    t('export.where.page', { page: w.page === 'front' || w.page === 'back' ? t(`export.page.${w.page}`) : w.page }),
    w.panelId ? t('export.where.panel', { panel: panelName(w.panelId) }) : '',
    w.elementId ? t('export.where.element', { element: elementName(w.elementId) }) : '',
  ].filter(Boolean);
  const error = finding.severity === 'error';
  return (
    <li
      data-code={finding.code}
      data-severity={finding.severity}
      style={{ borderLeft: `4px solid ${error ? '#b3261e' : '#c98a00'}`, padding: '6px 10px', margin: '6px 0', background: error ? '#fdf0ef' : '#fff8e6', listStyle: 'none' }}
    >
      <div>
        <strong>{error ? t('export.error') : t('export.warning')}：</strong>
        {l(finding.message)}
      </div>
      <div style={{ fontSize: '0.9em', color: '#555' }}>
        {t('export.where')}: {where.join(' · ')}
      </div>
      <div style={{ fontSize: '0.9em' }}>
        <strong>{t('export.fix')}：</strong>
        {l(finding.fix)}
      </div>
    </li>
  );
}

export function FindingsList({ errors, warnings, elementName, panelName }: { errors: FindingDto[]; warnings: FindingDto[]; elementName: (id: string) => string; panelName: (id: string) => string }) {
  const { t } = useI18n();
  return (
    <div>
      {errors.length === 0 && <p role="status">{t('export.ok')}</p>}
      {errors.length > 0 && (
        <section aria-label={t('export.errors', { n: errors.length })}>
          <h3 style={{ color: '#b3261e', fontSize: '1em' }}>{t('export.errors', { n: errors.length })}</h3>
          <ul style={{ padding: 0 }}>
            {errors.map((f, i) => (
              <FindingItem key={`e${i}`} finding={f} elementName={elementName} panelName={panelName} />
            ))}
          </ul>
        </section>
      )}
      {warnings.length > 0 && (
        <section aria-label={t('export.warnings', { n: warnings.length })}>
          <h3 style={{ color: '#8a5d00', fontSize: '1em' }}>{t('export.warnings', { n: warnings.length })}</h3>
          <ul style={{ padding: 0 }}>
            {warnings.map((f, i) => (
              <FindingItem key={`w${i}`} finding={f} elementName={elementName} panelName={panelName} />
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

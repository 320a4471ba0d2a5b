import { useState } from 'react';
import type { DoctorReport } from '../../../model/api';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';

/** "Check data": the same checks as `jinxiu doctor`, with a button to fix what is safe to fix. */
export function DoctorPanel() {
  const api = useApi();
  const notifyError = useNotifyError();
  const { t, l } = useI18n();
  const [report, setReport] = useState<DoctorReport | null>(null);
  const [working, setWorking] = useState(false);

  const run = async (repair: boolean) => {
    setWorking(true);
    try {
      setReport(await api.call('maintenance.doctor', { repair }));
    } catch (error) {
      notifyError(error);
    } finally {
      setWorking(false);
    }
  };

  return (
    <section aria-labelledby="doctor-title">
      <h2 id="doctor-title">{t('doctor.title')}</h2>
      <button type="button" onClick={() => run(false)} disabled={working}>
        {t('doctor.run')}
      </button>
      <div role="status" aria-live="polite" data-testid="doctor-result">
        {working ? (
          <p>{t('doctor.working')}</p>
        ) : report ? (
          <>
            {report.repaired.map((line, i) => (
              <p key={`r${i}`}>{l(line)}</p>
            ))}
            {report.notRepaired.map((line, i) => (
              <p key={`n${i}`} className="field-warning">
                {l(line)}
              </p>
            ))}
            {report.problems.length === 0 ? (
              <p>{t('doctor.ok')}</p>
            ) : (
              <>
                <p>{report.ok ? t('doctor.ok') : t('doctor.problems')}</p>
                <ul>
                  {report.problems.map((p) => (
                    <li key={p.code} className={p.severity === 'error' ? 'field-error' : 'field-warning'}>
                      {t(p.severity === 'error' ? 'doctor.error' : 'doctor.warning')}: {l(p.message)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        ) : null}
      </div>
      {report?.problems.some((p) => p.repairable) && !working && (
        <button type="button" className="primary" onClick={() => run(true)}>
          {t('doctor.repair')}
        </button>
      )}
    </section>
  );
}

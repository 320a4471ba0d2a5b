import { useI18n } from '../i18n';

export interface ExportChoices {
  cropMarks: boolean;
  dielineName: 'Dieline' | 'CutContour';
  nUp: 'off' | 'A4' | 'A3';
  gapMm: number;
  printDate: string;
}

export const DEFAULT_CHOICES: ExportChoices = { cropMarks: true, dielineName: 'Dieline', nUp: 'off', gapMm: 4, printDate: '' };

/** A checkbox beside its label on one line (the app's form styles stack inputs otherwise). */
export function CheckRow({ checked, onChange, label }: { checked: boolean; onChange: (v: boolean) => void; label: string }) {
  return (
    <label style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} style={{ width: 'auto', margin: 0 }} />
      <span>{label}</span>
    </label>
  );
}

export function ExportOptions({ value, onChange, nUpOffered, hasDieline }: { value: ExportChoices; onChange: (v: ExportChoices) => void; nUpOffered: boolean; hasDieline: boolean }) {
  const { t } = useI18n();
  const set = <K extends keyof ExportChoices>(key: K, v: ExportChoices[K]) => onChange({ ...value, [key]: v });
  return (
    <fieldset style={{ border: '1px solid #ddd', borderRadius: 8, padding: '8px 12px' }}>
      <legend>{t('export.options')}</legend>
      <CheckRow checked={value.cropMarks} onChange={(v) => set('cropMarks', v)} label={t('export.cropMarks')} />
      <small style={{ display: 'block', color: '#666', marginLeft: 24 }}>{t('export.cropMarks.hint')}</small>
      {hasDieline && (
        <label style={{ display: 'block', marginTop: 6 }}>
          {t('export.dielineName')}{' '}
          <select value={value.dielineName} onChange={(e) => set('dielineName', e.target.value as ExportChoices['dielineName'])}>
            <option value="Dieline">{t('export.dieline.Dieline')}</option>
            <option value="CutContour">{t('export.dieline.CutContour')}</option>
          </select>
        </label>
      )}
      {nUpOffered && (
        <div style={{ marginTop: 6 }}>
          <label>
            {t('export.nUp')}{' '}
            <select value={value.nUp} onChange={(e) => set('nUp', e.target.value as ExportChoices['nUp'])}>
              <option value="off">{t('export.nUp.off')}</option>
              <option value="A4">A4</option>
              <option value="A3">A3</option>
            </select>
          </label>
          {value.nUp !== 'off' && (
            <label style={{ marginLeft: 12 }}>
              {t('export.nUp.gap')}{' '}
              <input type="number" min={0} max={20} step={0.5} value={value.gapMm} style={{ width: 64 }} onChange={(e) => set('gapMm', Math.max(0, Math.min(20, Number(e.target.value) || 0)))} />
            </label>
          )}
        </div>
      )}
      <label style={{ display: 'block', marginTop: 6 }}>
        {t('export.printDate')} <input type="date" value={value.printDate} onChange={(e) => set('printDate', e.target.value)} />
      </label>
    </fieldset>
  );
}

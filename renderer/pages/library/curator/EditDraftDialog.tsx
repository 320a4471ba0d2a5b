import { useState, type FormEvent, type ReactNode } from 'react';
import type { MotifDetail } from '../../../../model/api/library';
import type { Localized } from '../../../../model/localized';
import { USAGE_LABELS } from '../../../../model/motif/labels';
import { StudioError } from '../../../../model/localized';
import { useApi } from '../../../api/context';
import { useI18n, type MessageKey } from '../../../i18n';
import { UsageLabelOptions } from '../../../shell/UsageLabelOptions';
import { errorText } from '../../../shell/notify';
import { Dialog } from '../Dialog';
import { changesFromForm, fieldErrors, formFromRecord, type DraftForm, type FieldErrors } from './draftForm';

type TextKey = { [K in keyof DraftForm]: DraftForm[K] extends string ? K : never }[keyof DraftForm];

/**
 * The draft editor. Saving sends the version the form was opened at, so an edit made
 * meanwhile by someone else is refused instead of overwritten; the server's field
 * findings appear under the inputs they are about.
 */
export function EditDraftDialog({ detail, onSaved, onReload, onClose }: { detail: MotifDetail; onSaved: (d: MotifDetail) => void; onReload: () => void; onClose: () => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const record = detail.record;
  const [form, setForm] = useState<DraftForm>(() => formFromRecord(record));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [general, setGeneral] = useState<Localized[]>([]);
  const [stale, setStale] = useState(false);
  const [busy, setBusy] = useState(false);

  const set = <K extends keyof DraftForm>(key: K, value: DraftForm[K]) => setForm((f) => ({ ...f, [key]: value }));

  async function save(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setErrors({});
    setGeneral([]);
    setStale(false);
    try {
      const saved = await api.call('library.update', { id: record.id, expectedVersion: record.version, changes: changesFromForm(form, record) });
      onSaved(saved);
    } catch (err) {
      const code = err instanceof StudioError ? err.code : '';
      if (code === 'motif.invalid') {
        const found = fieldErrors((err as StudioError).details, errorText(err));
        setErrors(found.fields);
        setGeneral(found.rest.length ? found.rest : [errorText(err)]);
      } else {
        setStale(code === 'motif.stale');
        setGeneral([errorText(err)]);
      }
    } finally {
      setBusy(false);
    }
  }

  const text = (key: TextKey, label: MessageKey, multiline = false): ReactNode => (
    <label className={errors[key] ? 'has-error' : undefined}>
      {t(label)}
      {multiline ? (
        <textarea rows={2} value={form[key]} onChange={(e) => set(key, e.target.value)} aria-invalid={!!errors[key]} />
      ) : (
        <input value={form[key]} onChange={(e) => set(key, e.target.value)} aria-invalid={!!errors[key]} />
      )}
      {errors[key] && <span className="field-error">{l(errors[key])}</span>}
    </label>
  );

  const label = USAGE_LABELS[form.usageLabel];
  return (
    <Dialog title={t('edit.title', { name: record.names.zh })} onClose={onClose} wide>
      <form className="lib-form edit-form" onSubmit={save} noValidate>
        <p className="lib-intro">{t('edit.version', { v: record.version })}</p>
        <fieldset>
          <legend>{t('edit.names')}</legend>
          <div className="form-cols">
            {text('nameZh', 'edit.nameZh')}
            {text('nameEn', 'edit.nameEn')}
            {text('nameMiao', 'edit.nameMiao')}
            <label className={errors.craft ? 'has-error' : undefined}>
              {t('edit.craft')}
              <select value={form.craft} onChange={(e) => set('craft', e.target.value)}>
                {[...new Set(['embroidery', 'batik', 'silver', form.craft])].map((c) => (
                  <option key={c} value={c}>
                    {['embroidery', 'batik', 'silver'].includes(c) ? t(`craft.${c}` as MessageKey) : c}
                  </option>
                ))}
              </select>
              {errors.craft && <span className="field-error">{l(errors.craft)}</span>}
            </label>
            {text('techniques', 'edit.techniques')}
            {text('keywords', 'edit.keywords')}
          </div>
          <div className="form-cols">
            {text('summaryZh', 'edit.summaryZh', true)}
            {text('summaryEn', 'edit.summaryEn', true)}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('edit.origin')}</legend>
          <div className="form-cols">
            {text('community', 'edit.community')}
            {text('branch', 'edit.branch')}
            {text('county', 'edit.county')}
            {text('village', 'edit.village')}
            {text('documenter', 'edit.documenter')}
            {text('dateRecorded', 'edit.dateRecorded')}
            {text('sourceCollection', 'edit.sourceCollection')}
            <label className="check">
              <input type="checkbox" checked={form.locationSensitive} onChange={(e) => set('locationSensitive', e.target.checked)} />
              {t('edit.locationSensitive')}
            </label>
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('edit.meaning')}</legend>
          <div className="form-cols">
            {text('meaningZh', 'edit.meaningZh', true)}
            {text('meaningEn', 'edit.meaningEn', true)}
            {text('meaningZhSource', 'edit.meaningZhSource')}
            {text('meaningEnSource', 'edit.meaningEnSource')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('edit.consent')}</legend>
          <div className="form-cols">
            <label>
              {t('edit.consentStatus')}
              <select value={form.consentStatus} onChange={(e) => set('consentStatus', e.target.value as DraftForm['consentStatus'])}>
                <option value="not-verified">{t('consent.not-verified')}</option>
                <option value="verified">{t('consent.verified')}</option>
              </select>
            </label>
            {text('consentExpires', 'edit.consentExpires')}
          </div>
          {text('consentScope', 'edit.consentScope')}
        </fieldset>
        <fieldset>
          <legend>{t('edit.label')}</legend>
          <label className={errors.usageLabel ? 'has-error' : undefined}>
            {t('edit.label')}
            <select value={form.usageLabel} onChange={(e) => set('usageLabel', e.target.value as DraftForm['usageLabel'])} aria-describedby="edit-label-explanation">
              <UsageLabelOptions />
            </select>
          </label>
          <p id="edit-label-explanation" className="label-explanation">
            {l(label.explanation)}
          </p>
          <div className="form-cols">
            {text('creditZh', 'edit.creditZh')}
            {text('creditEn', 'edit.creditEn')}
            {text('minPrintMm', 'edit.minPrintMm')}
          </div>
          <p className="label-explanation">{t('edit.public.note')}</p>
          <div className="form-cols">
            {text('publicZh', 'edit.publicZh')}
            {text('publicEn', 'edit.publicEn')}
          </div>
        </fieldset>
        {general.map((g, i) => (
          <p key={i} className="field-error" role="alert">
            {l(g)}
          </p>
        ))}
        <div className="lib-form-actions">
          {stale && (
            <button type="button" onClick={onReload}>
              {t('edit.stale.reload')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('cur.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('edit.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

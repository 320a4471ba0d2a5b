import { useEffect, useState } from 'react';
import { MOTIF_STATUSES } from '../../../model/motif/schema';
import { USAGE_LABEL_IDS } from '../../../model/motif/labels';
import { USAGE_LABELS } from '../../../model/motif/labels';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';
import { craftKey, statusKey } from './names';

export interface FilterValues {
  craft: string;
  technique: string;
  region: string;
  label: string;
  status: string;
}

export const NO_FILTERS: FilterValues = { craft: '', technique: '', region: '', label: '', status: '' };

interface Facets {
  crafts: string[];
  techniques: string[];
  regions: string[];
}

/** The filter row: craft, technique, region, usage label, and status (curator view only). */
export function LibraryFilters({ value, onChange, curatorView, facetsKey }: { value: FilterValues; onChange: (v: FilterValues) => void; curatorView: boolean; facetsKey: number }) {
  const api = useApi();
  const notify = useNotifyError();
  const { t, l } = useI18n();
  const [facets, setFacets] = useState<Facets>({ crafts: [], techniques: [], regions: [] });
  useEffect(() => {
    api.call('library.facets', {}).then(setFacets, notify);
  }, [api, notify, facetsKey]);

  const set = (key: keyof FilterValues) => (e: React.ChangeEvent<HTMLSelectElement>) => onChange({ ...value, [key]: e.target.value });
  const any = <option value="">{t('lib.filter.any')}</option>;
  const active = Object.entries(value).some(([k, v]) => v && (k !== 'status' || curatorView));

  return (
    <div className="lib-filters" role="group" aria-label={t('lib.filters')}>
      <label>
        {t('lib.filter.craft')}
        <select value={value.craft} onChange={set('craft')}>
          {any}
          {facets.crafts.map((c) => {
            const key = craftKey(c);
            return (
              <option key={c} value={c}>
                {key ? t(key) : c}
              </option>
            );
          })}
        </select>
      </label>
      <label>
        {t('lib.filter.technique')}
        <select value={value.technique} onChange={set('technique')}>
          {any}
          {facets.techniques.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('lib.filter.region')}
        <select value={value.region} onChange={set('region')}>
          {any}
          {facets.regions.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('lib.filter.label')}
        <select value={value.label} onChange={set('label')}>
          {any}
          {USAGE_LABEL_IDS.filter((id) => curatorView || id !== 'secret-sacred').map((id) => (
            <option key={id} value={id}>
              {l(USAGE_LABELS[id].name)}
            </option>
          ))}
        </select>
      </label>
      {curatorView && (
        <label>
          {t('lib.filter.status')}
          <select value={value.status} onChange={set('status')}>
            {any}
            {MOTIF_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(statusKey(s))}
              </option>
            ))}
          </select>
        </label>
      )}
      {active && (
        <button type="button" className="lib-clear" onClick={() => onChange(NO_FILTERS)}>
          {t('lib.filter.clear')}
        </button>
      )}
    </div>
  );
}

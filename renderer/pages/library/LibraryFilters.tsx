import { useEffect, useState } from 'react';
import { MOTIF_STATUSES } from '../../../model/motif/schema';
import { USAGE_LABEL_IDS, USAGE_LABELS } from '../../../model/motif/labels';
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

  const active = Object.entries(value).some(([k, v]) => v && (k !== 'status' || curatorView));

  const field = (key: keyof FilterValues, label: string, options: { value: string; text: string }[]) => (
    <FilterSelect label={label} value={value[key]} anyText={t('lib.filter.any')} options={options} onChange={(v) => onChange({ ...value, [key]: v })} />
  );
  const plain = (values: string[]) => values.map((v) => ({ value: v, text: v }));
  return (
    <div className="lib-filters" role="group" aria-label={t('lib.filters')}>
      {field(
        'craft',
        t('lib.filter.craft'),
        facets.crafts.map((c) => {
          const key = craftKey(c);
          return { value: c, text: key ? t(key) : c };
        }),
      )}
      {field('technique', t('lib.filter.technique'), plain(facets.techniques))}
      {field('region', t('lib.filter.region'), plain(facets.regions))}
      {field(
        'label',
        t('lib.filter.label'),
        USAGE_LABEL_IDS.filter((id) => curatorView || id !== 'secret-sacred').map((id) => ({ value: id, text: l(USAGE_LABELS[id].name) })),
      )}
      {curatorView && field('status', t('lib.filter.status'), MOTIF_STATUSES.map((s) => ({ value: s, text: t(statusKey(s)) })))}
      {active && (
        <button type="button" className="lib-clear" onClick={() => onChange(NO_FILTERS)}>
          {t('lib.filter.clear')}
        </button>
      )}
    </div>
  );
}

/** One filter: a labelled select whose first option means "any". */
function FilterSelect(props: { label: string; value: string; anyText: string; options: { value: string; text: string }[]; onChange: (value: string) => void }) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)}>
        <option value="">{props.anyText}</option>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
    </label>
  );
}

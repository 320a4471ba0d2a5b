import { useEffect, useState } from 'react';
import type { CallOutput } from '../../../../model/api';
import { LABEL_EDITIONS } from '../../../../model/product/schema';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { errorText } from '../../../shell/notify';
import { Section, SelectField } from '../Fields';
import { useProductForm } from '../FormContext';

type Items = CallOutput<'products.labelItems'>;

/** Edition picker and the GB 7718 checklist for the saved product (products.labelItems). */
export function LabelSection({ saved, savedAt }: { saved: boolean; savedAt: string }) {
  const { t, l } = useI18n();
  const api = useApi();
  const form = useProductForm();
  const productId = form.draft.product.id;
  const edition = LABEL_EDITIONS.find((e) => e === form.draft.product.labelEdition);
  const [surface, setSurface] = useState('100');
  const [items, setItems] = useState<Items | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (!saved) return setItems(null);
    const cm2 = Number(surface);
    let live = true;
    api
      .call('products.labelItems', { productId, edition, largestSurfaceCm2: cm2 > 0 ? cm2 : undefined })
      .then((r) => live && (setItems(r), setProblem(null)))
      .catch((e) => live && (setItems(null), setProblem(l(errorText(e)))));
    return () => {
      live = false;
    };
  }, [api, productId, edition, surface, saved, savedAt, l]);

  return (
    <Section title="sec.label">
      <SelectField path="product.labelEdition" label="p.edition" options={LABEL_EDITIONS.map((e) => ({ value: e, label: `edition.${e}` as const }))} />
      <div className="prod-field">
        <label htmlFor="prod-surface">{t('label.surface')}</label>
        <input id="prod-surface" type="text" inputMode="decimal" value={surface} onChange={(e) => setSurface(e.target.value)} />
      </div>
      <div className="prod-field wide">
        <h3 className="prod-subhead">{t('label.items')}</h3>
        {!saved && <p className="prod-muted">{t('label.saveFirst')}</p>}
        {problem && <p className="field-warning">{problem}</p>}
        {items && !items.needsFoodLabel && <p className="prod-muted">{t('label.notFood')}</p>}
        {items && items.needsFoodLabel && (
          <ul className="prod-label-items" aria-label={t('label.items')}>
            {items.items.map((i) => (
              <li key={i.key}>☐ {l(i.label)}</li>
            ))}
          </ul>
        )}
      </div>
    </Section>
  );
}

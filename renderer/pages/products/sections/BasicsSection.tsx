import { NET_CONTENT_UNITS, PRODUCT_KINDS } from '../../../../model/product/schema';
import { SHELF_LIFE_UNITS } from '../../../../model/product/shelf-life';
import { useI18n } from '../../../i18n';
import { getAt } from '../draft';
import { Section, SelectField, TextField } from '../Fields';
import { useProductForm } from '../FormContext';

export function BasicsSection() {
  const { t } = useI18n();
  const form = useProductForm();
  const allergens = getAt(form.draft, 'product.allergens');
  return (
    <Section title="sec.basics">
      <TextField path="product.name.zh" label="p.name.zh" extra={["product.name"]} />
      <TextField path="product.name.en" label="p.name.en" />
      <SelectField path="product.kind" label="p.kind" options={PRODUCT_KINDS.map((k) => ({ value: k, label: `kind.${k}` as const }))} />
      <TextField path="product.specification" label="p.spec" placeholder="100 g/罐" />
      <TextField path="product.netContent.value" label="p.net.value" kind="number" extra={["product.netContent"]} />
      <SelectField path="product.netContent.unit" label="p.net.unit" options={NET_CONTENT_UNITS.map((u) => ({ value: u, label: `unit.${u}` as const }))} optional />
      <TextField path="product.ingredients" label="p.ingredients" kind="list" wide />
      <TextField path="product.allergens" label="p.allergens" kind="list" />
      <div className="prod-field">
        <label className="prod-check">
          <input
            type="checkbox"
            checked={Array.isArray(allergens) && allergens.length === 0}
            onChange={(e) => form.update('product.allergens', e.target.checked ? [] : undefined)}
          />
          {t('p.allergens.none')}
        </label>
      </div>
      <TextField path="product.storage" label="p.storage" wide />
      <TextField path="product.shelfLife.value" label="p.shelfLife" kind="number" extra={["product.shelfLife"]} />
      <SelectField path="product.shelfLife.unit" label="p.shelfLife.unit" options={SHELF_LIFE_UNITS.map((u) => ({ value: u, label: `shelf.${u}` as const }))} optional />
      <TextField path="product.productionLicence" label="p.sc" placeholder="SC11452263400010" />
      <TextField path="product.standardCode" label="p.standard" placeholder="GB/T 14456.1" />
      <TextField path="product.origin.county" label="p.county" />
      <TextField path="product.origin.village" label="p.village" />
    </Section>
  );
}

import { useI18n } from '../../../i18n';
import { newCooperative, type Draft } from '../draft';
import { Section, TextField } from '../Fields';
import { useProductForm } from '../FormContext';

/** Who makes the product; picking another cooperative moves the product to it. */
export function CooperativeSection({ cooperatives }: { cooperatives: Draft['cooperative'][] }) {
  const { t } = useI18n();
  const form = useProductForm();
  const current = form.draft.cooperative.id;
  const known = cooperatives.some((c) => c.id === current);
  const choose = (id: string) => {
    const coop = id === '' ? newCooperative() : cooperatives.find((c) => c.id === id);
    if (!coop) return;
    form.update('cooperative', coop);
    form.update('product.cooperativeId', coop.id);
  };
  return (
    <Section title="sec.coop">
      <div className="prod-field wide">
        <label htmlFor="prod-coop-pick">{t('coop.pick')}</label>
        <select id="prod-coop-pick" value={known ? current : ''} onChange={(e) => choose(e.target.value)}>
          {cooperatives.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name?.zh || c.id}
            </option>
          ))}
          <option value="">{known ? t('coop.new') : `${form.draft.cooperative.name?.zh || t('coop.new')}`}</option>
        </select>
      </div>
      <TextField path="cooperative.name.zh" label="coop.name.zh" />
      <TextField path="cooperative.name.en" label="coop.name.en" />
      <TextField path="cooperative.uscc" label="coop.uscc" placeholder="93522634MA6DEM0018" />
      <TextField path="cooperative.address" label="coop.address" wide />
      <TextField path="cooperative.contact.phone" label="coop.phone" placeholder="0855-1234567" extra={["cooperative.contact"]} />
      <TextField path="cooperative.contact.email" label="coop.email" />
      <TextField path="cooperative.contact.web" label="coop.web" placeholder="https://" />
    </Section>
  );
}

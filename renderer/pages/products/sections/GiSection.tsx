import { GI_SYSTEMS } from '../../../../model/product/schema';
import { useI18n } from '../../../i18n';
import { Section, SelectField, TextField } from '../Fields';
import { useProductForm } from '../FormContext';

export function GiSection() {
  const { t } = useI18n();
  const form = useProductForm();
  const gi = form.draft.product.gi;
  return (
    <Section title="sec.gi">
      <div className="prod-field wide">
        <label className="prod-check">
          <input
            type="checkbox"
            checked={gi !== undefined}
            onChange={(e) => form.update('product.gi', e.target.checked ? { system: 'pgi', name: '', approvalNo: '' } : undefined)}
          />
          {t('gi.has')}
        </label>
      </div>
      {gi !== undefined && (
        <>
          <SelectField path="product.gi.system" label="gi.system" options={GI_SYSTEMS.map((s) => ({ value: s, label: `gi.${s}` as const }))} />
          <TextField path="product.gi.name" label="gi.name" />
          <TextField path="product.gi.approvalNo" label="gi.approvalNo" placeholder="2014年第96号公告" />
          <TextField path="product.gi.protectedArea" label="gi.area" wide />
          <TextField path="product.gi.authorisation.announcementNo" label="gi.auth.no" placeholder="第475号公告" extra={["product.gi.authorisation"]} />
          <TextField path="product.gi.authorisation.date" label="gi.auth.date" kind="date" />
        </>
      )}
    </Section>
  );
}

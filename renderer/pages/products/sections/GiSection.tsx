import { GI_AUTHORISATIONS, GI_SYSTEMS, type GiSystem } from '../../../../model/product/schema';
import { useI18n } from '../../../i18n';
import { Section, SelectField, TextField } from '../Fields';
import { useProductForm } from '../FormContext';
import { AssetUploadField } from './AssetUploadField';

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
          <SelectField
            path="product.gi.authorisation.kind"
            label="gi.auth.kind"
            options={(GI_AUTHORISATIONS[gi.system as GiSystem] ?? GI_AUTHORISATIONS.pgi).map((k) => ({ value: k, label: `gi.auth.${k}` as const }))}
            optional
          />
          <TextField path="product.gi.authorisation.announcementNo" label="gi.auth.no" placeholder={gi.system === 'pgi' ? '第475号公告' : gi.system === 'agi' ? '授权协议 2023-17' : '许可备案 2024-001'} extra={["product.gi.authorisation"]} />
          <TextField path="product.gi.authorisation.date" label="gi.auth.date" kind="date" />
          <MarkField />
        </>
      )}
    </Section>
  );
}

/** The official GI mark artwork goes through the studio's intake like a photo; the product keeps its hash. */
function MarkField() {
  return <AssetUploadField path="product.gi.markAssetId" label="gi.mark" storedLabel="gi.mark.stored" accept=".png,.jpg,.jpeg,image/png,image/jpeg" purpose="photo" />;
}

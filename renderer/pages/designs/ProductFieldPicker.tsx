import { PLACEHOLDERS } from '../../../model/product/placeholders';
import { useI18n } from '../../i18n';

/**
 * Inserts a product fact into a text as {{key}}: the text then fills itself from the
 * linked product (on the canvas and in the PDF) and follows later changes to the facts.
 */
export function ProductFieldPicker({ disabled, onInsert }: { disabled: boolean; onInsert: (token: string) => void }) {
  const { t, l } = useI18n();
  return (
    <label>
      <span>{t('prop.insertField')}</span>
      <select
        value=""
        disabled={disabled}
        onChange={(e) => {
          if (e.target.value) onInsert(`{{${e.target.value}}}`);
        }}
      >
        <option value="">{t('prop.insertField.choose')}</option>
        {Object.entries(PLACEHOLDERS).map(([key, def]) => (
          <option key={key} value={key}>
            {l(def.label)}
          </option>
        ))}
      </select>
    </label>
  );
}

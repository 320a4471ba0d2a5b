import { USAGE_LABEL_IDS, USAGE_LABELS } from '../../model/motif/labels';
import { useI18n } from '../i18n';

/** The usage labels as <option>s, in the label model's order and the UI's language: one list for every label picker (curator's draft editor, hub review). */
export function UsageLabelOptions() {
  const { l } = useI18n();
  return (
    <>
      {USAGE_LABEL_IDS.map((id) => (
        <option key={id} value={id}>
          {l(USAGE_LABELS[id].name)}
        </option>
      ))}
    </>
  );
}

import type { Command } from '../../../model/design/commands/apply';
import type { Design } from '../../../model/design/schema';
import { templateRegistry } from '../../../model/templates';
import { useI18n } from '../../i18n';
import { NumberField } from './fields';

/**
 * The box or label size of the open design, shown when nothing is selected. Changing a
 * size is one set-template-params command: the die line is rebuilt and every element
 * follows its panel (backgrounds and patterns keep filling theirs).
 */
export function TemplateSize({ doc, run }: { doc: Design; run: (c: Command | Command[], label?: string) => void }) {
  const { t, l, lang } = useI18n();
  const entry = templateRegistry[doc.template.kind];
  if (!entry) return null;
  const params = { ...entry.defaults, ...doc.template.params };
  const mm = Object.entries(entry.fields).filter(([, f]) => f.type === 'mm');
  return (
    <fieldset className="prop-set">
      <legend>
        {t('size.title')} · {l(entry.name)}
      </legend>
      <p className="small muted">{t('size.hint')}</p>
      <div className="prop-grid">
        {mm.slice(0, 3).map(([key, f]) =>
          f.type === 'mm' ? (
            <NumberField
              key={key}
              label={lang === 'en' ? f.en : f.zh}
              value={Number(params[key])}
              min={f.min}
              max={f.max}
              onCommit={(v) => run({ type: 'set-template-params', params: { ...doc.template.params, [key]: v } }, '尺寸 size')}
            />
          ) : null,
        )}
      </div>
    </fieldset>
  );
}

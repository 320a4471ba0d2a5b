import type { BrandColour } from '../../../model/brand/schema';
import { cmykToCss, totalInk } from '../../../model/color';
import { useI18n } from '../../i18n';

const INKS = ['c', 'm', 'y', 'k'] as const;
const INK_NAMES = { c: 'C', m: 'M', y: 'Y', k: 'K' };

/** Named CMYK colours with a screen swatch and the total ink a printer will care about. */
export function PaletteEditor({ palette, onChange }: { palette: BrandColour[]; onChange: (next: BrandColour[]) => void }) {
  const { t } = useI18n();
  const update = (index: number, patch: Partial<BrandColour>) => onChange(palette.map((c, i) => (i === index ? { ...c, ...patch } : c)));
  return (
    <fieldset className="palette-editor">
      <legend>{t('brand.palette')}</legend>
      {palette.map((colour, index) => {
        const ink = Math.round(totalInk(colour.cmyk));
        return (
          <div className="palette-row" key={index}>
            <span className="swatch" aria-hidden="true" style={{ background: cmykToCss(colour.cmyk) }} />
            <label>
              {t('brand.palette.name')}
              <input value={colour.name} onChange={(e) => update(index, { name: e.target.value })} />
            </label>
            {INKS.map((ink) => (
              <label key={ink} className="ink">
                {INK_NAMES[ink]}
                <input
                  type="number"
                  min={0}
                  max={100}
                  aria-label={`${colour.name} ${INK_NAMES[ink]}`}
                  value={colour.cmyk[ink]}
                  onChange={(e) => update(index, { cmyk: { ...colour.cmyk, [ink]: Math.max(0, Math.min(100, Number(e.target.value) || 0)) } })}
                />
              </label>
            ))}
            <label>
              {t('brand.palette.spot')}
              <input value={colour.spot ?? ''} onChange={(e) => update(index, { spot: e.target.value.trim() ? e.target.value : undefined })} />
            </label>
            <span className={ink > 300 ? 'field-warning' : 'ink-total'}>{t(ink > 300 ? 'brand.palette.inkHigh' : 'brand.palette.ink', { ink })}</span>
            <button type="button" aria-label={t('brand.palette.remove', { name: colour.name })} onClick={() => onChange(palette.filter((_, i) => i !== index))}>
              ✕
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...palette, { name: `#${palette.length + 1}`, cmyk: { c: 0, m: 0, y: 0, k: 100 } }])}>
        {t('brand.palette.add')}
      </button>
    </fieldset>
  );
}

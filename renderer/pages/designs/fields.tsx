import { memo, useState } from 'react';
import type { ColourRef } from '../../../model/design/schema';
import { useI18n } from '../../i18n';

/**
 * A number field that commits once, on Enter or when leaving the field, so typing "12.5"
 * is one undo step rather than four; a value that is not a number is refused in place.
 */
interface NumberFieldProps {
  label: string;
  value: number;
  onCommit: (v: number) => void;
  min?: number;
  max?: number;
  step?: number;
  disabled?: boolean;
  digits?: number;
}

/** Memoised: a nudge re-renders the field whose value moved (given stable handlers), not every field. */
export const NumberField = memo(function NumberField(props: NumberFieldProps) {
  const { t } = useI18n();
  const shown = round(props.value, props.digits ?? 2);
  // what the user is typing, for the value it was typed over: a new value from outside (a
  // nudge, an undo) shows at once and drops the draft, in the same render (no effect and no
  // second render for every nudge)
  const [draft, setDraft] = useState<{ text: string; over: number; bad: boolean } | null>(null);
  const live = draft && draft.over === shown ? draft : null;
  const text = live ? live.text : String(shown);
  const bad = live?.bad ?? false;
  const commit = () => {
    const v = Number(text.replace(',', '.'));
    if (text.trim() === '' || !Number.isFinite(v) || (props.min !== undefined && v < props.min) || (props.max !== undefined && v > props.max)) {
      setDraft({ text, over: shown, bad: true });
      return;
    }
    setDraft(null);
    if (v !== shown) props.onCommit(v);
  };
  return (
    <label className={bad ? 'num-field has-error' : 'num-field'}>
      <span>{props.label}</span>
      <input
        type="number"
        inputMode="decimal"
        value={text}
        step={props.step ?? 1}
        min={props.min}
        max={props.max}
        disabled={props.disabled}
        aria-invalid={bad}
        onChange={(e) => setDraft({ text: e.target.value, over: shown, bad: false })}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {bad && <span className="field-error">{t('prop.bad.number')}</span>}
    </label>
  );
});

function round(v: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(v * k) / k;
}

export interface PaletteColour {
  name: string;
  css: string;
}

/** A colour as a brand colour (by name, so brand changes follow) or a custom CMYK. */
/** Memoised like NumberField. */
export const ColourField = memo(function ColourField(props: {
  label: string;
  value: ColourRef | undefined;
  palette: PaletteColour[];
  allowNone?: boolean;
  allowOriginal?: boolean;
  onChange: (v: ColourRef | undefined) => void;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const onChange = props.onChange;
  const v = props.value;
  const mode = !v ? 'none' : 'brand' in v ? `brand:${v.brand}` : 'cmyk' in v ? 'cmyk' : 'spot';
  const cmyk = v && 'cmyk' in v ? v.cmyk : { c: 0, m: 0, y: 0, k: 100 };
  const swatch = v && 'brand' in v ? props.palette.find((p) => p.name === v.brand)?.css : undefined;
  return (
    <div className="colour-field">
      <label>
        <span>
          {props.label}
          {swatch && <span className="swatch" style={{ background: swatch }} aria-hidden />}
        </span>
        <select
          value={mode}
          disabled={props.disabled}
          onChange={(e) => {
            const m = e.target.value;
            if (m === 'none') onChange(undefined);
            else if (m === 'cmyk') onChange({ cmyk });
            else if (m.startsWith('brand:')) onChange({ brand: m.slice(6) });
          }}
        >
          {(props.allowNone || props.allowOriginal) && <option value="none">{t(props.allowOriginal ? 'prop.original' : 'prop.none.colour')}</option>}
          {props.palette.map((p) => (
            <option key={p.name} value={`brand:${p.name}`}>
              {p.name}
            </option>
          ))}
          <option value="cmyk">{t('prop.cmyk')}</option>
          {mode === 'spot' && <option value="spot">{v && 'spot' in v ? v.spot.name : ''}</option>}
        </select>
      </label>
      {mode === 'cmyk' && (
        <div className="cmyk-row">
          {(['c', 'm', 'y', 'k'] as const).map((ch) => (
            <NumberField key={ch} label={ch.toUpperCase()} value={cmyk[ch]} min={0} max={100} digits={0} disabled={props.disabled} onCommit={(n) => onChange({ cmyk: { ...cmyk, [ch]: n } })} />
          ))}
        </div>
      )}
    </div>
  );
});

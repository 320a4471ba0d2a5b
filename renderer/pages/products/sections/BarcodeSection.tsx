import { useMemo } from 'react';
import { ean13Bars } from '../../../../model/barcode/ean13';
import { useI18n } from '../../../i18n';
import { Section, TextField } from '../Fields';
import { useProductForm } from '../FormContext';

/** EAN-13 with a live vector preview: the very bar geometry the PDF will draw. */
export function BarcodeSection() {
  const { t } = useI18n();
  const form = useProductForm();
  const code = typeof form.draft.product.ean13 === 'string' ? form.draft.product.ean13 : '';
  const geom = useMemo(() => {
    if (!/^\d{13}$/.test(code)) return null;
    try {
      return ean13Bars(code);
    } catch {
      return null; // the finding under the field says what is wrong
    }
  }, [code]);
  return (
    <Section title="sec.barcode">
      <TextField path="product.ean13" label="p.ean13" placeholder="6901234567892" />
      <div className="prod-preview">
        {geom ? (
          <svg role="img" aria-label={t('barcode.preview', { code })} viewBox={`0 0 ${geom.widthMm} ${geom.heightMm}`} width={geom.widthMm * 5} height={geom.heightMm * 5}>
            <rect x={0} y={0} width={geom.widthMm} height={geom.heightMm} fill="#fff" />
            {geom.bars.map((b, i) => (
              <rect key={i} x={b.x} y={0} width={b.width} height={b.height} fill="#000" />
            ))}
            {geom.digits.map((d, i) => (
              <text key={i} x={d.centerX} y={d.baselineY} fontSize={geom.digitHeightMm} textAnchor="middle" fontFamily="monospace">
                {d.char}
              </text>
            ))}
          </svg>
        ) : (
          <p className="prod-muted">{t('barcode.invalid')}</p>
        )}
      </div>
    </Section>
  );
}

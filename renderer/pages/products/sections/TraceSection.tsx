import { useMemo } from 'react';
import { gs1DigitalLink } from '../../../../model/barcode/digital-link';
import { qrModules } from '../../../../model/barcode/qr';
import { useI18n } from '../../../i18n';
import { Section, TextField } from '../Fields';
import { useProductForm } from '../FormContext';

const QUIET = 4;

/** Batch, traceability address and the GS1 Digital Link QR, previewed as it will print. */
export function TraceSection() {
  const { t } = useI18n();
  const form = useProductForm();
  const p = form.draft.product;
  const link = useMemo(() => {
    if (typeof p.ean13 !== 'string' || typeof p.digitalLinkDomain !== 'string') return null;
    try {
      const url = gs1DigitalLink({ domain: p.digitalLinkDomain, gtin: p.ean13, batch: typeof p.batch === 'string' && p.batch ? p.batch : undefined });
      return { url, modules: qrModules(url) };
    } catch {
      return null; // findings under the fields say why
    }
  }, [p.ean13, p.digitalLinkDomain, p.batch]);
  return (
    <Section title="sec.trace">
      <TextField path="product.batch" label="p.batch" placeholder="LS2026A" />
      <TextField path="product.traceUrl" label="p.traceUrl" placeholder="https://trace.example.cn/p/123" />
      <TextField path="product.digitalLinkDomain" label="p.dlDomain" placeholder="id.gs1.org" />
      <div className="prod-preview wide">
        {link ? (
          <figure className="prod-qr">
            <svg role="img" aria-label={t('qr.preview', { url: link.url })} viewBox={`0 0 ${link.modules.length + 2 * QUIET} ${link.modules.length + 2 * QUIET}`} width={180} height={180} shapeRendering="crispEdges">
              <rect width="100%" height="100%" fill="#fff" />
              <path d={modulesPath(link.modules)} fill="#000" />
            </svg>
            <figcaption>{link.url}</figcaption>
          </figure>
        ) : (
          <p className="prod-muted">{t('qr.none')}</p>
        )}
      </div>
    </Section>
  );
}

/** One path of unit squares: thousands of <rect>s would slow the form down on old PCs. */
function modulesPath(modules: boolean[][]): string {
  let d = '';
  modules.forEach((row, y) => row.forEach((dark, x) => dark && (d += `M${x + QUIET} ${y + QUIET}h1v1h-1z`)));
  return d;
}

/**
 * The barcode on the pack is the product's. A barcode element with its own GTIN, or a QR code
 * carrying a GTIN (GS1 Digital Link ".../01/{gtin}", or a GS1 element string "(01)…"), must
 * carry the linked product's GTIN; compared as GTIN-14 so 13- and 14-digit forms agree.
 * A barcode left empty follows the product (the scene builder fills it in).
 */
import { toGtin14 } from '../../barcode/digital-link';
import { gtinCheckDigitOk } from '../../design/schema';
import { finding, type Finding, type RuleContext } from '../types';

/** The GTIN a QR code's content carries, if any. */
export function gtinInQrContent(content: string): string | undefined {
  const link = /^[a-z][a-z0-9+.-]*:\/\/[^?#]*?\/01\/(\d{8,14})(?=[/?#]|$)/i.exec(content.trim());
  const element = /^(?:\]Q3|\]d2)?\(?01\)?(\d{14})/.exec(content.trim());
  const gtin = link?.[1] ?? element?.[1];
  return gtin && gtinCheckDigitOk(gtin) ? gtin : undefined;
}

/** GTIN-14 form, or the input unchanged when it is not a valid GTIN (the product check reports that). */
const gtin14 = (g: string) => {
  try {
    return toGtin14(g);
  } catch {
    return g;
  }
};

export function barcodeMatchRule(ctx: RuleContext): Finding[] {
  const product = ctx.product?.product;
  if (!product) return [];
  const out: Finding[] = [];
  const gtin = product.ean13;
  for (const el of ctx.design.elements) {
    if (el.hidden) continue;
    const printed = el.kind === 'barcode' ? (el.gtin === '' ? undefined : el.gtin) : el.kind === 'qr' ? gtinInQrContent(el.content) : undefined;
    if (printed === undefined) continue;
    const what = el.kind === 'barcode' ? { zh: '条码', en: 'barcode' } : { zh: '二维码', en: 'QR code' };
    if (!gtin) {
      out.push(finding('warning', 'barcode.product-without-gtin', ctx.whereOf(el.id),
        { zh: `${what.zh}“${el.name}”印的是 ${printed}，但产品资料里没有商品条码号，无法核对它是不是这个产品的。`, en: `The ${what.en} "${el.name}" prints ${printed}, but the product facts have no GTIN, so it cannot be checked against the product.` },
        { zh: '请在产品资料里填写商品条码号，并让条码跟随产品。', en: 'Enter the GTIN in the product facts and let the barcode follow the product.' }));
      continue;
    }
    if (gtin14(printed) === gtin14(gtin)) continue;
    out.push(finding('error', el.kind === 'barcode' ? 'barcode.not-product' : 'qr.gtin-not-product', ctx.whereOf(el.id),
      { zh: `${what.zh}“${el.name}”印的商品条码是 ${printed}，而产品“${product.name.zh}”登记的是 ${gtin}。扫码会得到别的商品。`, en: `The ${what.en} "${el.name}" carries GTIN ${printed}, but the product "${product.name.en ?? product.name.zh}" is registered with ${gtin}. Scanning it would find another item.` },
      el.kind === 'barcode'
        ? { zh: '请清空条码上的号码，让它跟随产品的商品条码；或更正产品资料。', en: "Clear the number on the barcode so it follows the product's GTIN, or correct the product facts." }
        : { zh: `请把二维码内容改为产品的数字链接（/01/${toGtin14(gtin)}）。`, en: `Change the QR content to the product's Digital Link (/01/${gtin14(gtin)}).` }));
  }
  return out;
}

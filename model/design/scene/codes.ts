/** QR codes and EAN-13 barcodes as vector nodes, via model/barcode. */
import { issue, StudioError } from '../../localized';
import { ean13Bars, ean13PathNode, ean13TextNode } from '../../barcode/ean13';
import { qrModules, qrToPath } from '../../barcode/qr';
import type { SceneNode } from '../../scene';
import { DEFAULT_FONT_ID, type BarcodeElement, type QrElement } from '../schema';
import { KEY_BLACK } from './colour';
import type { BuildContext } from './types';

function report(ctx: BuildContext, elementId: string, err: unknown): void {
  if (!(err instanceof StudioError)) throw err;
  ctx.issues.push({ field: `elements.${elementId}`, code: err.code, severity: 'error', message: err.localized });
}

/** The symbol, quiet zone included, as the largest square that fits the box, centred. */
export function qrNodes(el: QrElement, ctx: BuildContext): SceneNode[] {
  const { width, height } = el.transform;
  const size = Math.min(width, height);
  try {
    const d = qrToPath(qrModules(el.content, el.ecLevel), size);
    const dx = (width - size) / 2;
    const dy = (height - size) / 2;
    return [{ type: 'group', transform: [1, 0, 0, 1, dx, dy], children: [{ type: 'path', d, fill: KEY_BLACK, fillRule: 'nonzero', elementId: el.id }] }];
  } catch (err) {
    report(ctx, el.id, err);
    return [];
  }
}

/**
 * Bars and digits at the true size for the magnification (scaling the box would change
 * the module width scanners rely on), placed at the box's top-left corner.
 */
export function barcodeNodes(el: BarcodeElement, ctx: BuildContext): SceneNode[] {
  const gtin = el.gtin !== '' ? el.gtin : (ctx.productGtin ?? '');
  if (gtin === '') {
    ctx.issues.push(
      issue(`elements.${el.id}.gtin`, 'barcode-gtin-missing', 'error',
        '条码还没有商品条码号（GTIN）。请在产品资料里填写 13 位条码号，或直接在条码上填写。',
        'The barcode has no GTIN yet. Enter the 13-digit GTIN in the product details, or on the barcode itself.'),
    );
    return [];
  }
  // a GTIN-12 (UPC-A) prints as the EAN-13 symbol of the same number with a leading zero
  const ean = gtin.length === 12 ? `0${gtin}` : gtin;
  if (ean.length !== 13) {
    ctx.issues.push(
      issue(`elements.${el.id}.gtin`, 'barcode-kind-unsupported', 'error',
        `暂时只能印 EAN-13 条码，${gtin.length} 位的条码号（${gtin}）还不支持。请使用 13 位条码号。`,
        `Only EAN-13 barcodes can be printed for now; a ${gtin.length}-digit GTIN (${gtin}) is not supported yet. Use a 13-digit GTIN.`),
    );
    return [];
  }
  try {
    const geom = ean13Bars(ean, { magnification: el.magnification });
    return [
      ean13PathNode(geom, 0, 0, KEY_BLACK, el.id),
      ean13TextNode(geom, ctx.barcodeFontId ?? DEFAULT_FONT_ID, 0, 0, { elementId: el.id }),
    ];
  } catch (err) {
    report(ctx, el.id, err);
    return [];
  }
}

/** What the findings call each kind of content, in a sentence ("the QR code", "二维码"). */
import type { Element } from '../design/schema';
import type { Localized } from '../localized';

export const KIND_NAMES: Partial<Record<Element['kind'], Localized>> = {
  text: { zh: '文字', en: 'text' },
  motif: { zh: '纹样', en: 'motif' },
  image: { zh: '照片', en: 'photo' },
  qr: { zh: '二维码', en: 'QR code' },
  barcode: { zh: '条码', en: 'barcode' },
  'nutrition-table': { zh: '营养成分表', en: 'nutrition table' },
};

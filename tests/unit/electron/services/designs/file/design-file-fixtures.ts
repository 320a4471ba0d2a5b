/** Two real studios (real SQLite files in temp folders) and a design worth carrying between them. */
import sharp from 'sharp';
import { createDispatcher, type Dispatch } from '../../../../../../electron/api/dispatch';
import { createHandlers } from '../../../../../../electron/api/handlers';
import { openStudio, type StudioContext, type StudioOptions } from '../../../../../../electron/services/studio';
import { call } from '../../../../../helpers/studio';
import { makeTempDir } from '../../../../../helpers/temp-dir';

export interface Studio {
  studio: StudioContext;
  dispatch: Dispatch;
  dataDir: string;
  cleanup: () => void;
}

export async function studioAt(options: Partial<StudioOptions> = {}): Promise<Studio> {
  const { dir, cleanup } = makeTempDir('jinxiu-design-file-');
  const studio = await openStudio({ dataDir: dir, runtime: 'cli', ...options });
  return {
    studio,
    dataDir: dir,
    dispatch: createDispatcher(createHandlers(studio), (line) => console.error(line)),
    cleanup: () => {
      studio.close();
      cleanup();
    },
  };
}

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><path d="M10 90 L50 10 L90 90 Z" fill="#b0302a"/><circle cx="50" cy="62" r="14" fill="#1f2a5a"/></svg>';

/** A photo with real detail (a gradient and a disc), 800 x 600 px: enough for 40 mm at 300 dpi. */
export async function photoJpeg(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600"><defs><linearGradient id="g"><stop offset="0" stop-color="#c0392b"/><stop offset="1" stop-color="#f1c40f"/></linearGradient></defs><rect width="800" height="600" fill="url(#g)"/><circle cx="400" cy="300" r="180" fill="#1f3a68"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 90 }).toBuffer();
}

/**
 * The sample jar label (a food product: GB 7718 facts filled from the product), plus a photo,
 * the cooperative's own artwork (a motif the receiving library does not have) with its credit
 * line printed, and a brand kit with a logo. Returns the design id and the own motif's id.
 */
export async function richDesign(a: Studio): Promise<{ designId: string; ownMotifId: string; photoId: string; kitId: string }> {
  const own = await call(a.dispatch, 'library.addOwnArtwork', {
    file: { name: 'coop-logo.svg', base64: Buffer.from(LOGO).toString('base64') },
    names: { zh: '合作社标志', en: 'Cooperative logo' },
    cooperativeId: 'coop-kaili-sample',
    cooperativeName: '凯里市红酸汤农民专业合作社（示例）',
    maker: '杨阿花',
    makerConsent: { date: '2026-03-01', statement: '我同意合作社在自己的产品和包装上使用这个设计。' },
  });
  const ownMotifId: string = own.id;
  const detail = await call(a.dispatch, 'library.get', { id: ownMotifId });
  const credit: { zh: string; en: string } = detail.rules.credit;
  const photo = await call(a.dispatch, 'assets.upload', { name: '酸汤照片.jpg', base64: (await photoJpeg()).toString('base64'), purpose: 'photo' });
  const kit = (await call(a.dispatch, 'brand.list', {}))[0];
  await call(a.dispatch, 'brand.uploadLogo', { kitId: kit.id, name: 'logo.svg', base64: Buffer.from(LOGO).toString('base64') });
  const design = await call(a.dispatch, 'designs.createFromSample', { sample: 'jar-label-sour-soup' });
  design.brandKitId = kit.id;
  const base = { page: 'front', panelId: 'label', opacity: 1, locked: false, hidden: false };
  design.elements.push(
    { ...base, id: 'photo', kind: 'image', name: '酸汤照片', assetId: photo.assetId, pixelWidth: photo.pixelWidth, pixelHeight: photo.pixelHeight, transform: { x: 150, y: 10, width: 40, height: 30, rotation: 0 } },
    { ...base, id: 'own-logo', kind: 'motif', name: '合作社标志', motifId: ownMotifId, colourMap: {}, transform: { x: 40, y: 12, width: 12, height: 12, rotation: 0 } },
  );
  design.elements.push({ ...base, id: 'own-credit', kind: 'text', name: 'own credit', text: credit.zh, fontId: 'lxgw-wenkai-regular', sizePt: 6, lineHeight: 1.2, align: 'start', direction: 'horizontal', colour: { cmyk: { c: 0, m: 0, y: 0, k: 100 } }, transform: { x: 60, y: 40, width: 120, height: 6, rotation: 0 } });
  design.credits.lines.push({ motifId: ownMotifId, text: credit });
  await call(a.dispatch, 'designs.save', { design, reason: 'explicit' });
  return { designId: design.id, ownMotifId, photoId: photo.assetId, kitId: kit.id };
}

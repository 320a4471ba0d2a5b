import { issue, type Issue } from '../../localized';
import type { Cmyk, PrintColor } from '../../scene';
import type { ColourRef } from '../schema';

const BLACK: PrintColor = { kind: 'cmyk', c: 0, m: 0, y: 0, k: 100 };

/** Screen/proof stand-ins for metallic inks on presses that lack them. */
export const DEFAULT_SPOT_ALTERNATES: Record<string, Cmyk> = {
  Silver: { c: 0, m: 0, y: 0, k: 35 },
  Gold: { c: 0, m: 20, y: 60, k: 20 },
};

export interface ColourEnv {
  brandColours: Record<string, PrintColor>;
  spotAlternates?: Record<string, Cmyk>;
  issues: Issue[];
}

/** Resolves a stored colour to the print colour the scene paints with. */
export function resolveColour(ref: ColourRef, env: ColourEnv, field: string): PrintColor {
  if ('cmyk' in ref) return { kind: 'cmyk', ...ref.cmyk };
  if ('spot' in ref) {
    const { name, tint, alternate } = ref.spot;
    const alt = alternate ?? env.spotAlternates?.[name] ?? DEFAULT_SPOT_ALTERNATES[name];
    if (!alt) {
      env.issues.push(
        issue(field, 'spot-alternate-missing', 'warning',
          `专色“${name}”没有替代色，屏幕预览和没有这种油墨的印刷机会按 40% 黑显示。请在品牌色中为它设置 CMYK 替代色。`,
          `Spot colour "${name}" has no alternate; screen preview and presses without this ink will show 40% black. Set a CMYK alternate for it in the brand kit.`),
      );
    }
    return { kind: 'spot', name, tint, alternate: alt ?? { c: 0, m: 0, y: 0, k: 40 } };
  }
  const brand = env.brandColours[ref.brand];
  if (brand) return brand;
  env.issues.push(
    issue(field, 'brand-colour-missing', 'warning',
      `品牌色“${ref.brand}”在品牌套件里找不到，暂时用黑色。请在品牌套件中添加这个颜色，或换一个颜色。`,
      `Brand colour "${ref.brand}" is not in the brand kit, so black is used for now. Add the colour to the brand kit or pick another colour.`),
  );
  return BLACK;
}

export const KEY_BLACK = BLACK;

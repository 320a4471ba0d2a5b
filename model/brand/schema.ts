import { z } from 'zod';

const percent = z.number().min(0).max(100);
export const brandCmykSchema = z.object({ c: percent, m: percent, y: percent, k: percent });

/** A named colour of the cooperative's brand: CMYK for print, optionally a spot ink. */
export const brandColourSchema = z.object({
  name: z.string().trim().min(1).max(40),
  cmyk: brandCmykSchema,
  /** spot ink name (e.g. "Silver"); the CMYK is then its alternate */
  spot: z.string().trim().min(1).max(40).optional(),
});
export type BrandColour = z.infer<typeof brandColourSchema>;

/**
 * A cooperative's brand kit. Designs refer to its colours by name, so changing a colour
 * here changes every design that uses it.
 */
export const brandKitSchema = z.object({
  id: z.string().min(1),
  name: z.object({ zh: z.string().trim().min(1).max(80), en: z.string().max(80) }),
  cooperativeId: z.string().optional(),
  /** logo artwork in the file store (sanitized SVG or PNG), by sha256 */
  logo: z.object({ assetId: z.string().regex(/^[0-9a-f]{64}$/), kind: z.enum(['svg', 'png']) }).optional(),
  palette: z.array(brandColourSchema).max(24),
  fonts: z.object({ title: z.string().min(1), body: z.string().min(1) }),
  story: z.object({ zh: z.string().max(4000), en: z.string().max(4000) }),
  contact: z.string().max(400),
  creditLine: z.object({ zh: z.string().max(400), en: z.string().max(400) }),
  updatedAt: z.string(),
});
export type BrandKit = z.infer<typeof brandKitSchema>;

/**
 * Product facts a cooperative enters once and every label, card and QR code reuses.
 *
 * The zod schemas check *shape* only (types, enums, required fields). Identifier formats
 * (EAN-13, USCC, SC, GF, organic codes, dates) are checked by model/product/validators so that
 * each finding can say in plain words what is wrong and show a valid example — and so that
 * "unverified" rules can be warnings instead of hard parse failures.
 */
import { z } from 'zod';
import { NutritionSchema } from './nutrition';
import { ShelfLifeSchema } from './shelf-life';

export const LocalizedNameSchema = z.object({
  zh: z.string().min(1),
  en: z.string().optional(),
});

export const CooperativeSchema = z.object({
  id: z.string().min(1),
  name: LocalizedNameSchema,
  /** 统一社会信用代码, 18 characters */
  uscc: z.string(),
  address: z.string().min(1),
  contact: z.object({
    phone: z.string().optional(),
    email: z.string().optional(),
    web: z.string().optional(),
  }),
  brandKitId: z.string().optional(),
});
export type Cooperative = z.infer<typeof CooperativeSchema>;

export const PRODUCT_KINDS = ['food', 'tea', 'craft', 'silver', 'other'] as const;
export type ProductKind = (typeof PRODUCT_KINDS)[number];
/** Kinds that are prepackaged food and therefore need a GB 7718 label. */
export const FOOD_KINDS: readonly ProductKind[] = ['food', 'tea'];

export const NET_CONTENT_UNITS = ['g', 'kg', 'mL', 'L', 'pcs'] as const;
export const NetContentSchema = z.object({
  value: z.number().positive(),
  unit: z.enum(NET_CONTENT_UNITS),
});
export type NetContent = z.infer<typeof NetContentSchema>;

export const LABEL_EDITIONS = ['GB7718-2011', 'GB7718-2025'] as const;
export type LabelEdition = (typeof LABEL_EDITIONS)[number];

/** ISO calendar date as stored: YYYY-MM-DD (label display formats are separate). */
const IsoDate = z.string();

export const GI_SYSTEMS = ['pgi', 'gi-trademark', 'agi'] as const;
export type GiSystem = (typeof GI_SYSTEMS)[number];

export const GI_AUTHORISATION_KINDS = ['announcement', 'licence', 'membership', 'agi-user'] as const;
export type GiAuthorisationKind = (typeof GI_AUTHORISATION_KINDS)[number];

/** Which authorisations each system knows (the first is the default). */
export const GI_AUTHORISATIONS: Record<GiSystem, readonly GiAuthorisationKind[]> = {
  pgi: ['announcement'],
  'gi-trademark': ['licence', 'membership'],
  agi: ['agi-user'],
};

export const GiSchema = z.object({
  /** pgi = 地理标志保护产品, gi-trademark = 地理标志证明/集体商标, agi = 农产品地理标志 */
  system: z.enum(GI_SYSTEMS),
  name: z.string().min(1),
  /** pgi: approval announcement ("2014年第96号公告" / "第475号公告"); gi-trademark: registration no.; agi: AGIxxxxx */
  approvalNo: z.string().min(1),
  protectedArea: z.string().optional(),
  /**
   * what entitles *this cooperative* to the GI and its special mark, per system: pgi — the
   * approval announcement ("第475号公告"); gi-trademark — the recorded licence (certification
   * mark) or the membership (collective mark); agi — the holder's user authorisation.
   * `announcementNo` holds that reference (announcement format is checked for pgi only).
   */
  authorisation: z
    .object({
      kind: z.enum(GI_AUTHORISATION_KINDS).optional(),
      announcementNo: z.string().min(1),
      date: IsoDate,
    })
    .optional(),
  markAssetId: z.string().optional(),
});
export type GeographicIndication = z.infer<typeof GiSchema>;

export const CERTIFICATION_KINDS = ['organic', 'green-food', 'other'] as const;
export const CertificationSchema = z.object({
  kind: z.enum(CERTIFICATION_KINDS),
  name: z.string().optional(),
  certificateNo: z.string().min(1),
  /** certification body, e.g. "某某认证有限公司" */
  body: z.string().optional(),
  scope: z.string().optional(),
  validFrom: IsoDate.optional(),
  validTo: IsoDate.optional(),
  /** 有机码 printed on units (17 digits) */
  organicCodes: z.array(z.string()).optional(),
  /** 绿色食品企业信息码 GF + 12 digits */
  gfCode: z.string().optional(),
  /** asset id of the scanned certificate */
  evidenceFile: z.string().optional(),
});
export type Certification = z.infer<typeof CertificationSchema>;

export const ProductSchema = z.object({
  id: z.string().min(1),
  cooperativeId: z.string().min(1),
  name: LocalizedNameSchema,
  kind: z.enum(PRODUCT_KINDS),
  /** 规格, e.g. "250g × 2 罐" */
  specification: z.string().optional(),
  netContent: NetContentSchema.optional(),
  ingredients: z.array(z.string().min(1)).optional(),
  storage: z.string().optional(),
  /** as entered: { value: 18, unit: 'months' } prints "18个月" */
  shelfLife: ShelfLifeSchema.optional(),
  /** 食品生产许可证编号 SC + 14 digits */
  productionLicence: z.string().optional(),
  /** 产品标准代号, e.g. "GB/T 18650", "DB52/T 1001", "Q/LSYQ 0001S", "T/GZTSS 001" */
  standardCode: z.string().optional(),
  origin: z.object({ county: z.string().min(1), village: z.string().optional() }),
  ean13: z.string().optional(),
  batch: z.string().optional(),
  /** allergens to declare; [] = declared as none */
  allergens: z.array(z.string()).optional(),
  /** GB 28050 nutrition table, per 100 g or 100 mL */
  nutrition: NutritionSchema.optional(),
  photos: z.array(z.string()).optional(),
  labelEdition: z.enum(LABEL_EDITIONS),
  gi: GiSchema.optional(),
  certifications: z.array(CertificationSchema),
  /** any address the cooperative uses for traceability (shop page, WeChat article, ...) */
  traceUrl: z.string().optional(),
  /** resolver domain for a GS1 Digital Link QR, e.g. "id.gs1.org" or "trace.example.cn" */
  digitalLinkDomain: z.string().optional(),
});
export type Product = z.infer<typeof ProductSchema>;

/** The on-disk product file: one product together with the cooperative that makes it. */
export const ProductFileSchema = z.object({
  cooperative: CooperativeSchema,
  product: ProductSchema,
});
export type ProductFile = z.infer<typeof ProductFileSchema>;

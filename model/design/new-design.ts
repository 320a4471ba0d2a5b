import { DESIGN_SCHEMA_VERSION, DesignSchema, type Design, type PackageRef, type TemplateParams } from './schema';

export interface NewDesignInput {
  /** default: a random UUID */
  id?: string;
  name: string;
  template: { kind: string; params: TemplateParams };
  /** the template's page names; default one page "front" (pass TemplateResult.pages) */
  pages?: string[];
  productId?: string;
  /** this design is one piece of its product's package (needs productId) */
  package?: PackageRef;
  brandKitId?: string;
  /** ISO time of creation; default: the current time (tests pass a fixed one) */
  now?: string;
}

/** An empty, valid design of the current schema version. */
export function createDesign(input: NewDesignInput): Design {
  const now = input.now ?? new Date().toISOString();
  const pages = (input.pages && input.pages.length > 0 ? input.pages : ['front']).map((name) => ({ name }));
  return DesignSchema.parse({
    schemaVersion: DESIGN_SCHEMA_VERSION,
    id: input.id ?? globalThis.crypto.randomUUID(),
    name: input.name,
    ...(input.productId ? { productId: input.productId } : {}),
    ...(input.productId && input.package ? { package: input.package } : {}),
    ...(input.brandKitId ? { brandKitId: input.brandKitId } : {}),
    template: { kind: input.template.kind, params: { ...input.template.params } },
    pages,
    elements: [],
    credits: { blockId: null, lines: [] },
    createdAt: now,
    updatedAt: now,
  });
}

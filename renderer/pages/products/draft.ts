/**
 * The form edits one product file {cooperative, product} as plain JSON, addressed by the
 * same dotted paths the validator uses in its findings ("product.certifications.0.validTo"),
 * so a finding lands next to the input it is about without a mapping table.
 */
export type Draft = { cooperative: Record<string, any> & { id: string }; product: Record<string, any> & { id: string } };

const isIndex = (key: string) => /^\d+$/.test(key);

export function getAt(root: unknown, path: string): unknown {
  let node: any = root;
  for (const key of path.split('.')) {
    if (node === undefined || node === null) return undefined;
    node = node[isIndex(key) ? Number(key) : key];
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path` (missing objects are created). `undefined` removes
 * the key: an emptied optional field is absent, as in a product file, not an empty string.
 */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const keys = path.split('.');
  const write = (node: any, i: number): any => {
    const key = keys[i];
    const copy = Array.isArray(node) ? [...node] : { ...(node ?? {}) };
    const k = isIndex(key) ? Number(key) : key;
    if (i === keys.length - 1) {
      if (value === undefined && !Array.isArray(copy)) delete (copy as any)[k];
      else (copy as any)[k] = value;
    } else {
      (copy as any)[k] = write((node ?? {})[k], i + 1);
    }
    return copy;
  };
  return write(root, 0);
}

/** "绿茶、红茶, 白茶" -> ["绿茶", "红茶", "白茶"]; empty -> undefined */
export function splitList(text: string): string[] | undefined {
  const items = text.split(/[,，、;；\n]/).map((s) => s.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

export function joinList(value: unknown): string {
  return Array.isArray(value) ? value.join('、') : '';
}

function shortId(): string {
  return globalThis.crypto.randomUUID().slice(0, 8);
}

export function newCooperative(): Draft['cooperative'] {
  return { id: `coop-${shortId()}`, name: { zh: '' }, uscc: '', address: '', contact: {} };
}

export function newDraft(cooperative?: Draft['cooperative']): Draft {
  const coop = cooperative ?? newCooperative();
  return {
    cooperative: coop,
    product: {
      id: `prod-${shortId()}`,
      cooperativeId: coop.id,
      name: { zh: '' },
      kind: 'food',
      origin: { county: '' },
      labelEdition: 'GB7718-2011',
      certifications: [],
    },
  };
}

export const CERT_FIELDS = ['kind', 'name', 'certificateNo', 'body', 'scope', 'validFrom', 'validTo', 'organicCodes', 'gfCode', 'evidenceFile'];

/** Every path that has its own input on the form (findings elsewhere go to the summary). */
export function fieldPaths(draft: Draft): Set<string> {
  const paths = [
    'cooperative.name.zh', 'cooperative.name.en', 'cooperative.uscc', 'cooperative.address',
    'cooperative.contact', 'cooperative.contact.phone', 'cooperative.contact.email', 'cooperative.contact.web',
    'product.name', 'product.name.zh', 'product.name.en', 'product.kind', 'product.specification',
    'product.netContent', 'product.netContent.value', 'product.netContent.unit', 'product.ingredients', 'product.allergens',
    'product.storage', 'product.shelfLife', 'product.shelfLife.value', 'product.shelfLife.unit', 'product.productionLicence', 'product.standardCode',
    'product.origin.county', 'product.origin.village',
    'product.gi.system', 'product.gi.name', 'product.gi.approvalNo', 'product.gi.protectedArea',
    'product.gi.authorisation', 'product.gi.authorisation.kind', 'product.gi.authorisation.announcementNo', 'product.gi.authorisation.date', 'product.gi.markAssetId',
    'product.ean13', 'product.batch', 'product.traceUrl', 'product.digitalLinkDomain', 'product.labelEdition',
  ];
  const certs = Array.isArray(draft.product.certifications) ? draft.product.certifications : [];
  certs.forEach((_: unknown, i: number) => CERT_FIELDS.forEach((f) => paths.push(`product.certifications.${i}.${f}`)));
  return new Set(paths);
}

/** Is a finding for `field` shown at the input for `path`? (list inputs also take their items' findings) */
export function findingBelongs(field: string, path: string, withItems = false): boolean {
  return field === path || (withItems && field.startsWith(`${path}.`) && isIndex(field.slice(path.length + 1).split('.')[0]));
}

import { describe, expect, it } from 'vitest';
import { validateProductFile } from '../../../../model/product/validate';
import { codes, expectBilingual } from './messages';
import { loadSample, sampleFiles } from './samples';

const TODAY = '2026-11-28';
const clone = (name: string) => structuredClone(loadSample(name));

describe('sample product files', () => {
  it('there are at least three: GI tea, food, craft', () => {
    const files = sampleFiles();
    expect(files.length).toBeGreaterThanOrEqual(3);
    const kinds = files.map((f) => loadSample(f).product.kind);
    expect(kinds).toEqual(expect.arrayContaining(['tea', 'food', 'craft']));
  });
  it.each(sampleFiles())('%s validates without errors today and printing within the next ten months', (file) => {
    for (const printDate of [undefined, '2026-12-15', '2027-03-16', '2027-09-28']) {
      const result = validateProductFile(loadSample(file), { today: TODAY, printDate });
      expect(result.errors, `${file} @ ${printDate}`).toEqual([]);
    }
    const now = validateProductFile(loadSample(file), { today: TODAY });
    expect(now.warnings, file).toEqual([]);
  });
  it('the sour soup and embroidery stay error-free a full year ahead', () => {
    for (const file of ['kaili-red-sour-soup.json', 'taijiang-embroidery-pouch.json']) {
      expect(validateProductFile(loadSample(file), { today: '2027-11-28', printDate: '2027-12-01' }).errors).toEqual([]);
    }
  });
  it('the GI tea carries what the brief asks for', () => {
    const { product, cooperative } = loadSample('leishan-yinqiu-tea.json');
    expect(product.gi.system).toBe('pgi');
    expect(product.gi.approvalNo).toContain('2014年第96号');
    expect(product.certifications[0].organicCodes[0]).toMatch(/^\d{17}$/);
    expect(product.ean13).toMatch(/^69\d{11}$/);
    expect(cooperative.uscc).toMatch(/^9352/);
  });
});

describe('validateProductFile', () => {
  it('reports shape problems with field paths and plain words', () => {
    const broken = clone('kaili-red-sour-soup.json');
    delete broken.product.origin;
    broken.product.kind = 'pickle';
    broken.product.netContent.value = -1;
    const { errors } = validateProductFile(broken, { today: TODAY });
    expect(errors.map((e) => e.field).sort()).toEqual(['product.kind', 'product.netContent.value', 'product.origin']);
    const kind = errors.find((e) => e.field === 'product.kind')!;
    expect(kind.message.zh).toContain('产品类别');
    expect(kind.message.zh).toContain('手工艺品（craft）');
    expect(errors.find((e) => e.field === 'product.origin')!.message.zh).toContain('缺少必填项“产地”');
    expectBilingual(errors);
  });
  it('collects identifier errors from every part of the file', () => {
    const f = clone('leishan-yinqiu-tea.json');
    f.cooperative.uscc = '93522634MA6DEM0019';
    f.product.ean13 = '6990000000016';
    f.product.productionLicence = 'SC1145226340001';
    f.product.gi.approvalNo = '96号';
    f.product.certifications[0].organicCodes = ['0992600000000000A'];
    f.product.traceUrl = 'leishan-tea.example.cn';
    const { errors } = validateProductFile(f, { today: TODAY });
    expect(errors.map((e) => e.field).sort()).toEqual([
      'cooperative.uscc',
      'product.certifications.0.organicCodes.0',
      'product.ean13',
      'product.gi.approvalNo',
      'product.productionLicence',
      'product.traceUrl',
    ]);
    expectBilingual(errors);
  });
  it('expired organic certificate at the print date blocks; expiring soon warns', () => {
    const f = clone('leishan-yinqiu-tea.json');
    const late = validateProductFile(f, { today: TODAY, printDate: '2027-11-15' });
    expect(codes(late.errors)).toEqual(['cert.expired-at-print']);
    const soon = validateProductFile(f, { today: TODAY, printDate: '2027-11-01' });
    expect(soon.errors).toEqual([]);
    expect(codes(soon.warnings)).toEqual(['cert.expiring']);
  });
  it('warns about missing food facts and the 2025 edition switch, never errors', () => {
    const f = clone('kaili-red-sour-soup.json');
    delete f.product.standardCode;
    delete f.product.storage;
    f.product.netContent = { value: 1500, unit: 'g' };
    const r = validateProductFile(f, { today: TODAY, printDate: '2027-04-01' });
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings).sort()).toEqual(['food.edition-outdated', 'food.missing-fact', 'food.missing-fact', 'food.net-content-unit']);
    expectBilingual(r.warnings);
    f.product.labelEdition = 'GB7718-2025';
    expect(codes(validateProductFile(f, { today: TODAY }).warnings)).toContain('food.allergens-2025');
  });
  it('forbids calling an uncertified product organic', () => {
    const f = clone('kaili-red-sour-soup.json');
    f.product.name.zh = '有机红酸汤';
    expect(codes(validateProductFile(f, { today: TODAY }).errors)).toEqual(['claim.organic-uncertified']);
  });
  it('checks that product and cooperative belong together', () => {
    const f = clone('taijiang-embroidery-pouch.json');
    f.product.cooperativeId = 'coop-other';
    expect(codes(validateProductFile(f, { today: TODAY }).errors)).toEqual(['product.cooperative-mismatch']);
  });
  it('warns when a PGI has no authorisation announcement, and checks AGI numbers', () => {
    const f = clone('leishan-yinqiu-tea.json');
    delete f.product.gi.authorisation;
    expect(codes(validateProductFile(f, { today: TODAY }).warnings)).toEqual(['gi.no-authorisation']);
    f.product.gi = { system: 'agi', name: '修文猕猴桃', approvalNo: 'AGI2016-01-1794' };
    expect(codes(validateProductFile(f, { today: TODAY }).errors)).toEqual(['agi.spec-number']);
  });
  it('validates the Digital Link domain, and needs an EAN-13 for it', () => {
    const f = clone('leishan-yinqiu-tea.json');
    f.product.digitalLinkDomain = 'not a domain';
    expect(codes(validateProductFile(f, { today: TODAY }).errors)).toEqual(['digital-link.domain']);
    delete f.product.ean13;
    f.product.digitalLinkDomain = 'id.gs1.org';
    expect(codes(validateProductFile(f, { today: TODAY }).warnings)).toEqual(['digital-link.no-gtin']);
  });
  it('green food with a legacy LB code warns', () => {
    const f = clone('kaili-red-sour-soup.json');
    f.product.certifications[0].gfCode = 'LB-45-0911052601';
    const r = validateProductFile(f, { today: TODAY });
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toEqual(['green-food.legacy']);
  });
});

describe('GI authorisation per system', () => {
  it('trademark licensees and AGI users are not forced into announcement format; PGI users are', () => {
    const f = clone('leishan-yinqiu-tea.json');
    f.product.gi = { system: 'gi-trademark', name: '雷山银球茶', approvalNo: '8888888', authorisation: { kind: 'licence', announcementNo: '许可备案 2024-001', date: '2024-05-01' } };
    expect(validateProductFile(f, { today: TODAY }).errors).toEqual([]);
    f.product.gi = { system: 'agi', name: '修文猕猴桃', approvalNo: 'AGI02357', authorisation: { kind: 'agi-user', announcementNo: '授权协议 2023-17', date: '2023-03-01' } };
    expect(validateProductFile(f, { today: TODAY }).errors).toEqual([]);
    f.product.gi = { system: 'pgi', name: '雷山银球茶', approvalNo: '2014年第96号公告', authorisation: { announcementNo: '许可备案 2024-001', date: '2024-05-01' } };
    expect(codes(validateProductFile(f, { today: TODAY }).errors)).toEqual(['gi.announcement.format']);
  });
  it('an authorisation of the wrong kind for the system is an error; a missing one warns for every system', () => {
    const f = clone('leishan-yinqiu-tea.json');
    f.product.gi = { system: 'agi', name: '修文猕猴桃', approvalNo: 'AGI02357', authorisation: { kind: 'announcement', announcementNo: '第475号公告', date: '2022-03-01' } };
    expect(codes(validateProductFile(f, { today: TODAY }).errors)).toEqual(['gi.authorisation-kind']);
    for (const system of ['pgi', 'gi-trademark', 'agi'] as const) {
      f.product.gi = { system, name: '修文猕猴桃', approvalNo: system === 'agi' ? 'AGI02357' : system === 'pgi' ? '第475号公告' : '8888888' };
      expect(codes(validateProductFile(f, { today: TODAY }).warnings), system).toContain('gi.no-authorisation');
    }
  });
});

describe('licences and codes', () => {
  it('a food-additive SC licence (SC2…) on a food product is an error', () => {
    const f = clone('kaili-red-sour-soup.json');
    f.product.productionLicence = 'SC20352260100013';
    expect(codes(validateProductFile(f, { today: TODAY }).errors)).toEqual(['sc.additive-on-food']);
  });
  it('a legacy green-food code with its grade suffix is a legacy warning, not a format error', () => {
    const f = clone('kaili-red-sour-soup.json');
    f.product.certifications[0].gfCode = 'LB-45-0911052601A';
    const r = validateProductFile(f, { today: TODAY });
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toEqual(['green-food.legacy']);
  });
});

describe('claims in the product record', () => {
  it('"有機" and full-width "ＯＲＧＡＮＩＣ" in the name without a certificate are refused', () => {
    for (const name of ['有機紅酸湯', 'ＯＲＧＡＮＩＣ红酸汤']) {
      const f = clone('kaili-red-sour-soup.json');
      f.product.name.zh = name;
      expect(codes(validateProductFile(f, { today: TODAY }).errors), name).toEqual(['claim.organic-uncertified']);
    }
  });
  it('a 无公害 certificate is legacy: a warning, not silently accepted', () => {
    const f = clone('kaili-red-sour-soup.json');
    f.product.certifications.push({ kind: 'other', name: '无公害农产品', certificateNo: 'WNCR-GZ-2024-001', validFrom: '2024-01-01', validTo: '2027-12-31' });
    const r = validateProductFile(f, { today: TODAY });
    expect(r.errors).toEqual([]);
    expect(codes(r.warnings)).toContain('cert.pollution-free-legacy');
  });
});

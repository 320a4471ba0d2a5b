import { useEffect, useState } from 'react';
import type { BrandKit } from '../../../model/brand/schema';
import type { z } from 'zod';
import type { fontInfoSchema } from '../../../model/api/designs';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';
import { LogoField } from './LogoField';
import { PaletteEditor } from './PaletteEditor';

type FontInfo = z.infer<typeof fontInfoSchema>;

/** 品牌: one form per brand kit; designs pick its colours and fonts by name. */
export function BrandPage() {
  const api = useApi();
  const { t, l } = useI18n();
  const notify = useNotifyError();
  const [kits, setKits] = useState<BrandKit[]>([]);
  const [fonts, setFonts] = useState<FontInfo[]>([]);
  const [draft, setDraft] = useState<BrandKit | null>(null);
  const [saved, setSaved] = useState(true);

  useEffect(() => {
    api.call('brand.list', {}).then((list) => {
      setKits(list);
      setDraft(list[0] ?? null);
    }, notify);
    api.call('fonts.list', {}).then(setFonts, notify);
  }, [api, notify]);

  if (!draft) return <p>{t('loading')}</p>;
  const edit = (patch: Partial<BrandKit>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };

  async function save() {
    if (!draft) return;
    try {
      const stored = await api.call('brand.save', { kit: draft });
      setDraft(stored);
      setKits((all) => all.map((k) => (k.id === stored.id ? stored : k)));
      setSaved(true);
    } catch (error) {
      notify(error);
    }
  }

  const fontSelect = (role: 'title' | 'body', label: string) => (
    <label>
      {label}
      <select value={draft.fonts[role]} onChange={(e) => edit({ fonts: { ...draft.fonts, [role]: e.target.value } })}>
        {fonts.map((f) => (
          <option key={f.id} value={f.id}>
            {l(f.name)}
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <section className="page brand-page" aria-labelledby="brand-title">
      <h1 id="brand-title">{t('brand.title')}</h1>
      <p className="intro">{t('brand.intro')}</p>
      {kits.length > 1 && (
        <label>
          {t('brand.kit')}
          <select value={draft.id} onChange={(e) => setDraft(kits.find((k) => k.id === e.target.value) ?? draft)}>
            {kits.map((k) => (
              <option key={k.id} value={k.id}>
                {l({ zh: k.name.zh, en: k.name.en || k.name.zh })}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="form-grid">
        <label>
          {t('brand.nameZh')}
          <input value={draft.name.zh} onChange={(e) => edit({ name: { ...draft.name, zh: e.target.value } })} />
        </label>
        <label>
          {t('brand.nameEn')}
          <input value={draft.name.en} onChange={(e) => edit({ name: { ...draft.name, en: e.target.value } })} />
        </label>
      </div>
      <LogoField kit={draft} onUploaded={(kit) => setDraft({ ...draft, logo: kit.logo, updatedAt: kit.updatedAt })} />
      <PaletteEditor palette={draft.palette} onChange={(palette) => edit({ palette })} />
      <fieldset>
        <legend>{t('brand.fonts')}</legend>
        <div className="form-grid">
          {fontSelect('title', t('brand.fonts.title'))}
          {fontSelect('body', t('brand.fonts.body'))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('brand.story')}</legend>
        <div className="form-grid">
          <label>
            {t('brand.storyZh')}
            <textarea rows={5} value={draft.story.zh} onChange={(e) => edit({ story: { ...draft.story, zh: e.target.value } })} />
          </label>
          <label>
            {t('brand.storyEn')}
            <textarea rows={5} value={draft.story.en} onChange={(e) => edit({ story: { ...draft.story, en: e.target.value } })} />
          </label>
          <label>
            {t('brand.contact')}
            <input value={draft.contact} onChange={(e) => edit({ contact: e.target.value })} />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('brand.credit')}</legend>
        <div className="form-grid">
          <label>
            {t('brand.creditZh')}
            <input value={draft.creditLine.zh} onChange={(e) => edit({ creditLine: { ...draft.creditLine, zh: e.target.value } })} />
          </label>
          <label>
            {t('brand.creditEn')}
            <input value={draft.creditLine.en} onChange={(e) => edit({ creditLine: { ...draft.creditLine, en: e.target.value } })} />
          </label>
        </div>
      </fieldset>
      <div className="actions">
        <button type="button" className="primary" onClick={save}>
          {t('brand.save')}
        </button>
        <span role="status">{saved ? t('brand.saved') : t('brand.unsaved')}</span>
      </div>
    </section>
  );
}

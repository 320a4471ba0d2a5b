import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Lang, Localized } from '../../model/localized';
import { brandMessages } from './messages/brand';
import { designsMessages } from './messages/designs';
import { exportMessages } from './messages/export';
import { libraryMessages } from './messages/library';
import { maintenanceMessages } from './messages/maintenance';
import { productMessages } from './messages/products';
import { shellMessages } from './messages/shell';
import { trustMessages } from './messages/trust';
import { ownArtworkMessages } from './messages/own-artwork';
import { designFileMessages } from './messages/design-files';
import { syncMessages } from './messages/sync';
import { hubMessages } from './messages/hub';

const tables = { ...exportMessages, ...shellMessages, ...productMessages, ...brandMessages, ...libraryMessages, ...maintenanceMessages, ...designsMessages, ...trustMessages, ...ownArtworkMessages, ...designFileMessages, ...syncMessages, ...hubMessages };

export type MessageKey = keyof typeof tables;
type Params = Record<string, string | number>;

export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const entry = tables[key];
  let text: string = entry ? entry[lang === 'en' ? 1 : 0] : String(key);
  if (params) for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
  return text;
}

interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
  /** pick the right half of a Localized message from the main side */
  l: (text: Localized | undefined) => string;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ lang, setLang, children }: { lang: Lang; setLang: (lang: Lang) => void; children: ReactNode }) {
  const t = useCallback((key: MessageKey, params?: Params) => translate(lang, key, params), [lang]);
  const l = useCallback((text: Localized | undefined) => (text ? (lang === 'en' ? text.en : text.zh) : ''), [lang]);
  const value = useMemo(() => ({ lang, t, l, setLang }), [lang, t, l, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

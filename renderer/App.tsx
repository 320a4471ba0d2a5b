import { useCallback, useEffect, useState } from 'react';
import type { StudioApi } from '../model/api';
import type { Lang, Localized } from '../model/localized';
import { ApiContext } from './api/context';
import { runtimeKind } from './api/client';
import { I18nProvider, translate } from './i18n';
import { pages, type PageId } from './pages/registry';
import { ErrorBanner } from './shell/ErrorBanner';
import { LanguageSwitch } from './shell/LanguageSwitch';
import { Nav } from './shell/Nav';
import { errorText, NotifyContext } from './shell/notify';

/** Composes the shell: navigation, header, the current page, one error banner. */
export function App({ api }: { api: StudioApi }) {
  const [lang, setLangState] = useState<Lang>('zh-CN');
  const [page, setPage] = useState<PageId>(() => (sessionStorage.getItem('jinxiu.page') as PageId) || 'home');
  const [error, setError] = useState<Localized | null>(null);

  useEffect(() => {
    api.call('settings.get', {}).then((settings) => setLangState(settings.language), (e) => setError(errorText(e)));
  }, [api]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'app.title') + ' · Jinxiu Studio';
  }, [lang]);

  const setLang = useCallback(
    (next: Lang) => {
      setLangState(next);
      api.call('settings.update', { language: next }).catch((e) => setError(errorText(e)));
    },
    [api],
  );
  const selectPage = useCallback((id: PageId) => {
    sessionStorage.setItem('jinxiu.page', id);
    setPage(id);
  }, []);
  const notify = useCallback((e: unknown) => setError(errorText(e)), []);
  // pages ask to move elsewhere (home page buttons, the guided path) with a "jinxiu:navigate" event
  useEffect(() => {
    const onNavigate = (event: Event) => {
      const id = (event as CustomEvent<string>).detail;
      if (!pages.some((p) => p.id === id)) return;
      event.preventDefault();
      selectPage(id as PageId);
    };
    window.addEventListener('jinxiu:navigate', onNavigate);
    return () => window.removeEventListener('jinxiu:navigate', onNavigate);
  }, [selectPage]);
  const Current = (pages.find((p) => p.id === page) ?? pages[0]).component;

  return (
    <ApiContext.Provider value={api}>
      <I18nProvider lang={lang} setLang={setLang}>
        <NotifyContext.Provider value={notify}>
          <div className="shell">
            <Nav pages={pages} current={page} onSelect={selectPage} />
            <div className="main">
              <header className="topbar">
                <div>
                  <span className="app-title">{translate(lang, 'app.title')}</span>
                  <span className="tagline">{translate(lang, 'app.tagline')}</span>
                </div>
                <span className="runtime-badge">{translate(lang, runtimeKind() === 'electron' ? 'runtime.electron' : 'runtime.browser')}</span>
                <LanguageSwitch />
              </header>
              {error && <ErrorBanner message={lang === 'en' ? error.en : error.zh} onDismiss={() => setError(null)} />}
              <main className="content" data-page={page}>
                <Current />
              </main>
            </div>
          </div>
        </NotifyContext.Provider>
      </I18nProvider>
    </ApiContext.Provider>
  );
}

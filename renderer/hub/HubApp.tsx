import { useCallback, useEffect, useMemo, useState } from 'react';
import type { HubSession } from '../../model/hub/protocol';
import type { Lang, Localized } from '../../model/localized';
import { createHubApi, type HubApi } from '../api/hub-client';
import { I18nProvider, translate, type MessageKey } from '../i18n';
import { ErrorBanner } from '../shell/ErrorBanner';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { Nav } from '../shell/Nav';
import { errorText, NotifyContext } from '../shell/notify';
import { HubContext } from './HubContext';
import { HubLogin } from './HubLogin';
import { HubRecordsView } from './HubRecordsView';
import { HubStewardView } from './HubStewardView';
import { VIEWS_BY_ROLE, type HubViewId } from './views';

const LANG_KEY = 'jinxiu.hub.lang';

/**
 * Hub mode's shell: the studio's renderer served by the curation hub. A login form until the
 * hub knows the person, then the views their role allows, with the studio's navigation,
 * language switch and error banner. When the hub says the session ended, the login comes back.
 */
export function HubApp({ api: given }: { api?: HubApi }) {
  const [lang, setLang] = useState<Lang>(() => (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'zh-CN'));
  // undefined: still asking the hub whether this browser is logged in
  const [session, setSession] = useState<HubSession | null | undefined>(undefined);
  const [ended, setEnded] = useState(false);
  const [view, setView] = useState<HubViewId | null>(null);
  const [error, setError] = useState<Localized | null>(null);
  const api = useMemo(
    () =>
      given ??
      createHubApi(() => {
        setSession(null);
        setEnded(true);
      }),
    [given],
  );

  useEffect(() => {
    api.session().then(setSession, (e) => {
      setSession(null);
      setError(errorText(e));
    });
  }, [api]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'hub.title') + ' · Jinxiu Hub';
  }, [lang]);
  const chooseLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_KEY, next);
    setLang(next);
  }, []);
  const notify = useCallback((e: unknown) => setError(errorText(e)), []);
  const loggedIn = useCallback((next: HubSession) => {
    setEnded(false);
    setError(null);
    setView(null);
    setSession(next);
  }, []);
  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch (e) {
      // a session that already ended is logged out all the same
      if (!(e instanceof Error && 'code' in e && e.code === 'hub.not-logged-in')) setError(errorText(e));
    }
    setEnded(false);
    setSession(null);
  }, [api]);

  const views = session ? VIEWS_BY_ROLE[session.role] : [];
  const current = views.find((v) => v.id === view) ?? views[0];
  const text = (key: MessageKey, params?: Record<string, string>) => translate(lang, key, params);

  return (
    <I18nProvider lang={lang} setLang={chooseLang}>
      <NotifyContext.Provider value={notify}>
        <div className={session ? 'shell' : 'hub-shell'}>
          {session && current && <Nav pages={views} current={current.id} onSelect={setView} />}
          <div className="main">
            <header className="topbar">
              <div>
                <span className="app-title">{text('hub.title')}</span> <span className="tagline">{text('hub.tagline')}</span>
              </div>
              {session && <span className="hub-who">{text('hub.who', { name: session.name, role: text(`hub.role.${session.role}` as MessageKey) })}</span>}
              <LanguageSwitch />
              {session && (
                <button type="button" onClick={() => void logout()}>
                  {text('hub.logout')}
                </button>
              )}
            </header>
            {error && <ErrorBanner message={lang === 'en' ? error.en : error.zh} onDismiss={() => setError(null)} />}
            <main className="content" data-page={session ? `hub-${current?.id}` : 'hub-login'}>
              {session === undefined ? (
                <p className="muted" role="status">
                  {text('hub.loading')}
                </p>
              ) : session === null ? (
                <HubLogin api={api} ended={ended} onLoggedIn={loggedIn} />
              ) : (
                <HubContext.Provider value={{ api, session }}>
                  {current?.id === 'accounts' ? <HubStewardView /> : current ? <HubRecordsView key={current.id} view={current} /> : null}
                </HubContext.Provider>
              )}
            </main>
          </div>
        </div>
      </NotifyContext.Provider>
    </I18nProvider>
  );
}

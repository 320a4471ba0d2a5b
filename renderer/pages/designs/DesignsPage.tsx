import { useCallback, useEffect, useState } from 'react';
import type { DesignSummary } from '../../../model/api';
import { templateRegistry } from '../../../model/templates';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';
import { Dialog } from '../library/Dialog';
import { shortTime } from '../library/names';
import { Composer } from './Composer';
import { GuidedBar, GuidedStart } from './GuidedPath';
import { DesignBin } from './DesignBin';
import { OpenDesignFileButton, OpenedDesignNote, SendDesignFileButton } from './DesignFileActions';
import type { DesignFileImportDto } from '../../../model/api/design-files';
import { NewDesignForm } from './NewDesignForm';
import { Thumbnail } from '../../thumbnails/Thumbnail';

type View = { kind: 'list' } | { kind: 'guided' } | { kind: 'composer'; id: string; step?: number };

/** set by the home page's "start a new design" button before it switches to this page */
export const START_GUIDED_KEY = 'jinxiu.designs.startGuided';
const OPEN_KEY = 'jinxiu.designs.open';

/** 设计: the list of designs, new designs, samples, the guided first design and the composer. */
export function DesignsPage() {
  const api = useApi();
  const notify = useNotifyError();
  const [view, setViewState] = useState<View | null>(null);

  const setView = useCallback((v: View) => {
    // reopen the same design after a reload of the window
    if (v.kind === 'composer') sessionStorage.setItem(OPEN_KEY, v.id);
    else sessionStorage.removeItem(OPEN_KEY);
    setViewState(v);
  }, []);

  useEffect(() => {
    const open = sessionStorage.getItem(OPEN_KEY);
    if (sessionStorage.getItem(START_GUIDED_KEY)) {
      sessionStorage.removeItem(START_GUIDED_KEY);
      setView({ kind: 'guided' });
      return;
    }
    if (open) return setViewState({ kind: 'composer', id: open });
    api.call('settings.get', {}).then(
      (s) => setView(s.guidedPathDone ? { kind: 'list' } : { kind: 'guided' }),
      (e) => {
        notify(e);
        setView({ kind: 'list' });
      },
    );
  }, [api, notify, setView]);

  const finishGuide = useCallback(() => {
    api.call('settings.update', { guidedPathDone: true }).catch(notify);
  }, [api, notify]);

  if (!view) return null;
  if (view.kind === 'guided') {
    return (
      <GuidedStart
        onCreated={(d) => setView({ kind: 'composer', id: d.id, step: 3 })}
        onSkip={async () => {
          finishGuide();
          try {
            const kind = 'tuck-end';
            const d = await api.call('designs.create', { name: '我的新包装 My new pack', template: { kind, params: { ...(templateRegistry[kind].defaults as Record<string, number>) } } });
            setView({ kind: 'composer', id: d.id });
          } catch (e) {
            notify(e);
            setView({ kind: 'list' });
          }
        }}
      />
    );
  }
  if (view.kind === 'composer') {
    const step = view.step;
    return (
      <Composer
        key={view.id}
        designId={view.id}
        onBack={() => setView({ kind: 'list' })}
        guide={
          step
            ? (capi) => (
                <GuidedBar
                  api={capi}
                  step={step}
                  setStep={(n) => setView({ ...view, step: n })}
                  onDone={() => {
                    finishGuide();
                    setView({ kind: 'composer', id: view.id });
                  }}
                />
              )
            : undefined
        }
      />
    );
  }
  return <DesignList onOpen={(id) => setView({ kind: 'composer', id })} onGuided={() => setView({ kind: 'guided' })} />;
}

function DesignList({ onOpen, onGuided }: { onOpen: (id: string) => void; onGuided: () => void }) {
  const api = useApi();
  const notify = useNotifyError();
  const { t, l } = useI18n();
  const [designs, setDesigns] = useState<DesignSummary[] | null>(null);
  const [samples, setSamples] = useState<{ sample: string; name: string; templateKind: string }[]>([]);
  const [creating, setCreating] = useState(false);
  const [reload, setReload] = useState(0);
  const [opened, setOpened] = useState<DesignFileImportDto | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  useEffect(() => {
    api.call('designs.list', {}).then(setDesigns, notify);
    api.call('designs.samples', {}).then(setSamples, notify);
  }, [api, notify, reload]);

  const kindName = (k: string) => (templateRegistry[k] ? l(templateRegistry[k].name) : k);

  return (
    <section className="page designs-page" aria-labelledby="des-title">
      <div className="des-top">
        <h1 id="des-title">{t('des.title')}</h1>
        <button type="button" className="primary big" onClick={() => setCreating(true)}>
          + {t('des.new')}
        </button>
        <button type="button" onClick={onGuided}>
          {t('des.guided')}
        </button>
        <OpenDesignFileButton
          onOpened={(result) => {
            setSent(null);
            setOpened(result);
            setReload((r) => r + 1);
          }}
        />
      </div>
      {opened && <OpenedDesignNote result={opened} onOpen={() => onOpen(opened.design.id)} onClose={() => setOpened(null)} />}
      {sent && (
        <p className="dfile-note" role="status">
          {sent}
        </p>
      )}
      {designs && designs.length === 0 && <p className="lib-none">{t('des.none')}</p>}
      <ul className="des-grid" aria-label={t('des.list')}>
        {(designs ?? []).map((d) => (
          <li key={d.id} className="des-card">
            {/* outside the button: a button's content is not exposed to assistive technology, the picture should be */}
            <span className="des-thumb" onClick={() => onOpen(d.id)}>
              <Thumbnail subject={{ kind: 'design', id: d.id }} version={d.updatedAt} name={t('thumb.design', { name: d.name })} size={160} />
            </span>
            <button type="button" className="des-open" aria-label={t('des.open.named', { name: d.name })} onClick={() => onOpen(d.id)}>
              <span className="des-name">{d.name}</span>
              <span className="muted small">{kindName(d.templateKind)}</span>
              <span className="muted small">
                {t('des.updated', { when: shortTime(d.updatedAt) })} · {t('des.elements', { n: d.elementCount })}
              </span>
            </button>
            <div className="des-actions">
              <button
                type="button"
                aria-label={t('des.duplicate.named', { name: d.name })}
                onClick={() => api.call('designs.duplicate', { id: d.id }).then(() => setReload((r) => r + 1), notify)}
              >
                {t('des.duplicate')}
              </button>
              <SendDesignFileButton
                id={d.id}
                name={d.name}
                onSent={(note) => {
                  setOpened(null);
                  setSent(note);
                }}
              />
              <button
                type="button"
                aria-label={t('des.delete.named', { name: d.name })}
                onClick={() => {
                  if (window.confirm(t('des.delete.confirm', { name: d.name }))) api.call('designs.delete', { id: d.id }).then(() => setReload((r) => r + 1), notify);
                }}
              >
                {t('des.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {samples.length > 0 && (
        <section className="des-samples" aria-labelledby="des-samples-title">
          <h2 id="des-samples-title">{t('des.samples')}</h2>
          <p className="muted">{t('des.samples.hint')}</p>
          <ul className="des-grid">
            {samples.map((s) => (
              <li key={s.sample} className="des-card sample">
                <Thumbnail subject={{ kind: 'sample', sample: s.sample }} name={t('thumb.sample', { name: s.name })} size={160} />
                <span className="des-name">{s.name}</span>
                <span className="muted small">{kindName(s.templateKind)}</span>
                <button
                  type="button"
                  aria-label={t('des.sample.use.named', { name: s.name })}
                  onClick={() => api.call('designs.createFromSample', { sample: s.sample }).then((d) => onOpen(d.id), notify)}
                >
                  {t('des.sample.use')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <DesignBin reloadKey={reload} onRestored={() => setReload((r) => r + 1)} />
      {creating && (
        <Dialog title={t('new.title')} onClose={() => setCreating(false)}>
          <NewDesignForm onCreated={(d) => onOpen(d.id)} onCancel={() => setCreating(false)} />
        </Dialog>
      )}
    </section>
  );
}

import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { StudioApi } from '../../../model/api';
import type { Design } from '../../../model/design/schema';
import type { Localized } from '../../../model/localized';
import { shippedPreviewTable } from '../../../model/cmyk-preview';
import { Autosaver, type AutosaveStatus } from '../../editor/autosave';
import { DesignResources } from '../../editor/resources';
import { EditorStore, type EditorSnapshot } from '../../editor/store';

export interface ComposerSession {
  store: EditorStore;
  resources: DesignResources;
  autosaver: Autosaver;
  repairs: { field: string; message: Localized }[];
}

/**
 * Opens a design for editing: loads it, its brand colours, fonts and motifs, and keeps it
 * saved (800 ms after the last edit, and at once when the window closes or is hidden).
 */
export function useComposerSession(api: StudioApi, designId: string, onError: (e: unknown) => void): {
  session: ComposerSession | null;
  saveStatus: AutosaveStatus;
  resourcesVersion: number;
} {
  const [session, setSession] = useState<ComposerSession | null>(null);
  const [saveStatus, setSaveStatus] = useState<AutosaveStatus>({ state: 'saved' });
  const [resourcesVersion, setResourcesVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    let cleanup = () => {};
    (async () => {
      const resources = new DesignResources(api, () => alive && setResourcesVersion((v) => v + 1));
      // the brand kits do not depend on the design: fetched alongside it, not after it
      const brand = resources.loadBrand().catch(onError);
      const { design, repairs } = await api.call('designs.get', { id: designId });
      await brand;
      resources.useKit(design.brandKitId);
      const store = new EditorStore(design);
      const autosaver = new Autosaver(
        (doc: Design, reason) => api.call('designs.save', { design: { ...doc, updatedAt: new Date().toISOString() }, reason }),
        (s) => {
          if (alive) setSaveStatus(s);
          if (s.state === 'failed') onError(s.error);
        },
      );
      autosaver.markSaved(design);
      const offDoc = store.onDocChange((doc, reason) => {
        if (reason !== 'load') autosaver.schedule(doc);
        resources.ensure(doc).catch(onError);
      });
      const loaded = resources.ensure(design).catch(onError);
      // while the motifs and glyphs are on their way (their requests are sent by now), make what
      // the first paint needs and the network does not bring: the die line and the press colours
      setTimeout(() => {
        resources.template(design);
        shippedPreviewTable();
      }, 0);
      await loaded;
      const flush = () => void autosaver.flush('close');
      const onHidden = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      window.addEventListener('beforeunload', flush);
      document.addEventListener('visibilitychange', onHidden);
      cleanup = () => {
        offDoc();
        window.removeEventListener('beforeunload', flush);
        document.removeEventListener('visibilitychange', onHidden);
        void autosaver.flush('close').finally(() => autosaver.dispose());
      };
      if (!alive) return cleanup();
      setSession({ store, resources, autosaver, repairs });
    })().catch((e) => alive && onError(e));
    return () => {
      alive = false;
      cleanup();
    };
  }, [api, designId, onError]);

  return { session, saveStatus, resourcesVersion };
}

const EMPTY: EditorSnapshot = {
  doc: undefined as unknown as Design,
  selection: [],
  canUndo: false,
  canRedo: false,
  version: -1,
};

/** The store's state for React: re-renders on every document, selection or history change. */
export function useEditorState(store: EditorStore | undefined): EditorSnapshot {
  const subscribe = useMemo(() => (store ? store.subscribe : () => () => {}), [store]);
  const get = useMemo(() => (store ? store.getSnapshot : () => EMPTY), [store]);
  return useSyncExternalStore(subscribe, get);
}

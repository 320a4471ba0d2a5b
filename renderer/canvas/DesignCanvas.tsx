import { memo, useEffect, useRef, type DragEvent } from 'react';
import type { Lang } from '../../model/localized';
import type { DesignResources } from '../editor/resources';
import type { EditorStore } from '../editor/store';
import { CanvasView } from './view';

export interface DesignCanvasProps {
  store: EditorStore;
  resources: DesignResources;
  page: string;
  lang: Lang;
  label: string;
  resourcesVersion: number;
  onError: (e: unknown) => void;
  onZoom: (zoom: number) => void;
  onOpenElement?: (id: string) => void;
  /** the view, for the toolbar's zoom buttons and Escape */
  onReady: (view: CanvasView | null) => void;
  /** a motif dragged from the library panel (its drag data) dropped at page mm */
  onDropMotif: (data: string, at: { x: number; y: number }) => void;
}

export const MOTIF_DRAG_TYPE = 'application/x-jinxiu-motif';

/** Hosts the fabric canvas, sized to its box, and forwards drops from the library. Memoised: the canvas follows the store itself, so a new document needs no React render here. */
export const DesignCanvas = memo(function DesignCanvas(props: DesignCanvasProps) {
  const boxRef = useRef<HTMLDivElement>(null);
  const viewRef = useRef<CanvasView | null>(null);
  const latest = useRef(props);
  latest.current = props;
  /** the resources version and language the view last painted with */
  const shown = useRef<{ resourcesVersion: number; lang: Lang | undefined }>({ resourcesVersion: -1, lang: undefined });

  useEffect(() => {
    const box = boxRef.current!;
    // fabric wraps the canvas in its own elements, so React must not own it
    const host = document.createElement('div');
    host.className = 'cmp-canvas-host';
    box.appendChild(host);
    const el = document.createElement('canvas');
    host.appendChild(el);
    const view = new CanvasView(el, {
      store: props.store,
      resources: props.resources,
      lang: () => latest.current.lang,
      onError: (e) => latest.current.onError(e),
      onZoom: (z) => latest.current.onZoom(z),
      onOpenElement: (id) => latest.current.onOpenElement?.(id),
    });
    viewRef.current = view;
    view.setPage(props.page);
    view.setSize(box.clientWidth, box.clientHeight);
    // fitted first, so the one full paint of the opening is at the zoom it is shown at
    view.fit();
    view.sync(true);
    shown.current = { resourcesVersion: latest.current.resourcesVersion, lang: latest.current.lang };
    latest.current.onReady(view);
    const ro = new ResizeObserver(() => view.setSize(box.clientWidth, box.clientHeight));
    ro.observe(box);
    const key = (down: boolean) => (e: KeyboardEvent) => {
      if (e.code !== 'Space') return;
      const t = e.target as HTMLElement | null;
      if (t && (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT' || t.tagName === 'BUTTON')) return;
      e.preventDefault();
      view.setSpace(down);
    };
    const onKeyDown = key(true);
    const onKeyUp = key(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      ro.disconnect();
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      latest.current.onReady(null);
      viewRef.current = null;
      view.dispose();
      host.remove();
    };
    // one view per store: the store and resources live as long as the open design
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.store, props.resources]);

  useEffect(() => viewRef.current?.setPage(props.page), [props.page]);
  // the view was just built from these very resources and language: painting everything again
  // on mount would double the opening's cost (a full repaint of every element)
  useEffect(() => {
    if (props.resourcesVersion === shown.current.resourcesVersion) return;
    shown.current.resourcesVersion = props.resourcesVersion;
    viewRef.current?.sync(false);
  }, [props.resourcesVersion]);
  useEffect(() => {
    if (props.lang === shown.current.lang) return;
    shown.current.lang = props.lang;
    viewRef.current?.refresh();
  }, [props.lang]);

  const onDrop = (e: DragEvent) => {
    const id = e.dataTransfer.getData(MOTIF_DRAG_TYPE);
    const view = viewRef.current;
    if (!id || !view) return;
    e.preventDefault();
    props.onDropMotif(id, view.sceneFromClient(e.clientX, e.clientY));
  };

  return (
    <div
      ref={boxRef}
      className="cmp-canvas"
      role="application"
      aria-label={props.label}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(MOTIF_DRAG_TYPE)) e.preventDefault();
      }}
      onDrop={onDrop}
    />
  );
});

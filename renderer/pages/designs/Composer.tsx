import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { MotifSummary } from '../../../model/api';
import { printColorToCss } from '../../../model/color';
import type { Command } from '../../../model/design/commands/apply';
import type { Element } from '../../../model/design/schema';
import { useApi } from '../../api/context';
import { DesignCanvas } from '../../canvas/DesignCanvas';
import type { CanvasView } from '../../canvas/view';
import { newIds, nudgeCommands, runWithCredits } from '../../editor/actions';
import { ElementClipboard, gatePaste, type HeldBack } from '../../editor/clipboard';
import { productQrContent } from '../../../model/product/qr-content';
import { QrAddressDialog } from './QrAddressDialog';
import type { Paste } from '../../../model/design/commands/duplicate';
import { elementUsesMotif } from '../../../model/design/schema';
import { StudioError } from '../../../model/localized';
import { MotifConfirmDialog } from './MotifConfirmDialog';
import { newBarcode, newImage, newMotif, newPattern, newNutritionTable, newQr, newShape, newText, newTextInFreeSpace, targetPanel } from '../../editor/new-elements';
import { fieldValue, insertLabelItem } from '../../editor/insert-label-item';
import { actionForKey, isTypingTarget } from '../../editor/shortcuts';
import { useI18n } from '../../i18n';
import { ExportDialog } from '../../export/ExportDialog';
import { useNotifyError } from '../../shell/notify';
import { readFileBase64 } from '../library/files';
import { CheckPanel } from './CheckPanel';
import { LayersPanel } from './LayersPanel';
import { LibraryPanel, type PlaceMode } from './LibraryPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { SnapshotDialog, VersionsDialog } from './SnapshotDialogs';
import { DesignActions, Toolbar, type AddKind } from './Toolbar';
import type { FontInfo } from './types';
import { useComposerSession, useEditorState } from './useComposerSession';

export interface ComposerProps {
  designId: string;
  onBack: () => void;
  /** the guided path's step bar, shown above the tools */
  guide?: (api: ComposerApi) => ReactNode;
  /** export: the export dialog (another area's work) plugs in here */
  onExport?: (designId: string) => void;
}

/** What the guided path may do in the composer. */
export interface ComposerApi {
  addText: (text: string, direction: 'horizontal' | 'vertical', sizePt: number) => void;
  showTab: (tab: 'library' | 'layers' | 'check') => void;
  exportNow: () => void;
}

/** The composer: tools, the library/layers column, the canvas and the properties column. */
export function Composer({ designId, onBack, guide, onExport }: ComposerProps) {
  const api = useApi();
  const notify = useNotifyError();
  const { t, l, lang } = useI18n();
  const { session, saveStatus, resourcesVersion } = useComposerSession(api, designId, notify);
  const state = useEditorState(session?.store);
  const [page, setPage] = useState('front');
  const [zoom, setZoom] = useState(1);
  const [guides, setGuides] = useState(true);
  const [tab, setTab] = useState<'library' | 'layers' | 'check'>('library');
  const [fonts, setFonts] = useState<FontInfo[]>([]);
  const [dialog, setDialog] = useState<'snapshot' | 'versions' | 'export' | 'qr' | null>(null);
  const viewRef = useRef<CanvasView | null>(null);
  const clipboard = useMemo(() => new ElementClipboard(), []);
  const [clipVersion, setClipVersion] = useState(0);

  useEffect(() => {
    api.call('fonts.list', {}).then(setFonts, notify);
  }, [api, notify]);

  const store = session?.store;
  const resources = session?.resources;
  const doc = state.doc;
  const template = useMemo(() => (resources && doc ? resources.template(doc) : undefined), [resources, doc]);

  const run = useCallback(
    (cmds: Command | Command[], label?: string) => {
      if (!store || !resources || !template) return;
      try {
        runWithCredits(store, Array.isArray(cmds) ? cmds : [cmds], resources, template, page, label);
      } catch (e) {
        notify(e);
      }
    },
    [store, resources, template, page, notify],
  );

  const addElements = useCallback(
    (els: Element[]) => {
      if (!store) return;
      const before = store.doc;
      run(els.map((element) => ({ type: 'add-element' as const, element })));
      const created = newIds(before, store.doc).filter((id) => els.some((e) => e.id === id));
      if (created.length) store.select(created);
    },
    [run, store],
  );

  const where = useCallback(
    (at?: { x: number; y: number }) => {
      const tpl = template!;
      const panel = at ? tpl.panels.find((p) => p.page === page && inside(p.bounds, at)) : undefined;
      return { doc: store!.doc, template: tpl, page, ...(panel ? { panelId: panel.id } : {}) };
    },
    [template, page, store],
  );

  /** the check panel's "Insert" on a missing label item */
  const insertItem = useCallback(
    (placeholder: string) => {
      if (!store || !template) return;
      const { command, elementId, page: at } = insertLabelItem(store.doc, placeholder, where(), fieldValue(resources?.product(), `{{${placeholder}}}`));
      run(command);
      setPage(at);
      store.select([elementId]);
    },
    [store, template, where, run, resources],
  );

  const place = useCallback(
    async (motif: MotifSummary, mode: PlaceMode, at?: { x: number; y: number }) => {
      if (!resources || !store) return;
      try {
        await resources.ensureMotifs([motif.id]);
        const entry = resources.motif(motif.id);
        const w = where(at);
        const el =
          mode === 'motif'
            ? newMotif(w, motif.id, `${motif.names.zh} ${motif.names.en}`, entry?.aspect ?? 1)
            : newPattern(w, motif.id, `${motif.names.zh} ${motif.names.en}`, mode === 'tile' ? 'tile' : 'border');
        if (at && el.kind === 'motif') {
          el.transform = { ...el.transform, x: at.x - el.transform.width / 2, y: at.y - el.transform.height / 2 };
        }
        addElements([el]);
      } catch (e) {
        notify(e);
      }
    },
    [resources, store, where, addElements, notify],
  );

  const addTool = useCallback(
    (kind: AddKind) => {
      if (!store || !template) return;
      const w = where();
      const fontId = fonts[0]?.id;
      // a new QR is the linked product's GS1 Digital Link; without one, ask for an address
      const qrContent = kind === 'qr' ? productQrContent(resources?.product()) : undefined;
      if (kind === 'qr' && !qrContent) {
        setDialog('qr');
        return;
      }
      const el =
        kind === 'text' || kind === 'vtext'
          ? newText(w, t('cmp.text.default'), kind === 'vtext' ? 'vertical' : 'horizontal', fontId)
          : kind === 'qr'
            ? newQr(w, qrContent!)
            : kind === 'barcode'
              ? newBarcode(w)
              : kind === 'nutrition'
                ? newNutritionTable(w)
                : newShape(w, kind);
      addElements([el]);
    },
    [store, template, where, fonts, t, addElements, resources],
  );

  const addImage = useCallback(
    async (file: File) => {
      try {
        const up = await api.call('assets.upload', { name: file.name, base64: await readFileBase64(file), purpose: 'photo' });
        addElements([newImage(where(), up.assetId, up.pixelWidth, up.pixelHeight)]);
      } catch (e) {
        notify(e);
      }
    },
    [api, where, addElements, notify],
  );

  // pasting is placing: the motif gate decides for the target design, as for the library panel
  const [pasteConfirm, setPasteConfirm] = useState<{ cmd: Paste; held: HeldBack[] } | null>(null);
  const pasteGated = useCallback(
    async (cmd: Paste, confirmed: boolean) => {
      if (!store || !resources) return;
      try {
        await resources.ensureMotifs(cmd.elements.flatMap((e) => elementUsesMotif(e) ?? []));
        const gated = gatePaste(cmd, (id) => resources.motif(id)?.record, { ...resources.productContext(), confirmed });
        if (gated.needsConfirmation.length > 0) return setPasteConfirm({ cmd, held: gated.needsConfirmation });
        if (gated.refused.length > 0) {
          notify(
            new StudioError('paste.refused', {
              zh: `没有粘贴这些纹样：${gated.refused.map((r) => r.reason.zh).join(' ')}`,
              en: `These motifs were not pasted: ${gated.refused.map((r) => r.reason.en).join(' ')}`,
            }),
          );
        }
        if (!gated.command) return;
        const before = store.doc;
        run(gated.command, '粘贴 paste');
        const created = newIds(before, store.doc);
        if (created.length) store.select(created);
      } catch (e) {
        notify(e);
      }
    },
    [store, resources, run, notify],
  );

  const selection = state.selection ?? [];
  const act = useCallback(
    (type: 'copy' | 'paste' | 'duplicate' | 'delete' | 'undo' | 'redo' | 'select-all') => {
      if (!store) return;
      const ids = [...store.selection];
      const before = store.doc;
      if (type === 'undo') return store.undo();
      if (type === 'redo') return store.redo();
      if (type === 'select-all') return store.select(store.doc.elements.filter((e) => e.page === page && !e.hidden && !e.locked).map((e) => e.id));
      if (type === 'copy') {
        if (clipboard.copy(store.doc, ids)) setClipVersion((v) => v + 1);
        return;
      }
      if (type === 'paste') {
        const cmd = clipboard.pasteCommand(page);
        if (cmd) void pasteGated(cmd, false);
        return;
      } else if (ids.length === 0) {
        return;
      } else if (type === 'duplicate') {
        run({ type: 'duplicate', ids }, '复制 duplicate');
      } else {
        run({ type: 'remove-elements', ids }, '删除 delete');
        return;
      }
      const created = newIds(before, store.doc);
      if (created.length) store.select(created);
    },
    [store, clipboard, page, run, pasteGated],
  );

  // keyboard shortcuts, except while typing in a field
  useEffect(() => {
    if (!store) return;
    const onKey = (e: KeyboardEvent) => {
      if (isTypingTarget(e.target) || document.querySelector('dialog[open]')) return;
      const a = actionForKey(e);
      if (!a) return;
      e.preventDefault();
      if (a.type === 'escape') {
        if (!viewRef.current?.cancelGesture()) store.select([]);
      } else if (a.type === 'nudge') {
        const cmds = nudgeCommands(store.doc, store.selection, a.dx, a.dy);
        if (cmds.length) run(cmds, '移动 move');
      } else {
        act(a.type);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, run, act]);

  const palette = useMemo(
    () => Object.entries(resources?.brandColours ?? {}).map(([name, c]) => ({ name, css: printColorToCss(c) })),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [resources, resourcesVersion, resources?.brandColours],
  );

  const exportNow = useCallback(async () => {
    if (!store) return;
    // the export reads the saved design, so the last edits must be on disk first
    await session?.autosaver.flush('explicit');
    if (onExport) onExport(store.doc.id);
    else setDialog('export');
  }, [store, session, onExport]);

  const composerApi = useMemo<ComposerApi>(
    () => ({
      addText: (text, direction, sizePt) => {
        if (!store || !template) return;
        // into free space of the panel: never over the motif the user just placed (model/design/free-space.ts)
        addElements([newTextInFreeSpace(where(), text, direction, sizePt, fonts[0]?.id)]);
      },
      showTab: setTab,
      exportNow: () => void exportNow(),
    }),
    [store, template, where, fonts, page, addElements, exportNow],
  );

  // stable handlers for the memoised toolbar, title row and canvas: a nudge re-renders the
  // properties of the moved element, not every button around the canvas
  const toolbarActions = useMemo(
    () => ({
      onUndo: () => act('undo'),
      onRedo: () => act('redo'),
      onZoom: (f: number) => viewRef.current?.zoomBy(f),
      onFit: () => viewRef.current?.fit(),
      onCopy: () => act('copy'),
      onPaste: () => act('paste'),
      onDuplicate: () => act('duplicate'),
      onDelete: () => act('delete'),
    }),
    [act],
  );
  const onToggleGuides = useCallback(() => {
    viewRef.current?.setGuidesVisible(!guides);
    setGuides(!guides);
  }, [guides]);
  const onSnapshot = useCallback(() => setDialog('snapshot'), []);
  const onVersions = useCallback(() => setDialog('versions'), []);
  const onExportClick = useCallback(() => void exportNow(), [exportNow]);
  const onOpenElement = useCallback(() => {
    // the selection is the double-clicked element; its main field is the first text box
    requestAnimationFrame(() => document.querySelector<HTMLElement>('.cmp-props textarea, .cmp-props .prop-main')?.focus());
  }, []);
  const onCanvasReady = useCallback((v: CanvasView | null) => {
    viewRef.current = v;
  }, []);
  const onDropMotif = useCallback(
    (data: string, at: { x: number; y: number }) => {
      // the library panel only lets placeable motifs be dragged
      const m = JSON.parse(data) as MotifSummary;
      if (m.placeable.allowed) void place(m, 'motif', at);
    },
    [place],
  );

  if (!session || !doc || !template || !store || !resources) {
    return (
      <section className="page composer loading" aria-busy="true">
        <button type="button" className="cmp-back" onClick={onBack}>
          {t('des.back')}
        </button>
        <p className="muted">{t('cmp.loading')}</p>
      </section>
    );
  }

  return (
    <section className="page composer" aria-label={doc.name}>
      <header className="cmp-head">
        <button type="button" className="cmp-back" onClick={onBack}>
          {t('des.back')}
        </button>
        <h1 className="cmp-title">{doc.name}</h1>
        {doc.pages.length > 1 && (
          <div className="cmp-pages" role="group" aria-label={t('cmp.page')}>
            {doc.pages.map((p) => (
              <button key={p.name} type="button" aria-pressed={p.name === page} onClick={() => setPage(p.name)}>
                {p.name === 'front' ? t('cmp.page.front') : p.name === 'back' ? t('cmp.page.back') : p.name}
              </button>
            ))}
          </div>
        )}
        <DesignActions saveStatus={saveStatus} onSnapshot={onSnapshot} onVersions={onVersions} onExport={onExportClick} />
      </header>
      {guide?.(composerApi)}
      {session.repairs.length > 0 && (
        <details className="cmp-repairs">
          <summary>{t('cmp.repairs')}</summary>
          <ul>
            {session.repairs.map((r, i) => (
              <li key={i}>{lang === 'en' ? r.message.en : r.message.zh}</li>
            ))}
          </ul>
        </details>
      )}
      <Toolbar
        canUndo={state.canUndo}
        canRedo={state.canRedo}
        hasSelection={selection.length > 0}
        canPaste={clipVersion > 0 && !clipboard.isEmpty}
        zoom={zoom}
        {...toolbarActions}
        guides={guides}
        onToggleGuides={onToggleGuides}
        onAdd={addTool}
        onImage={addImage}
      />
      <div className="cmp-body">
        <aside className="cmp-side">
          <div className="cmp-tabs" role="tablist" aria-label={t('cmp.tabs')}>
            {(['library', 'layers', 'check'] as const).map((k) => (
              <button key={k} type="button" role="tab" aria-selected={tab === k} onClick={() => setTab(k)}>
                {t(`cmp.tab.${k}`)}
              </button>
            ))}
          </div>
          <div className="cmp-tabpanel" role="tabpanel">
            {tab === 'library' && <LibraryPanel onPlace={(m, mode) => void place(m, mode)} />}
            {tab === 'layers' && <LayersPanel doc={doc} page={page} selection={selection} onSelect={(ids) => store.select(ids)} run={run} />}
            {tab === 'check' && <CheckPanel doc={doc} onPage={setPage} onSelect={(ids) => store.select(ids)} onInsert={insertItem} />}
          </div>
        </aside>
        <DesignCanvas
          store={store}
          resources={resources}
          page={page}
          lang={lang}
          label={t('cmp.canvas')}
          resourcesVersion={resourcesVersion}
          onError={notify}
          onZoom={setZoom}
          onOpenElement={onOpenElement}
          onReady={onCanvasReady}
          onDropMotif={onDropMotif}
        />
        <PropertiesPanel doc={doc} selection={selection} palette={palette} fonts={fonts} resources={resources} template={template} run={run} />
      </div>
      {dialog === 'snapshot' && <SnapshotDialog designId={doc.id} flush={() => session.autosaver.flush('explicit')} onClose={() => setDialog(null)} />}
      {dialog === 'versions' && (
        <VersionsDialog
          designId={doc.id}
          flush={() => session.autosaver.flush('explicit')}
          onRestored={(d) => {
            store.load(d);
            session.autosaver.markSaved(d);
            void resources.ensure(d);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog === 'export' && <ExportDialog designId={doc.id} onClose={() => setDialog(null)} />}
      {pasteConfirm && (
        <MotifConfirmDialog
          reasons={pasteConfirm.held.map((h) => h.reason)}
          confirmLabel="cmp.paste.confirm"
          onCancel={() => setPasteConfirm(null)}
          onConfirm={() => {
            const { cmd } = pasteConfirm;
            setPasteConfirm(null);
            void pasteGated(cmd, true);
          }}
        />
      )}
      {dialog === 'qr' && (
        <QrAddressDialog
          onAdd={(address) => {
            setDialog(null);
            addElements([newQr(where(), address)]);
          }}
          onClose={() => setDialog(null)}
        />
      )}
    </section>
  );
}

function inside(r: { x: number; y: number; width: number; height: number }, p: { x: number; y: number }): boolean {
  return p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;
}


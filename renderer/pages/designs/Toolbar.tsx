import { memo, useRef } from 'react';
import type { AutosaveStatus } from '../../editor/autosave';
import { useI18n } from '../../i18n';

export type AddKind = 'text' | 'vtext' | 'rect' | 'ellipse' | 'line' | 'qr' | 'barcode' | 'nutrition';

interface Props {
  canUndo: boolean;
  canRedo: boolean;
  hasSelection: boolean;
  canPaste: boolean;
  zoom: number;
  onUndo: () => void;
  onRedo: () => void;
  onZoom: (factor: number) => void;
  onFit: () => void;
  /** guides (die line, safe areas, panel names) shown; off = preview of what prints */
  guides: boolean;
  onToggleGuides: () => void;
  onAdd: (kind: AddKind) => void;
  onImage: (file: File) => void;
  onCopy: () => void;
  onPaste: () => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

interface ActionProps {
  saveStatus: AutosaveStatus;
  onSnapshot: () => void;
  onVersions: () => void;
  onExport: () => void;
}

const ADD: [AddKind, string][] = [
  ['text', '文'],
  ['vtext', '竖'],
  ['rect', '◻'],
  ['ellipse', '◯'],
  ['line', '╱'],
  ['qr', '▣'],
  ['barcode', '▥'],
  ['nutrition', '▤'],
];

/** One row of big, labelled tools; every button has a name for screen readers and tests. */
export const Toolbar = memo(function Toolbar(p: Props) {
  const { t } = useI18n();
  const file = useRef<HTMLInputElement>(null);
  return (
    <div className="cmp-toolbar" role="toolbar" aria-label={t('cmp.toolbar')}>
      <div className="tb-group">
        <button type="button" aria-label={t('cmp.undo')} title={`${t('cmp.undo')} (Ctrl+Z)`} disabled={!p.canUndo} onClick={p.onUndo}>
          ↶ <span className="tb-text">{t('cmp.undo')}</span>
        </button>
        <button type="button" aria-label={t('cmp.redo')} title={`${t('cmp.redo')} (Ctrl+Shift+Z)`} disabled={!p.canRedo} onClick={p.onRedo}>
          ↷ <span className="tb-text">{t('cmp.redo')}</span>
        </button>
      </div>
      <div className="tb-group">
        <button type="button" aria-label={t('cmp.zoomOut')} title={t('cmp.zoomOut')} onClick={() => p.onZoom(1 / 1.25)}>
          −
        </button>
        <output className="tb-zoom" aria-live="off" aria-label={t('cmp.zoom', { p: Math.round(zoomPercent(p.zoom)) })}>
          {Math.round(zoomPercent(p.zoom))}%
        </output>
        <button type="button" aria-label={t('cmp.zoomIn')} title={t('cmp.zoomIn')} onClick={() => p.onZoom(1.25)}>
          +
        </button>
        <button type="button" aria-label={t('cmp.fit')} title={t('cmp.fit')} onClick={p.onFit}>
          ⤢
        </button>
        <button type="button" aria-pressed={!p.guides} aria-label={t('cmp.preview')} title={t('cmp.preview')} onClick={p.onToggleGuides}>
          👁
        </button>
      </div>
      <div className="tb-group" role="group" aria-label={t('cmp.add')}>
        <span className="tb-label">{t('cmp.add')}</span>
        {ADD.map(([kind, icon]) => (
          <button key={kind} type="button" aria-label={t(`cmp.add.${kind}`)} title={t(`cmp.add.${kind}`)} onClick={() => p.onAdd(kind)}>
            {icon}
          </button>
        ))}
        <button type="button" aria-label={t('cmp.add.image')} title={t('cmp.add.image')} onClick={() => file.current?.click()}>
          ▨
        </button>
        <input
          ref={file}
          type="file"
          hidden
          accept="image/png,image/jpeg,image/webp,image/tiff"
          aria-label={t('cmp.add.image')}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) p.onImage(f);
            e.target.value = '';
          }}
        />
      </div>
      <div className="tb-group">
        <button type="button" className="tb-word" title={`${t('cmp.copy')} (Ctrl+C)`} disabled={!p.hasSelection} onClick={p.onCopy}>
          {t('cmp.copy')}
        </button>
        <button type="button" className="tb-word" title={`${t('cmp.paste')} (Ctrl+V)`} disabled={!p.canPaste} onClick={p.onPaste}>
          {t('cmp.paste')}
        </button>
        <button type="button" className="tb-word" title={`${t('cmp.duplicate')} (Ctrl+D)`} disabled={!p.hasSelection} onClick={p.onDuplicate}>
          {t('cmp.duplicate')}
        </button>
        <button type="button" className="tb-word" title={`${t('cmp.delete')} (Delete)`} disabled={!p.hasSelection} onClick={p.onDelete}>
          {t('cmp.delete')}
        </button>
      </div>
    </div>
  );
});

/** Saving state and the design-wide actions, in the composer's title row. */
export const DesignActions = memo(function DesignActions(p: ActionProps) {
  const { t } = useI18n();
  const save = p.saveStatus.state;
  return (
      <div className="cmp-actions">
        <span className={`save-status save-${save}`} role="status" aria-live="polite">
          {t(`cmp.save.${save}`)}
        </span>
        <button type="button" onClick={p.onSnapshot}>
          {t('cmp.snapshot')}
        </button>
        <button type="button" onClick={p.onVersions}>
          {t('cmp.snapshots')}
        </button>
        <button type="button" className="primary" onClick={p.onExport}>
          {t('cmp.export')}
        </button>
      </div>
  );
});

/** fabric zoom is px per mm; 100% = real size on a 96 dpi screen (3.78 px per mm) */
export function zoomPercent(pxPerMm: number): number {
  return (pxPerMm / (96 / 25.4)) * 100;
}

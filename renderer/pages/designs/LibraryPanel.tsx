import { useEffect, useState } from 'react';
import type { MotifSummary } from '../../../model/api';
import { useApi } from '../../api/context';
import { MOTIF_DRAG_TYPE } from '../../canvas/DesignCanvas';
import { useI18n } from '../../i18n';
import { MotifConfirmDialog } from './MotifConfirmDialog';
import { useDebounced } from '../library/useDebounced';
import { Thumbnail } from '../../thumbnails/Thumbnail';
import { useThumbnails } from '../library/useThumbnails';
import { useNotifyError } from '../../shell/notify';

export type PlaceMode = 'motif' | 'tile' | 'border';

/**
 * 纹样: search the published library and place a motif, a tiled fill or a border. A
 * motif that may not go on a product shows why, in plain words, and cannot be placed;
 * one that needs confirmation asks first.
 */
export function LibraryPanel({ onPlace }: { onPlace: (motif: MotifSummary, mode: PlaceMode) => void }) {
  const api = useApi();
  const notify = useNotifyError();
  const { t, l } = useI18n();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 200);
  const [items, setItems] = useState<MotifSummary[] | null>(null);
  const { thumbs, request } = useThumbnails();
  const [confirm, setConfirm] = useState<{ motif: MotifSummary; mode: PlaceMode } | null>(null);

  useEffect(() => {
    let alive = true;
    // the shared library and the cooperative's own artwork (not in the shared listing until reviewed)
    Promise.all([api.call('library.search', { query, view: 'own', limit: 60 }), api.call('library.search', { query, view: 'cooperative', limit: 60 })]).then(
      ([own, shared]) => {
        if (!alive) return;
        const all = [...own.items, ...shared.items];
        // what may be placed first; refused motifs stay listed (with the reason) at the end
        const rank = (m: MotifSummary) => (m.placeable.allowed ? 0 : m.placeable.needsConfirmation ? 1 : 2);
        setItems([...all].sort((a, b) => rank(a) - rank(b)));
        request(all.map((m) => m.id));
      },
      (e) => alive && notify(e),
    );
    return () => {
      alive = false;
    };
  }, [api, query, request, notify]);

  const place = (motif: MotifSummary, mode: PlaceMode) => {
    if (!motif.placeable.allowed && motif.placeable.needsConfirmation) setConfirm({ motif, mode });
    else if (motif.placeable.allowed) onPlace(motif, mode);
  };

  return (
    <div className="libp">
      <input type="search" className="libp-search" value={text} onChange={(e) => setText(e.target.value)} aria-label={t('libp.search')} placeholder={t('libp.placeholder')} maxLength={200} />
      <p className="muted small">{t('libp.drag')}</p>
      {items && items.length === 0 && <p className="muted hint">{t('libp.none')}</p>}
      <ul className="libp-list" aria-label={t('libp.results')}>
        {(items ?? []).map((m) => {
          const blocked = !m.placeable.allowed && !m.placeable.needsConfirmation;
          const name = m.names.zh;
          return (
            <li
              key={m.id}
              className={blocked ? 'libp-item blocked' : 'libp-item'}
              draggable={!blocked}
              onDragStart={(e) => {
                if (!m.placeable.allowed) return e.preventDefault();
                e.dataTransfer.setData(MOTIF_DRAG_TYPE, JSON.stringify(m));
                e.dataTransfer.effectAllowed = 'copy';
              }}
              data-motif={m.slug}
            >
              <Thumbnail className="libp-thumb" src={thumbs[m.id]} name={t('thumb.motif', { name })} size={56} />
              <div className="libp-body">
                <div className="libp-name">
                  {name}
                  <span className="muted small"> {m.names.en}</span>
                </div>
                <span className={`label-badge label-${m.usageLabel} usage-${m.usage.kind}`}>{l(m.usage.badge)}</span>
                {blocked && (
                  <p className="libp-reason" role="note">
                    {t('libp.not.allowed')}
                    {l(m.placeable.reason)}
                  </p>
                )}
                {!blocked && m.placeable.caution && <p className="libp-caution">{l(m.placeable.caution)}</p>}
                {m.placeable.needsConfirmation && <p className="libp-caution">{t('libp.confirm.hint')}</p>}
                <div className="libp-actions">
                  <button type="button" className="primary" disabled={blocked} aria-label={t('libp.place.named', { name })} onClick={() => place(m, 'motif')}>
                    {t('libp.place')}
                  </button>
                  <button type="button" disabled={blocked} aria-label={t('libp.tile.named', { name })} onClick={() => place(m, 'tile')}>
                    {t('libp.tile')}
                  </button>
                  <button type="button" disabled={blocked} aria-label={t('libp.border.named', { name })} onClick={() => place(m, 'border')}>
                    {t('libp.border')}
                  </button>
                </div>
              </div>
            </li>
          );
        })}
      </ul>
      {confirm && (
        <MotifConfirmDialog
          reasons={confirm.motif.placeable.reason ? [confirm.motif.placeable.reason] : []}
          confirmLabel="libp.confirm.ok"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            onPlace(confirm.motif, confirm.mode);
            setConfirm(null);
          }}
        />
      )}
    </div>
  );
}

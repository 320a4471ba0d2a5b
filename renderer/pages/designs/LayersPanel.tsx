import type { Command } from '../../../model/design/commands/apply';
import { memo, useMemo, useRef } from 'react';
import type { Design, Element } from '../../../model/design/schema';
import { useI18n } from '../../i18n';

const KIND_ICON: Record<string, string> = { motif: '✿', pattern: '▦', text: '文', image: '▨', shape: '◻', qr: '▣', barcode: '▥' };

/**
 * 图层: top of the list = front-most on the page; reorder, lock, hide, rename, select.
 * A nudge or an undo changes one element; rows are memoised on their element (elements are
 * shared between document versions), so only that row renders again, not all 300.
 */
export function LayersPanel(props: {
  doc: Design;
  page: string;
  selection: readonly string[];
  onSelect: (ids: string[]) => void;
  run: (c: Command | Command[], label?: string) => void;
}) {
  const { t } = useI18n();
  const { doc, page, selection } = props;
  // the handlers change identity with every document; the rows reach them through a ref
  const latest = useRef(props);
  latest.current = props;
  const actions = useMemo<RowActions>(
    () => ({
      pick: (id, add) => {
        const { selection: sel, onSelect } = latest.current;
        onSelect(add ? toggle(sel, id) : [id]);
      },
      rename: (id) => {
        // renaming happens in the properties panel's name field
        latest.current.onSelect([id]);
        requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.cmp-props input[data-field="name"]')?.select());
      },
      run: (c) => latest.current.run(c),
    }),
    [],
  );
  const items = useMemo(() => doc.elements.filter((e) => e.page === page).reverse(), [doc.elements, page]);
  const selected = useMemo(() => new Set(selection), [selection]);
  if (items.length === 0) return <p className="muted hint">{t('lay.none')}</p>;
  return (
    <div className="layers">
      <p className="muted small">{t('lay.title')}</p>
      <ul className="layer-list" aria-label={t('lay.list')}>
        {items.map((el, i) => (
          <LayerRow key={el.id} el={el} selected={selected.has(el.id)} isCredit={doc.credits.blockId === el.id} first={i === 0} last={i === items.length - 1} actions={actions} />
        ))}
      </ul>
    </div>
  );
}

interface RowActions {
  pick: (id: string, add: boolean) => void;
  rename: (id: string) => void;
  run: (c: Command) => void;
}

const LayerRow = memo(function LayerRow({ el, selected, isCredit, first, last, actions }: { el: Element; selected: boolean; isCredit: boolean; first: boolean; last: boolean; actions: RowActions }) {
  const { t } = useI18n();
  return (
    <li className={selected ? 'layer selected' : 'layer'} aria-current={selected || undefined}>
      <button
        type="button"
        className="layer-pick"
        title={el.name}
        aria-pressed={selected}
        onClick={(e) => actions.pick(el.id, e.shiftKey || e.ctrlKey || e.metaKey)}
        onDoubleClick={() => actions.rename(el.id)}
      >
        <span className="layer-icon" aria-hidden>
          {KIND_ICON[el.kind]}
        </span>
        <span className={el.hidden ? 'layer-name hidden' : 'layer-name'}>{el.name || el.id}</span>
        {isCredit && <span className="credit-tag">{t('lay.credit')}</span>}
      </button>
      <span className="layer-tools">
        <button type="button" aria-label={`${t('lay.up')}: ${el.name}`} title={t('lay.up')} disabled={first} onClick={() => actions.run({ type: 'reorder', ids: [el.id], to: 'forward' })}>
          ↑
        </button>
        <button type="button" aria-label={`${t('lay.down')}: ${el.name}`} title={t('lay.down')} disabled={last} onClick={() => actions.run({ type: 'reorder', ids: [el.id], to: 'backward' })}>
          ↓
        </button>
        <button
          type="button"
          aria-label={`${t(el.locked ? 'lay.unlock' : 'lay.lock')}: ${el.name}`}
          title={t(el.locked ? 'lay.unlock' : 'lay.lock')}
          aria-pressed={el.locked}
          onClick={() => actions.run({ type: 'set-flags', ids: [el.id], locked: !el.locked })}
        >
          {el.locked ? '锁' : '○'}
        </button>
        <button
          type="button"
          aria-label={`${t(el.hidden ? 'lay.show' : 'lay.hide')}: ${el.name}`}
          title={t(el.hidden ? 'lay.show' : 'lay.hide')}
          aria-pressed={el.hidden}
          onClick={() => actions.run({ type: 'set-flags', ids: [el.id], hidden: !el.hidden })}
        >
          {el.hidden ? '◌' : '◉'}
        </button>
      </span>
    </li>
  );
});

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

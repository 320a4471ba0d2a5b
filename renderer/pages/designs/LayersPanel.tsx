import type { Command } from '../../../model/design/commands/apply';
import type { Design } from '../../../model/design/schema';
import { useI18n } from '../../i18n';

const KIND_ICON: Record<string, string> = { motif: '✿', pattern: '▦', text: '文', image: '▨', shape: '◻', qr: '▣', barcode: '▥' };

/** 图层: top of the list = front-most on the page; reorder, lock, hide, rename, select. */
export function LayersPanel(props: {
  doc: Design;
  page: string;
  selection: readonly string[];
  onSelect: (ids: string[]) => void;
  run: (c: Command | Command[], label?: string) => void;
}) {
  const { t } = useI18n();
  const { doc, page, selection, run } = props;
  const items = doc.elements.filter((e) => e.page === page).reverse();
  if (items.length === 0) return <p className="muted hint">{t('lay.none')}</p>;
  return (
    <div className="layers">
      <p className="muted small">{t('lay.title')}</p>
      <ul className="layer-list" aria-label={t('lay.list')}>
        {items.map((el, i) => {
          const selected = selection.includes(el.id);
          const isCredit = doc.credits.blockId === el.id;
          return (
            <li key={el.id} className={selected ? 'layer selected' : 'layer'} aria-current={selected || undefined}>
              <button
                type="button"
                className="layer-pick"
                title={el.name}
                aria-pressed={selected}
                onClick={(e) => props.onSelect(e.shiftKey || e.ctrlKey || e.metaKey ? toggle(selection, el.id) : [el.id])}
                onDoubleClick={() => {
                  // renaming happens in the properties panel's name field
                  props.onSelect([el.id]);
                  requestAnimationFrame(() => document.querySelector<HTMLInputElement>('.cmp-props input[data-field="name"]')?.select());
                }}
              >
                <span className="layer-icon" aria-hidden>
                  {KIND_ICON[el.kind]}
                </span>
                <span className={el.hidden ? 'layer-name hidden' : 'layer-name'}>{el.name || el.id}</span>
                {isCredit && <span className="credit-tag">{t('lay.credit')}</span>}
              </button>
              <span className="layer-tools">
                <button type="button" aria-label={`${t('lay.up')}: ${el.name}`} title={t('lay.up')} disabled={i === 0} onClick={() => run({ type: 'reorder', ids: [el.id], to: 'forward' })}>
                  ↑
                </button>
                <button type="button" aria-label={`${t('lay.down')}: ${el.name}`} title={t('lay.down')} disabled={i === items.length - 1} onClick={() => run({ type: 'reorder', ids: [el.id], to: 'backward' })}>
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`${t(el.locked ? 'lay.unlock' : 'lay.lock')}: ${el.name}`}
                  title={t(el.locked ? 'lay.unlock' : 'lay.lock')}
                  aria-pressed={el.locked}
                  onClick={() => run({ type: 'set-flags', ids: [el.id], locked: !el.locked })}
                >
                  {el.locked ? '锁' : '○'}
                </button>
                <button
                  type="button"
                  aria-label={`${t(el.hidden ? 'lay.show' : 'lay.hide')}: ${el.name}`}
                  title={t(el.hidden ? 'lay.show' : 'lay.hide')}
                  aria-pressed={el.hidden}
                  onClick={() => run({ type: 'set-flags', ids: [el.id], hidden: !el.hidden })}
                >
                  {el.hidden ? '◌' : '◉'}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function toggle(list: readonly string[], id: string): string[] {
  return list.includes(id) ? list.filter((x) => x !== id) : [...list, id];
}

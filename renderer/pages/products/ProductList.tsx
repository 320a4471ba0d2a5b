import type { ProductSummary } from '../../../model/api/products';
import { useI18n } from '../../i18n';

export function ProductList({ items, selected, onSelect, onNew }: { items: ProductSummary[]; selected: string | null; onSelect: (id: string) => void; onNew: () => void }) {
  const { t, lang } = useI18n();
  const name = (n: { zh: string; en?: string }) => (lang === 'en' && n.en ? n.en : n.zh);
  return (
    <nav className="prod-list" aria-label={t('prod.list')}>
      <button type="button" className="primary prod-new" onClick={onNew}>
        {t('prod.new')}
      </button>
      {items.length === 0 && <p className="prod-muted">{t('prod.none')}</p>}
      <ul>
        {items.map((p) => (
          <li key={p.id}>
            <button type="button" className={p.id === selected ? 'prod-item selected' : 'prod-item'} aria-current={p.id === selected || undefined} onClick={() => onSelect(p.id)}>
              <span className="prod-item-name">{name(p.name) || t('prod.untitled')}</span>
              <span className="prod-item-coop">{name(p.cooperativeName)}</span>
              <span className="prod-item-meta">
                {p.sample && <span className="prod-tag">{t('prod.sample')}</span>}
                {(p.errorCount > 0 || p.warningCount > 0) && (
                  <span className={p.errorCount > 0 ? 'prod-count bad' : 'prod-count'}>{t('prod.counts', { errors: p.errorCount, warnings: p.warningCount })}</span>
                )}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useI18n } from '../i18n';
import type { PageEntry, PageId } from '../pages/registry';

export function Nav({ pages, current, onSelect }: { pages: PageEntry[]; current: PageId; onSelect: (id: PageId) => void }) {
  const { t } = useI18n();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <div className="brand-mark" aria-hidden="true">
        锦绣
      </div>
      <ul>
        {pages.map((page) => (
          <li key={page.id}>
            <button
              type="button"
              className={page.id === current ? 'nav-item active' : 'nav-item'}
              aria-current={page.id === current ? 'page' : undefined}
              onClick={() => onSelect(page.id)}
            >
              <span className="nav-icon" aria-hidden="true">
                {page.icon}
              </span>
              <span>{t(page.label)}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useI18n, type MessageKey } from '../i18n';

/** The left navigation: the studio's pages (pages/registry.tsx) or, in hub mode, the views a role may open. */
export function Nav<Id extends string>({ pages, current, onSelect }: { pages: readonly { id: Id; label: MessageKey; icon: string }[]; current: Id; onSelect: (id: Id) => void }) {
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

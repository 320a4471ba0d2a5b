import { useEffect, useState } from 'react';
import type { Reminder } from '../../../model/api/products';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';
import { OPEN_PRODUCT_KEY } from '../products/ProductsPage';
import { navigateTo as go } from '../../shell/navigate';

/** Welcome, the first steps, and certificates that have lapsed or lapse within 30 days. */
export function HomePage() {
  const { t, l, lang } = useI18n();
  const api = useApi();
  const notify = useNotifyError();
  const [reminders, setReminders] = useState<Reminder[] | null>(null);

  useEffect(() => {
    api.call('products.reminders', { withinDays: 30 }).then((r) => setReminders(r.items), notify);
  }, [api, notify]);

  const openProduct = (id: string) => {
    sessionStorage.setItem(OPEN_PRODUCT_KEY, id);
    go('products');
  };
  const name = (n: { zh: string; en?: string }) => (lang === 'en' && n.en ? n.en : n.zh);

  return (
    <div className="page home-page">
      <h1>{t('home.title')}</h1>
      <p className="home-intro">{t('home.intro')}</p>
      <section className="home-start" aria-label={t('home.start')}>
        <button type="button" className="primary home-big" onClick={() => go('designs')}>
          {t('home.newDesign')}
        </button>
        <button type="button" className="home-big" onClick={() => go('products')}>
          {t('home.products')}
        </button>
        <button type="button" className="home-big" onClick={() => go('library')}>
          {t('home.library')}
        </button>
      </section>
      <section className="home-reminders" aria-labelledby="home-reminders-title">
        <h2 id="home-reminders-title">{t('home.reminders')}</h2>
        {reminders && reminders.length === 0 && <p className="prod-muted">{t('home.reminders.none')}</p>}
        {reminders && reminders.length > 0 && (
          <ul>
            {reminders.map((r) => (
              <li key={`${r.productId}-${r.certificateIndex}`} className={`home-reminder ${r.status}`}>
                <span className="home-badge">
                  {r.status === 'expired' ? t('home.reminder.expired') : r.daysLeft === 0 ? t('home.reminder.today') : t('home.reminder.expiring', { days: r.daysLeft })}
                </span>
                <div className="home-reminder-text">
                  <strong>
                    {name(r.productName)} · {name(r.cooperativeName)}
                  </strong>
                  <p>{l(r.message)}</p>
                </div>
                <button type="button" onClick={() => openProduct(r.productId)} aria-label={`${t('home.reminder.open')}：${name(r.productName)}`}>
                  {t('home.reminder.open')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

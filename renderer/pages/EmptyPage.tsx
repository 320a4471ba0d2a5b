import { useI18n, type MessageKey } from '../i18n';

export function EmptyPage({ message }: { message: MessageKey }) {
  const { t } = useI18n();
  return (
    <section className="empty-page">
      <p>{t(message)}</p>
    </section>
  );
}

import { useI18n } from '../i18n';

export function ErrorBanner({ message, onDismiss }: { message: string; onDismiss: () => void }) {
  const { t } = useI18n();
  return (
    <div className="error-banner" role="alert">
      <strong>{t('error.title')}</strong> <span>{message}</span>
      <button type="button" onClick={onDismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}

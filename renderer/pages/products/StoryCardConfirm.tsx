import { Dialog } from '../library/Dialog';
import { useI18n } from '../../i18n';

export interface PendingMotif {
  id: string;
  names: { zh: string; en: string };
  reason: { zh: string; en: string };
}

/**
 * The story card goes out with the product: motifs that need a confirmation in the composer
 * (culturally sensitive, ritual, community-only) need the same one here, or are left off.
 */
export function StoryCardConfirm({ motifs, onConfirm, onLeaveOut, onCancel }: { motifs: PendingMotif[]; onConfirm: () => void; onLeaveOut: () => void; onCancel: () => void }) {
  const { t, l } = useI18n();
  return (
    <Dialog title={t('prod.storyCard.confirm.title')} onClose={onCancel}>
      <p className="lib-intro">{t('prod.storyCard.confirm.intro')}</p>
      <ul>
        {motifs.map((m) => (
          <li key={m.id}>
            <strong>{l(m.names)}</strong>：{l(m.reason)}
          </li>
        ))}
      </ul>
      <div className="lib-form-actions">
        <button type="button" onClick={onCancel}>
          {t('new.cancel')}
        </button>
        <button type="button" onClick={onLeaveOut}>
          {t('prod.storyCard.confirm.leaveOut')}
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          {t('prod.storyCard.confirm.ok')}
        </button>
      </div>
    </Dialog>
  );
}

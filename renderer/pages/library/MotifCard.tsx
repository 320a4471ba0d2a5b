import type { MotifSummary } from '../../../model/api/library';
import { useI18n } from '../../i18n';
import { craftKey, statusKey } from './names';

interface Props {
  motif: MotifSummary | undefined;
  thumb: string | undefined;
  selected: boolean;
  showStatus: boolean;
  /** curator view: a checkbox picks the motif for a pack export */
  checked?: boolean;
  onCheck?: (checked: boolean) => void;
  onOpen: (id: string) => void;
}

/** One motif in the grid: picture, both names, craft and usage label. */
export function MotifCard({ motif, thumb, selected, showStatus, checked, onCheck, onOpen }: Props) {
  const { t, l } = useI18n();
  if (!motif) return <div className="motif-card placeholder" aria-busy="true">{t('lib.card.loading')}</div>;
  const craft = craftKey(motif.craft);
  return (
    <div className={selected ? 'motif-card selected' : 'motif-card'}>
      <button type="button" className="motif-open" aria-pressed={selected} onClick={() => onOpen(motif.id)}>
        <span className="motif-thumb">{thumb ? <img src={thumb} alt="" loading="lazy" /> : <span className="thumb-empty" aria-hidden="true">✿</span>}</span>
        <span className="motif-name-zh" lang="zh-CN">{motif.names.zh}</span>
        <span className="motif-name-en" lang="en">{motif.names.en}</span>
        <span className="motif-tags">
          <span className="craft-tag">{craft ? t(craft) : motif.craft}</span>
          <span className={`label-badge label-${motif.usageLabel} usage-${motif.usage.kind}`}>{l(motif.usage.badge)}</span>
          {showStatus && <span className={`status-tag status-${motif.status}`}>{t(statusKey(motif.status))}</span>}
        </span>
      </button>
      {onCheck && (
        <input
          type="checkbox"
          className="motif-check"
          checked={!!checked}
          aria-label={t('lib.card.select', { name: motif.names.zh })}
          onChange={(e) => onCheck(e.target.checked)}
        />
      )}
    </div>
  );
}

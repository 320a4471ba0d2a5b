import type { Command } from '../../../model/design/commands/apply';
import type { Rect } from '../../../model/templates/types';
import { useI18n } from '../../i18n';

const EDGES = [
  ['left', '⇤'],
  ['center', '↔'],
  ['right', '⇥'],
  ['top', '⤒'],
  ['middle', '↕'],
  ['bottom', '⤓'],
] as const;

/**
 * Align and distribute (icons with full accessible names and tooltips). With `to` (the
 * element's panel) one element is enough and it aligns to that rectangle; otherwise the
 * selection aligns to its own bounds and needs two elements (three to distribute).
 */
export function AlignButtons({ ids, run, to, label }: { ids: string[]; run: (c: Command | Command[], label?: string) => void; to?: Rect; label?: string }) {
  const { t } = useI18n();
  const minAlign = to ? 1 : 2;
  return (
    <div className="align-buttons" role="group" aria-label={label ?? t('cmp.align')}>
      {EDGES.map(([edge, icon]) => (
        <button
          key={edge}
          type="button"
          aria-label={t(`cmp.align.${edge}`)}
          title={t(`cmp.align.${edge}`)}
          disabled={ids.length < minAlign}
          onClick={() => run({ type: 'align', ids, edge, ...(to ? { to } : {}) })}
        >
          {icon}
        </button>
      ))}
      {!to && (
        <>
          <button type="button" aria-label={t('cmp.distribute.h')} title={t('cmp.distribute.h')} disabled={ids.length < 3} onClick={() => run({ type: 'distribute', ids, axis: 'horizontal' })}>
            ⋯
          </button>
          <button type="button" aria-label={t('cmp.distribute.v')} title={t('cmp.distribute.v')} disabled={ids.length < 3} onClick={() => run({ type: 'distribute', ids, axis: 'vertical' })}>
            ⋮
          </button>
        </>
      )}
    </div>
  );
}

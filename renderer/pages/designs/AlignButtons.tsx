import type { Command } from '../../../model/design/commands/apply';
import { useI18n } from '../../i18n';

const EDGES = [
  ['left', '⇤'],
  ['center', '↔'],
  ['right', '⇥'],
  ['top', '⤒'],
  ['middle', '↕'],
  ['bottom', '⤓'],
] as const;

/** Align and distribute the selection (icons with full accessible names and tooltips). */
export function AlignButtons({ ids, run }: { ids: string[]; run: (c: Command | Command[], label?: string) => void }) {
  const { t } = useI18n();
  return (
    <div className="align-buttons" role="group" aria-label={t('cmp.align')}>
      {EDGES.map(([edge, icon]) => (
        <button key={edge} type="button" aria-label={t(`cmp.align.${edge}`)} title={t(`cmp.align.${edge}`)} disabled={ids.length < 2} onClick={() => run({ type: 'align', ids, edge })}>
          {icon}
        </button>
      ))}
      <button type="button" aria-label={t('cmp.distribute.h')} title={t('cmp.distribute.h')} disabled={ids.length < 3} onClick={() => run({ type: 'distribute', ids, axis: 'horizontal' })}>
        ⋯
      </button>
      <button type="button" aria-label={t('cmp.distribute.v')} title={t('cmp.distribute.v')} disabled={ids.length < 3} onClick={() => run({ type: 'distribute', ids, axis: 'vertical' })}>
        ⋮
      </button>
    </div>
  );
}

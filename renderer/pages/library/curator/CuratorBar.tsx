import { useState } from 'react';
import type { CuratorStatus } from '../../../../model/api/curator';
import { useI18n } from '../../../i18n';
import { AddCuratorDialog } from './AddCuratorDialog';
import { CuratorDialog } from './CuratorDialog';
import { ImportDialog } from './ImportDialog';
import { PacksDialog } from './PacksDialog';

interface Props {
  status: CuratorStatus | null;
  setStatus: (s: CuratorStatus) => void;
  lock: () => void;
  reviewCount: number | null;
  showReviewQueue: () => void;
  selected: string[];
  onLibraryChanged: () => void;
  onOpen: (id: string) => void;
}

type Open = 'enter' | 'add' | 'import' | 'packs' | null;

/** Curator mode: the entry button when locked; who is curating and their tools when active. */
export function CuratorBar({ status, setStatus, lock, reviewCount, showReviewQueue, selected, onLibraryChanged, onOpen }: Props) {
  const { t } = useI18n();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  if (!status) return null;

  if (!status.active) {
    return (
      <div className="curator-bar">
        <button type="button" className="curator-enter" onClick={() => setOpen('enter')}>
          {t('cur.mode')}
        </button>
        {open === 'enter' && (
          <CuratorDialog
            status={status}
            onDone={(s) => {
              setStatus(s);
              close();
            }}
            onClose={close}
          />
        )}
      </div>
    );
  }

  return (
    <div className="curator-bar active" role="region" aria-label={t('cur.mode')}>
      <span className="curator-who">{t('cur.active', { name: status.active })}</span>
      <button type="button" onClick={showReviewQueue}>
        {t('cur.reviewQueue', { n: reviewCount ?? '…' })}
      </button>
      <button type="button" onClick={() => setOpen('import')}>
        {t('cur.import')}
      </button>
      <button type="button" onClick={() => setOpen('packs')}>
        {t('cur.packs')}
      </button>
      <button type="button" onClick={() => setOpen('add')}>
        {t('cur.add')}
      </button>
      <button type="button" className="curator-lock" onClick={lock}>
        {t('cur.lock')}
      </button>
      {open === 'add' && <AddCuratorDialog onDone={setStatus} onClose={close} />}
      {open === 'import' && (
        <ImportDialog
          onImported={onLibraryChanged}
          onOpen={(id) => {
            close();
            onOpen(id);
          }}
          onClose={close}
        />
      )}
      {open === 'packs' && <PacksDialog selected={selected} onApplied={onLibraryChanged} onClose={close} />}
    </div>
  );
}

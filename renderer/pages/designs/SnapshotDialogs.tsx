import { useEffect, useState } from 'react';
import type { Design } from '../../../model/design/schema';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';
import { Dialog, DialogActions } from '../library/Dialog';
import { shortTime } from '../library/names';

/** Keep a named version of the design as it is now (saved first, so the version is current). */
export function SnapshotDialog({ designId, flush, onClose }: { designId: string; flush: () => Promise<void>; onClose: () => void }) {
  const api = useApi();
  const notify = useNotifyError();
  const { t } = useI18n();
  const [name, setName] = useState(() => t('cmp.snapshot.default', { when: shortTime(new Date().toISOString()) }));
  const [done, setDone] = useState<string | null>(null);
  const save = async () => {
    try {
      await flush();
      const s = await api.call('designs.snapshot', { id: designId, name });
      setDone(s.name);
    } catch (e) {
      notify(e);
    }
  };
  return (
    <Dialog title={t('cmp.snapshot')} onClose={onClose}>
      {done ? (
        <>
          <p className="lib-ok">{t('cmp.snapshot.saved', { name: done })}</p>
          <div className="lib-form-actions">
            <button type="button" className="primary" onClick={onClose}>
              {t('error.dismiss')}
            </button>
          </div>
        </>
      ) : (
        <form
          className="lib-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label>
            <span>{t('cmp.snapshot.name')}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
          </label>
          <DialogActions cancel={t('new.cancel')} onCancel={onClose} confirm={t('cmp.snapshot')} disabled={!name.trim()} />
        </form>
      )}
    </Dialog>
  );
}

/** Earlier named versions; bringing one back keeps the current state as a version first. */
export function VersionsDialog(props: { designId: string; flush: () => Promise<void>; onRestored: (d: Design) => void; onClose: () => void }) {
  const api = useApi();
  const notify = useNotifyError();
  const { t } = useI18n();
  const [list, setList] = useState<{ id: number; name: string; createdAt: string }[] | null>(null);
  useEffect(() => {
    api.call('designs.snapshots', { id: props.designId }).then(setList, notify);
  }, [api, props.designId, notify]);
  return (
    <Dialog title={t('cmp.snapshots')} onClose={props.onClose}>
      {list === null && <p className="muted">{t('loading')}</p>}
      {list?.length === 0 && <p className="muted">{t('cmp.snapshot.none')}</p>}
      <ul className="plain versions">
        {(list ?? []).map((s) => (
          <li key={s.id}>
            <span>
              {s.name} <span className="when">{shortTime(s.createdAt)}</span>
            </span>
            <button
              type="button"
              aria-label={`${t('cmp.snapshot.restore')}: ${s.name}`}
              onClick={async () => {
                try {
                  await props.flush();
                  props.onRestored(await api.call('designs.restoreSnapshot', { id: props.designId, snapshotId: s.id }));
                  props.onClose();
                } catch (e) {
                  notify(e);
                }
              }}
            >
              {t('cmp.snapshot.restore')}
            </button>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

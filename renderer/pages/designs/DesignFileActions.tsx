import { useRef, useState } from 'react';
import type { DesignFileImportDto } from '../../../model/api/design-files';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';
import { downloadBase64, readFileBase64 } from '../library/files';

/**
 * "Send as file" for one design: the studio writes a .jxdesign (designs.exportFile) and the
 * renderer saves it — a download in browser mode, the save dialog in the desktop window.
 */
export function SendDesignFileButton({ id, name, onSent }: { id: string; name: string; onSent: (note: string) => void }) {
  const api = useApi();
  const notify = useNotifyError();
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      aria-label={t('dfile.send.named', { name })}
      onClick={async () => {
        setBusy(true);
        try {
          const file = await api.call('designs.exportFile', { id });
          downloadBase64(file.base64, file.fileName, 'application/zip');
          onSent(t('dfile.sent', { file: file.fileName, motifs: file.motifs, files: file.files }));
        } catch (e) {
          notify(e);
        } finally {
          setBusy(false);
        }
      }}
    >
      {t('dfile.send')}
    </button>
  );
}

/**
 * "Open file": a .jxdesign chosen from disk (an upload in browser mode, the open dialog in the
 * desktop window) goes to designs.openFile, which verifies it and adds what is missing here.
 */
export function OpenDesignFileButton({ onOpened }: { onOpened: (result: DesignFileImportDto) => void }) {
  const api = useApi();
  const notify = useNotifyError();
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  return (
    <>
      <button type="button" disabled={busy} onClick={() => input.current?.click()}>
        {busy ? t('dfile.opening') : t('dfile.open')}
      </button>
      <input
        ref={input}
        type="file"
        accept=".jxdesign"
        hidden
        aria-label={t('dfile.open.input')}
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          setBusy(true);
          try {
            onOpened(await api.call('designs.openFile', { base64: await readFileBase64(file) }));
          } catch (error) {
            notify(error);
          } finally {
            setBusy(false);
          }
        }}
      />
    </>
  );
}

/** What opening the file did, in plain words, with a way into the design. */
export function OpenedDesignNote({ result, onOpen, onClose }: { result: DesignFileImportDto; onOpen: () => void; onClose: () => void }) {
  const { t, l } = useI18n();
  const name = result.design.name;
  const headline = result.design.action === 'unchanged' ? 'dfile.opened.unchanged' : result.design.action === 'copy' ? 'dfile.opened.copy' : 'dfile.opened';
  const added = result.motifs.filter((m) => m.action === 'new');
  return (
    <div className="dfile-note" role="status">
      <p>{t(headline, { name })}</p>
      <p>{t('dfile.motifs', { added: added.length, kept: result.motifs.filter((m) => m.action === 'kept').length })}</p>
      <ul>
        {added
          .filter((m) => m.status !== 'published')
          .map((m) => (
            <li key={m.id}>{t('dfile.motif.draft', { name: l(m.names) })}</li>
          ))}
        {result.motifs
          .filter((m) => m.action === 'refused')
          .map((m) => (
            <li key={m.id}>{t('dfile.motif.refused', { name: l(m.names), reason: m.reason ? l(m.reason) : '' })}</li>
          ))}
      </ul>
      <button type="button" className="primary" onClick={onOpen}>
        {t('dfile.open.design')}
      </button>
      <button type="button" onClick={onClose}>
        {t('dfile.close')}
      </button>
    </div>
  );
}

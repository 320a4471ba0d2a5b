import { useEffect, useState } from 'react';
import { useApi } from '../../../api/context';
import { useI18n } from '../../../i18n';
import { errorText } from '../../../shell/notify';
import { Dialog, DialogActions } from '../Dialog';
import { readFileBase64 } from '../files';

interface CooperativeChoice {
  id: string;
  name: string;
}

const today = () => new Date().toISOString().slice(0, 10);

/**
 * A cooperative adds its own artwork (library.addOwnArtwork): no curator needed, because it is
 * not a traditional motif; the maker and her consent are recorded, and the gate keeps it to this
 * cooperative's designs until curators review it into the shared library.
 */
export function OwnArtworkDialog({ onAdded, onClose }: { onAdded: (id: string) => void; onClose: () => void }) {
  const api = useApi();
  const { t, l, lang } = useI18n();
  const [cooperatives, setCooperatives] = useState<CooperativeChoice[] | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const [nameZh, setNameZh] = useState('');
  const [nameEn, setNameEn] = useState('');
  const [cooperativeId, setCooperativeId] = useState('');
  const [maker, setMaker] = useState('');
  const [consentDate, setConsentDate] = useState(today());
  const [statement, setStatement] = useState(() => t('own.consentDefault'));
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    api.call('cooperatives.list', {}).then(
      (list) => {
        const choices = list.map(({ cooperative }) => {
          const name = (cooperative as { name?: { zh?: string; en?: string } }).name;
          return { id: cooperative.id, name: (lang === 'en' ? name?.en : name?.zh) || name?.zh || cooperative.id };
        });
        setCooperatives(choices);
        if (choices.length > 0) setCooperativeId((id) => id || choices[0].id);
      },
      (err) => setMessage(l(errorText(err))),
    );
  }, [api, lang]);

  async function add() {
    const cooperative = cooperatives?.find((c) => c.id === cooperativeId);
    if (!file || !nameZh.trim() || !nameEn.trim() || !cooperative || !maker.trim() || !statement.trim()) {
      setMessage(t('own.missing'));
      return;
    }
    setBusy(true);
    setMessage(null);
    try {
      const base64 = await readFileBase64(file);
      const result = await api.call('library.addOwnArtwork', {
        file: { name: file.name, base64 },
        names: { zh: nameZh.trim(), en: nameEn.trim() },
        cooperativeId: cooperative.id,
        cooperativeName: cooperative.name,
        maker: maker.trim(),
        makerConsent: { date: consentDate, statement: statement.trim() },
      });
      if (result.status === 'rejected' || !result.id) {
        setMessage(result.error ? l(result.error) : t('own.missing'));
        return;
      }
      setMessage(t('own.added', { name: nameZh.trim() }));
      onAdded(result.id);
    } catch (err) {
      setMessage(l(errorText(err)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('own.title')} onClose={onClose}>
      <p className="lib-intro">{t('own.intro')}</p>
      {cooperatives !== null && cooperatives.length === 0 && <p className="lib-intro">{t('own.noCooperative')}</p>}
      <form
        className="lib-form"
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        <label>
          {t('own.file')}
          <input type="file" accept=".svg,.png,.jpg,.jpeg,image/svg+xml,image/png,image/jpeg" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <label>
          {t('own.nameZh')}
          <input value={nameZh} onChange={(e) => setNameZh(e.target.value)} maxLength={120} />
        </label>
        <label>
          {t('own.nameEn')}
          <input value={nameEn} onChange={(e) => setNameEn(e.target.value)} maxLength={120} />
        </label>
        <label>
          {t('own.cooperative')}
          <select value={cooperativeId} onChange={(e) => setCooperativeId(e.target.value)}>
            {(cooperatives ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('own.maker')}
          <input value={maker} onChange={(e) => setMaker(e.target.value)} maxLength={200} />
        </label>
        <label>
          {t('own.consentDate')}
          <input type="date" value={consentDate} onChange={(e) => setConsentDate(e.target.value)} />
        </label>
        <label>
          {t('own.consentStatement')}
          <textarea value={statement} onChange={(e) => setStatement(e.target.value)} maxLength={2000} rows={3} />
        </label>
        {message && (
          <p className="lib-intro" role="status">
            {message}
          </p>
        )}
        <DialogActions cancel={t('own.cancel')} onCancel={onClose} confirm={t('own.save')} disabled={busy} />
      </form>
    </Dialog>
  );
}

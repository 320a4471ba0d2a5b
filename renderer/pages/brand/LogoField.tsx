import { useEffect, useState } from 'react';
import type { BrandKit } from '../../../model/brand/schema';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';
import { readFileBase64 } from '../library/files';

export function LogoField({ kit, onUploaded }: { kit: BrandKit; onUploaded: (kit: BrandKit) => void }) {
  const api = useApi();
  const { t } = useI18n();
  const notify = useNotifyError();
  const [dataUrl, setDataUrl] = useState<string | null>(null);
  useEffect(() => {
    api.call('brand.logo', { kitId: kit.id }).then((r) => setDataUrl(r.dataUrl), notify);
  }, [api, kit.id, kit.logo?.assetId, notify]);

  async function upload(file: File) {
    try {
      onUploaded(await api.call('brand.uploadLogo', { kitId: kit.id, name: file.name, base64: await readFileBase64(file) }));
    } catch (error) {
      notify(error);
    }
  }

  return (
    <fieldset className="logo-field">
      <legend>{t('brand.logo')}</legend>
      {dataUrl ? <img src={dataUrl} alt={t('brand.logo.alt')} className="logo-preview" /> : <p>{t('brand.logo.none')}</p>}
      <label className="file-button">
        {t('brand.logo.upload')}
        <input type="file" accept=".svg,.png,image/svg+xml,image/png" onChange={(e) => e.target.files?.[0] && upload(e.target.files[0])} />
      </label>
    </fieldset>
  );
}

/**
 * Export dialog: runs preflight, lists findings with where and how to fix, offers the print
 * options, exports the PDF (download), and shows the proof and the shop pictures. Errors keep
 * the export button disabled; "force" is offered only when every error allows it.
 */
import { useCallback, useEffect, useState } from 'react';
import type { PreflightReportDto } from '../../model/api/export';
import type { Localized } from '../../model/localized';
import { useApi } from '../api/context';
import { useI18n } from '../i18n';
import { Dialog } from '../pages/library/Dialog';
import { base64ToBlob, downloadBlob, formatSize } from './download';
import { CheckRow, DEFAULT_CHOICES, ExportOptions, type ExportChoices } from './ExportOptions';
import { FindingsList } from './FindingsList';
import { ProofPanel } from './ProofPanel';
import { ShopImages } from './ShopImages';

type Preflight = PreflightReportDto & { pages: string[]; nUpOffered: boolean; hasDieline: boolean; panels: Record<string, Localized> };
interface Made {
  fileName: string;
  blob: Blob;
}

function messageOf(e: unknown, l: (t: Localized | undefined) => string): string {
  const err = e as { localized?: Localized; message?: string };
  return err.localized ? l(err.localized) : String(err.message ?? e);
}

export function ExportDialog({ designId, onClose }: { designId: string; onClose: () => void }) {
  const api = useApi();
  const { t, l } = useI18n();
  const [report, setReport] = useState<Preflight | null>(null);
  const [names, setNames] = useState<Record<string, string>>({});
  const [designName, setDesignName] = useState('design');
  const [choices, setChoices] = useState<ExportChoices>(DEFAULT_CHOICES);
  const [force, setForce] = useState(false);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  const check = useCallback(async () => {
    setReport(null);
    setError(null);
    try {
      const [pre, opened] = await Promise.all([
        api.call('export.preflight', { designId, ...(choices.printDate ? { printDate: choices.printDate } : {}) }),
        api.call('designs.get', { id: designId }),
      ]);
      setReport(pre);
      setNames(Object.fromEntries(opened.design.elements.map((e) => [e.id, e.name || e.id])));
      setDesignName(opened.design.name);
      setVersion((v) => v + 1);
    } catch (e) {
      setError(messageOf(e, l));
    }
  }, [api, designId, choices.printDate, l]);

  useEffect(() => {
    void check();
  }, [check]);

  const blocked = !!report && !report.ok;
  const canExport = !!report && (!blocked || (force && report.canForce));

  const exportPdf = async () => {
    setBusy(true);
    setError(null);
    setMade(null);
    try {
      const r = await api.call('export.pdf', {
        designId,
        cropMarks: choices.cropMarks,
        dielineName: choices.dielineName,
        ...(choices.nUp !== 'off' ? { nUp: { sheet: choices.nUp, gapMm: choices.gapMm } } : {}),
        force,
        ...(choices.printDate ? { printDate: choices.printDate } : {}),
      });
      const blob = base64ToBlob(r.base64, 'application/pdf');
      setMade({ fileName: r.fileName, blob });
      downloadBlob(blob, r.fileName);
    } catch (e) {
      const details = (e as { code?: string; details?: { report?: PreflightReportDto } }).details;
      if ((e as { code?: string }).code === 'export.blocked' && details?.report && report) setReport({ ...report, ...details.report });
      setError(messageOf(e, l));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog title={t('export.title')} onClose={onClose} wide>
      <div style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: 16 }}>
        <div>
          {!report && !error && <p role="status">{t('export.checking')}</p>}
          {report && <FindingsList errors={report.errors} warnings={report.warnings} elementName={(id) => names[id] ?? id} panelName={(id) => (report.panels[id] ? l(report.panels[id]) : id)} />}
          <button type="button" onClick={() => void check()}>
            {t('export.recheck')}
          </button>
          <div style={{ marginTop: 12 }}>
            <ExportOptions value={choices} onChange={setChoices} nUpOffered={report?.nUpOffered ?? false} hasDieline={report?.hasDieline ?? false} />
          </div>
          {blocked && report.canForce && (
            <div style={{ marginTop: 8 }}>
              <CheckRow checked={force} onChange={setForce} label={t('export.force')} />
            </div>
          )}
          {blocked && !report.canForce && <p style={{ color: '#b3261e' }}>{t('export.force.no')}</p>}
          <div style={{ marginTop: 12, display: 'flex', gap: 8, alignItems: 'center', flexWrap: 'wrap' }}>
            <button type="button" className="primary" onClick={() => void exportPdf()} disabled={!canExport || busy}>
              {busy ? t('export.pdf.busy') : t('export.pdf')}
            </button>
            {made && (
              <span role="status">
                {t('export.pdf.done', { name: made.fileName, size: formatSize(made.blob.size) })}{' '}
                <button type="button" onClick={() => downloadBlob(made.blob, made.fileName)}>
                  {t('export.pdf.download')}
                </button>
              </span>
            )}
          </div>
          {error && (
            <p role="alert" style={{ color: '#b3261e' }}>
              {error}
            </p>
          )}
        </div>
        <div>
          {report && <ProofPanel designId={designId} pages={report.pages} version={version} released={canExport} force={force} />}
          <div style={{ marginTop: 16 }}>
            <ShopImages designId={designId} baseName={designName} released={canExport} force={force} />
          </div>
        </div>
      </div>
      <div style={{ textAlign: 'right', marginTop: 12 }}>
        <button type="button" onClick={onClose}>
          {t('export.close')}
        </button>
      </div>
    </Dialog>
  );
}

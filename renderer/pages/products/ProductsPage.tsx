import { useCallback, useEffect, useState } from 'react';
import type { ProductSummary } from '../../../model/api/products';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';
import { fieldPaths, newDraft, type Draft } from './draft';
import { Findings } from './Fields';
import { ProductFormContext } from './FormContext';
import { ProductList } from './ProductList';
import { BarcodeSection } from './sections/BarcodeSection';
import { BasicsSection } from './sections/BasicsSection';
import { CertificationsSection } from './sections/CertificationsSection';
import { CooperativeSection } from './sections/CooperativeSection';
import { GiSection } from './sections/GiSection';
import { LabelSection } from './sections/LabelSection';
import { TraceSection } from './sections/TraceSection';
import { useProductDraft } from './useProductDraft';
import { StoryCardConfirm, type PendingMotif } from './StoryCardConfirm';

/** The home page's reminders open a product here through this key. */
export const OPEN_PRODUCT_KEY = 'jinxiu.products.open';

export function ProductsPage() {
  const { t } = useI18n();
  const api = useApi();
  const notify = useNotifyError();
  const [items, setItems] = useState<ProductSummary[]>([]);
  const [cooperatives, setCooperatives] = useState<Draft['cooperative'][]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ exists: boolean; at: string }>({ exists: false, at: '' });
  const [status, setStatus] = useState<string | null>(null);
  const [printDate, setPrintDate] = useState('');
  const state = useProductDraft(printDate);
  const { draft, form, findings, showAll, load, check } = state;

  const refresh = useCallback(async () => {
    try {
      const [list, coops] = await Promise.all([api.call('products.list', {}), api.call('cooperatives.list', {})]);
      setItems(list);
      setCooperatives(coops.map((c) => c.cooperative as Draft['cooperative']));
    } catch (error) {
      notify(error);
    }
  }, [api, notify]);

  const open = useCallback(async (id: string) => {
    try {
      const detail = await api.call('products.get', { id });
      setSelected(id);
      setSaved({ exists: true, at: detail.updatedAt });
      setStatus(null);
      // a saved draft with mistakes opens with them shown
      load(detail.file as Draft, detail.findings, detail.findings.errors.length > 0);
    } catch (error) {
      notify(error);
    }
  }, [api, load, notify]);

  useEffect(() => {
    void refresh();
    const wanted = sessionStorage.getItem(OPEN_PRODUCT_KEY);
    if (wanted) {
      sessionStorage.removeItem(OPEN_PRODUCT_KEY);
      void open(wanted);
    }
  }, [refresh, open]);

  const startNew = () => {
    setSelected(null);
    setSaved({ exists: false, at: '' });
    setStatus(null);
    load(newDraft(cooperatives[0] ? structuredClone(cooperatives[0]) : undefined));
  };

  const save = async () => {
    const current = state.latest.current;
    if (!current) return;
    try {
      const result = await api.call('products.save', { file: current, printDate: printDate || undefined });
      state.setFindings(result.findings);
      state.setShowAll(true);
      setSelected(result.id);
      setSaved({ exists: true, at: result.updatedAt });
      setStatus(t('prod.saved'));
      await refresh();
    } catch (error) {
      notify(error);
    }
  };

  const remove = async () => {
    if (!draft || !selected) return;
    if (!window.confirm(t('prod.delete.confirm', { name: draft.product.name?.zh || draft.product.id }))) return;
    try {
      await api.call('products.delete', { id: selected });
      load(null);
      setSelected(null);
      await refresh();
    } catch (error) {
      notify(error);
    }
  };

  const [pendingCard, setPendingCard] = useState<PendingMotif[] | null>(null);
  const storyCard = async (choices: { confirmed?: string[]; leaveOut?: string[] } = {}) => {
    if (!selected) return;
    setPendingCard(null);
    try {
      await save();
      const made = await api.call('products.storyCard', { productId: selected, ...choices });
      setStatus(t('prod.storyCard.done', { name: made.name }));
    } catch (error) {
      const e = error as { code?: string; details?: { motifs?: PendingMotif[] } };
      // the same confirmation the composer asks before a sensitive motif goes on the card
      if (e.code === 'story-card.needs-confirmation' && e.details?.motifs) setPendingCard(e.details.motifs);
      else notify(error);
    }
  };

  const all = [...findings.errors, ...findings.warnings];
  const placed = draft ? fieldPaths(draft) : new Set<string>();
  const other = all.filter((i) => !placed.has(i.field) && !placed.has(i.field.replace(/\.\d+$/, '')));

  return (
    <div className="page products-page">
      <ProductList items={items} selected={selected} onSelect={open} onNew={startNew} />
      <div className="prod-main">
        <h1>{t('prod.title')}</h1>
        {!form && <p className="prod-muted">{t('prod.pick')}</p>}
        {form && (
          <ProductFormContext.Provider value={form}>
            <form className="prod-form" aria-label={t('prod.form')} onSubmit={(e) => (e.preventDefault(), void save())}>
              <div className="prod-toolbar">
                <label htmlFor="prod-print-date">{t('prod.printDate')}</label>
                <input id="prod-print-date" type="date" value={printDate} onChange={(e) => setPrintDate(e.target.value)} />
                <button type="button" onClick={() => void check(true)}>
                  {t('prod.check')}
                </button>
                <button type="submit" className="primary">
                  {t('prod.save')}
                </button>
                <button type="button" disabled={!saved.exists} onClick={() => void storyCard()}>
                  {t('prod.storyCard')}
                </button>
                <button type="button" className="danger" disabled={!saved.exists} onClick={() => void remove()}>
                  {t('prod.delete')}
                </button>
              </div>
              <div role="status" className="prod-status">
                {status && <p>{status}</p>}
                {showAll && <p>{findings.errors.length + findings.warnings.length === 0 ? t('prod.summary.ok') : t('prod.summary', { errors: findings.errors.length, warnings: findings.warnings.length })}</p>}
              </div>
              {showAll && other.length > 0 && (
                <div className="prod-other">
                  <h2>{t('prod.summary.other')}</h2>
                  <Findings issues={other} id="prod-other-findings" />
                </div>
              )}
              <CooperativeSection cooperatives={cooperatives} />
              <BasicsSection />
              <GiSection />
              <CertificationsSection />
              <BarcodeSection />
              <TraceSection />
              <LabelSection saved={saved.exists} savedAt={saved.at} />
            </form>
          </ProductFormContext.Provider>
        )}
        {pendingCard && (
          <StoryCardConfirm
            motifs={pendingCard}
            onCancel={() => setPendingCard(null)}
            onConfirm={() => void storyCard({ confirmed: pendingCard.map((m) => m.id) })}
            onLeaveOut={() => void storyCard({ leaveOut: pendingCard.map((m) => m.id) })}
          />
        )}
      </div>
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { ProductSummary } from '../../../model/api';
import type { Design } from '../../../model/design/schema';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import type { ComposerApi } from './Composer';
import { NewDesignForm } from './NewDesignForm';

export const GUIDE_STEPS = 5;

function Steps({ step }: { step: number }) {
  const { t } = useI18n();
  return (
    <ol className="guide-steps" aria-label={t('guide.step', { n: step })}>
      {[1, 2, 3, 4, 5].map((n) => (
        <li key={n} className={n === step ? 'current' : n < step ? 'done' : undefined} aria-current={n === step ? 'step' : undefined}>
          <span className="guide-num">{n < step ? '✓' : n}</span> {t(`guide.s${n}` as 'guide.s1')}
        </li>
      ))}
    </ol>
  );
}

/** Steps 1 and 2 happen before there is a design: the product, then the box and its size. */
export function GuidedStart({ onCreated, onSkip }: { onCreated: (d: Design) => void; onSkip: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [step, setStep] = useState<1 | 2>(1);
  const [product, setProduct] = useState('');
  const [products, setProducts] = useState<ProductSummary[]>([]);
  const [productId, setProductId] = useState('');
  useEffect(() => {
    api.call('products.list', {}).then(setProducts, () => setProducts([]));
  }, [api]);
  const chosen = products.find((p) => p.id === productId);
  return (
    <section className="page guided" aria-labelledby="guide-title">
      <div className="guide-head">
        <h1 id="guide-title">{t('guide.title')}</h1>
        <button type="button" className="guide-skip" onClick={onSkip}>
          {t('guide.skip')}
        </button>
      </div>
      <Steps step={step} />
      <div className="guide-card">
        <p className="guide-step-no">{t('guide.step', { n: step })}</p>
        {step === 1 ? (
          <form
            className="lib-form"
            onSubmit={(e) => {
              e.preventDefault();
              setStep(2);
            }}
          >
            <p className="guide-help">{t('guide.s1.help')}</p>
            {products.length > 0 && (
              <ul className="guide-products" aria-label={t('guide.s1.products')}>
                {products.map((p) => (
                  <li key={p.id}>
                    <button type="button" aria-pressed={p.id === productId} onClick={() => setProductId(p.id === productId ? '' : p.id)}>
                      <span className="des-name">{p.name.zh}</span>
                      <span className="muted small">{p.cooperativeName.zh}</span>
                    </button>
                  </li>
                ))}
              </ul>
            )}
            {!chosen && (
              <label>
                <span>{t(products.length > 0 ? 'guide.s1.orName' : 'guide.s1.product')}</span>
                <input value={product} onChange={(e) => setProduct(e.target.value)} maxLength={100} autoFocus />
              </label>
            )}
            <div className="lib-form-actions">
              <button type="button" onClick={() => setStep(2)}>
                {t('guide.s1.skip')}
              </button>
              <button type="submit" className="primary big">
                {t('guide.next')}
              </button>
            </div>
          </form>
        ) : (
          <>
            <p className="guide-help">{t('guide.s2.help')}</p>
            <NewDesignForm
              defaultName={chosen ? `${chosen.name.zh} · 包装` : product.trim() ? `${product.trim()} · 包装` : undefined}
              productId={chosen?.id}
              onCreated={onCreated}
              onCancel={() => setStep(1)}
            />
          </>
        )}
      </div>
    </section>
  );
}

/** Steps 3 to 5, shown above the composer's tools: one main action per step. */
export function GuidedBar({ api, step, setStep, onDone }: { api: ComposerApi; step: number; setStep: (n: number) => void; onDone: (skipped: boolean) => void }) {
  const { t } = useI18n();
  const [name, setName] = useState('');
  const [story, setStory] = useState('');
  const [vertical, setVertical] = useState(true);
  return (
    <div className="guide-bar" role="region" aria-label={t('guide.title')}>
      <Steps step={step} />
      <div className="guide-bar-body">
        {step === 3 && <p className="guide-help">{t('guide.s3.help')}</p>}
        {step === 4 && (
          <form
            className="guide-words"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) api.addText(name.trim(), vertical ? 'vertical' : 'horizontal', 22);
              if (story.trim()) api.addText(story.trim(), 'horizontal', 9);
              setName('');
              setStory('');
            }}
          >
            <p className="guide-help">{t('guide.s4.help')}</p>
            <label>
              <span>{t('guide.s4.name')}</span>
              <input value={name} onChange={(e) => setName(e.target.value)} maxLength={60} />
            </label>
            <label className="check">
              <input type="checkbox" checked={vertical} onChange={(e) => setVertical(e.target.checked)} /> {t('guide.s4.vertical')}
            </label>
            <label>
              <span>{t('guide.s4.story')}</span>
              <input value={story} onChange={(e) => setStory(e.target.value)} maxLength={300} />
            </label>
            <button type="submit" disabled={!name.trim() && !story.trim()}>
              {t('guide.s4.add')}
            </button>
          </form>
        )}
        {step === 5 && (
          <>
            <p className="guide-help">{t('guide.s5.help')}</p>
            <button type="button" onClick={api.exportNow}>
              {t('cmp.export')}
            </button>
          </>
        )}
        <div className="guide-nav">
          {step > 3 && (
            <button type="button" onClick={() => setStep(step - 1)}>
              {t('guide.prev')}
            </button>
          )}
          {step < GUIDE_STEPS ? (
            <button
              type="button"
              className="primary big"
              onClick={() => {
                if (step === 3) api.showTab('layers');
                setStep(step + 1);
              }}
            >
              {t('guide.next')}
            </button>
          ) : (
            <button type="button" className="primary big" onClick={() => onDone(false)}>
              {t('guide.finish')}
            </button>
          )}
          <button type="button" className="guide-skip" onClick={() => onDone(true)}>
            {t('guide.skip')}
          </button>
        </div>
      </div>
    </div>
  );
}

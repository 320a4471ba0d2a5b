import { useEffect, useMemo, useState } from 'react';
import type { ProductSummary } from '../../../model/api';
import { PACKAGE_PIECES, type Design, type PackagePiece } from '../../../model/design/schema';
import type { Issue } from '../../../model/localized';
import { suggestTemplateParams, templateKinds, templateRegistry, validateTemplateParams, type ProductHint } from '../../../model/templates';
import type { FieldSpec } from '../../../model/templates/params';
import { Thumbnail } from '../../thumbnails/Thumbnail';
import { useDebounced } from '../library/useDebounced';
import { useApi } from '../../api/context';
import { useI18n } from '../../i18n';
import { useNotifyError } from '../../shell/notify';

type Values = Record<string, string>;

/** the sizes a cooperative leader needs first; the rest wait under "more" */
const MAIN_FIELDS = 3;

function initialValues(kind: string): Values {
  const d = templateRegistry[kind].defaults;
  return Object.fromEntries(Object.entries(d).map(([k, v]) => [k, String(v)]));
}

function toValues(params: Record<string, unknown>): Values {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, String(v)]));
}

/** What a product tells the templates about its size (the net content, for now). */
async function productHint(api: ReturnType<typeof useApi>, id: string): Promise<ProductHint> {
  const detail = await api.call('products.get', { id });
  const nc = (detail.file.product as { netContent?: { value: number; unit: string } }).netContent;
  if (!nc || !['g', 'kg', 'mL', 'L'].includes(nc.unit)) return {};
  return { netContent: { amount: nc.value, unit: nc.unit as 'g' | 'kg' | 'mL' | 'L' } };
}

function toParams(kind: string, values: Values): Record<string, number | string> {
  const fields = templateRegistry[kind].fields;
  const out: Record<string, number | string> = {};
  for (const [k, spec] of Object.entries(fields)) {
    const v = values[k];
    if (v === undefined || v === '') continue;
    out[k] = spec.type === 'mm' ? Number(v) : v;
  }
  return out;
}

/**
 * New design: name, box or label type, and its sizes (defaults from the template
 * registry), checked by the template's own rules before anything is created.
 */
export function NewDesignForm(props: { onCreated: (d: Design) => void; onCancel?: () => void; defaultName?: string; productId?: string }) {
  const { onCreated, onCancel, defaultName } = props;
  const api = useApi();
  const notify = useNotifyError();
  const { t, l, lang } = useI18n();
  const [name, setName] = useState(defaultName || t('new.name.default'));
  const [kind, setKind] = useState('tuck-end');
  const [values, setValues] = useState<Values>(() => initialValues('tuck-end'));
  const [issues, setIssues] = useState<Issue[]>([]);
  const [busy, setBusy] = useState(false);
  const [products, setProducts] = useState<ProductSummary[]>([]);
  const [productId, setProductId] = useState(props.productId ?? '');
  const [hint, setHint] = useState<ProductHint | undefined>();
  // one piece of the product's package: GB 7718 items are then checked over all its pieces
  const [piece, setPiece] = useState<PackagePiece | ''>('');
  const [packageName, setPackageName] = useState('');
  const [suggested, setSuggested] = useState(false);
  const fields = useMemo(() => Object.entries(templateRegistry[kind].fields), [kind]);

  useEffect(() => {
    api.call('products.list', {}).then(setProducts, () => setProducts([]));
  }, [api]);
  useEffect(() => {
    if (!productId) return setHint(undefined);
    let alive = true;
    productHint(api, productId).then((h) => alive && setHint(h), () => alive && setHint(undefined));
    return () => {
      alive = false;
    };
  }, [api, productId]);
  // a product's facts suggest the size (e.g. a jar label from the net content); the form
  // keeps whatever the user typed until the product or the template kind changes
  useEffect(() => {
    const s = hint ? suggestTemplateParams(kind, hint) : undefined;
    setSuggested(!!s);
    if (s) setValues(toValues(s));
  }, [hint, kind]);

  // the dieline at the sizes entered, once they make a valid template (typing is debounced)
  // (kind and values settle together: the values of the kind just left must not be drawn as the new kind)
  const entered = useMemo(() => ({ kind, values }), [kind, values]);
  const typed = useDebounced(entered, 400);
  const preview = useMemo(() => {
    if (typed.kind !== kind) return undefined;
    const params = toParams(kind, typed.values);
    return validateTemplateParams(kind, params).some((i) => i.severity === 'error') ? undefined : params;
  }, [kind, typed]);

  const field = ([key, spec]: [string, FieldSpec]) => {
    const problem = issues.find((i) => i.field === key || i.field.endsWith(`.${key}`));
    return (
      <label key={key} className={problem ? 'has-error' : undefined}>
        <span>
          {lang === 'en' ? spec.en : spec.zh}
          {spec.type === 'mm' && <span className="muted small"> {t('new.range', { min: spec.min, max: spec.max })}</span>}
        </span>
        {spec.type === 'mm' ? (
          <input type="number" inputMode="decimal" step="0.1" value={values[key] ?? ''} onChange={(e) => setValues({ ...values, [key]: e.target.value })} aria-invalid={!!problem} />
        ) : (
          <select value={values[key] ?? ''} onChange={(e) => setValues({ ...values, [key]: e.target.value })}>
            {spec.options.map((o) => (
              <option key={o.value} value={o.value}>
                {lang === 'en' ? o.en : o.zh}
              </option>
            ))}
          </select>
        )}
        {problem && <span className="field-error">{l(problem.message)}</span>}
      </label>
    );
  };

  const submit = async () => {
    const params = toParams(kind, values);
    const found = validateTemplateParams(kind, params);
    setIssues(found);
    if (found.some((i) => i.severity === 'error')) return;
    setBusy(true);
    try {
      const pkg = productId && piece ? { package: { name: packageName.trim() || t('new.package.default'), piece } } : {};
      onCreated(await api.call('designs.create', { name: name.trim() || t('new.name.default'), template: { kind, params }, ...(productId ? { productId } : {}), ...pkg }));
    } catch (e) {
      notify(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="lib-form new-design"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label>
        <span>{t('new.name')}</span>
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={120} required />
      </label>
      {products.length > 0 && (
        <label>
          <span>{t('new.product')}</span>
          <select
            value={productId}
            onChange={(e) => {
              const id = e.target.value;
              setProductId(id);
              const p = products.find((x) => x.id === id);
              if (p && (name === t('new.name.default') || name === defaultName)) setName(`${p.name.zh} · 包装`);
            }}
          >
            <option value="">{t('new.product.none')}</option>
            {products.map((p) => (
              <option key={p.id} value={p.id}>
                {lang === 'en' && p.name.en ? p.name.en : p.name.zh} · {lang === 'en' && p.cooperativeName.en ? p.cooperativeName.en : p.cooperativeName.zh}
              </option>
            ))}
          </select>
        </label>
      )}
      {productId && (
        <label>
          <span>{t('new.piece')}</span>
          <select value={piece} onChange={(e) => setPiece(e.target.value as PackagePiece | '')}>
            <option value="">{t('new.piece.none')}</option>
            {PACKAGE_PIECES.map((p) => (
              <option key={p} value={p}>
                {t(`new.piece.${p}`)}
              </option>
            ))}
          </select>
        </label>
      )}
      {productId && piece && (
        <label>
          <span>{t('new.package')}</span>
          <input value={packageName} onChange={(e) => setPackageName(e.target.value)} maxLength={60} placeholder={t('new.package.default')} />
        </label>
      )}
      <fieldset className="tpl-picker">
        <legend>{t('new.template')}</legend>
        <div className="tpl-grid" role="radiogroup" aria-label={t('new.template')}>
          {templateKinds.map((k) => {
            const kindName = l(templateRegistry[k].name);
            return (
              <label key={k} className={k === kind ? 'tpl-card on' : 'tpl-card'}>
                <input
                  type="radio"
                  name="template-kind"
                  value={k}
                  aria-label={kindName}
                  checked={k === kind}
                  onChange={() => {
                    setKind(k);
                    setValues(initialValues(k));
                    setIssues([]);
                  }}
                />
                <Thumbnail subject={{ kind: 'template', template: { kind: k } }} name={t('thumb.template', { name: kindName })} size={88} />
                <span aria-hidden>{kindName}</span>
              </label>
            );
          })}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('new.size')}</legend>
        <p className="muted small">{t(suggested ? 'new.size.suggested' : 'new.size.hint')}</p>
        <div className="new-preview">
          <div className="form-cols">{fields.slice(0, MAIN_FIELDS).map(field)}</div>
          {preview && <Thumbnail subject={{ kind: 'template', template: { kind, params: preview } }} name={t('thumb.template.sized', { name: l(templateRegistry[kind].name) })} size={150} />}
        </div>
        {fields.length > MAIN_FIELDS && (
          <details>
            <summary>{t('new.more')}</summary>
            <div className="form-cols">{fields.slice(MAIN_FIELDS).map(field)}</div>
          </details>
        )}
      </fieldset>
      {issues.filter((i) => !fields.some(([k]) => i.field === k || i.field.endsWith(`.${k}`))).map((i, n) => (
        <p key={n} className="field-error">
          {l(i.message)}
        </p>
      ))}
      <div className="lib-form-actions">
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('new.cancel')}
          </button>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {t('new.create')}
        </button>
      </div>
    </form>
  );
}

import { useId, type ReactNode } from 'react';
import { useI18n, type MessageKey } from '../../i18n';
import type { Issue } from '../../../model/localized';
import { getAt, joinList, splitList } from './draft';
import { useProductForm } from './FormContext';

/** The findings of one field, in plain words, right under it. */
export function Findings({ issues, id }: { issues: Issue[]; id: string }) {
  const { l, t } = useI18n();
  if (issues.length === 0) return null;
  return (
    <ul className="prod-findings" id={id}>
      {issues.map((i, n) => (
        <li key={`${i.code}-${n}`} className={i.severity === 'error' ? 'field-error' : 'field-warning'}>
          <span className="prod-finding-kind">{t(i.severity === 'error' ? 'prod.error' : 'prod.warning')}：</span>
          {l(i.message)}
        </li>
      ))}
    </ul>
  );
}

interface FieldProps {
  path: string;
  label: MessageKey;
  /** list inputs also show findings about their items (path.0, path.1, ...) */
  withItems?: boolean;
  wide?: boolean;
  /** findings about the enclosing group shown here too (e.g. "product.name" under the Chinese name) */
  extra?: readonly string[];
  children: (props: { id: string; describedBy?: string; invalid: boolean; onBlur: () => void }) => ReactNode;
}

export function Field({ path, label, withItems, wide, extra, children }: FieldProps) {
  const { t } = useI18n();
  const form = useProductForm();
  const id = useId();
  const issues = form.visible(path, withItems, extra);
  const findingsId = `${id}-findings`;
  return (
    <div className={wide ? 'prod-field wide' : 'prod-field'} data-field={path}>
      <label htmlFor={id}>{t(label)}</label>
      {children({ id, describedBy: issues.length ? findingsId : undefined, invalid: issues.some((i) => i.severity === 'error'), onBlur: () => form.touch(path) })}
      <Findings issues={issues} id={findingsId} />
    </div>
  );
}

type Kind = 'text' | 'number' | 'date' | 'list';

/** A text input bound to a draft path; empty means "not filled" (the key is removed). */
export function TextField({ path, label, kind = 'text', wide, placeholder, extra }: { path: string; label: MessageKey; kind?: Kind; wide?: boolean; placeholder?: string; extra?: readonly string[] }) {
  const form = useProductForm();
  const raw = getAt(form.draft, path);
  const value = kind === 'list' ? joinList(raw) : raw === undefined || raw === null ? '' : String(raw);
  const parse = (text: string): unknown => {
    if (kind === 'list') return splitList(text);
    if (text.trim() === '') return undefined;
    // a number field keeps what was typed when it is not a number, so the check can say so
    if (kind === 'number') return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;
    return text;
  };
  return (
    <Field path={path} label={label} withItems={kind === 'list'} wide={wide} extra={extra}>
      {(p) => (
        <input
          id={p.id}
          type={kind === 'date' ? 'date' : 'text'}
          inputMode={kind === 'number' ? 'decimal' : undefined}
          value={value}
          placeholder={placeholder}
          aria-invalid={p.invalid || undefined}
          aria-describedby={p.describedBy}
          onChange={(e) => form.update(path, parse(e.target.value))}
          onBlur={p.onBlur}
        />
      )}
    </Field>
  );
}

export function SelectField({ path, label, options, optional }: { path: string; label: MessageKey; options: { value: string; label: MessageKey }[]; optional?: boolean }) {
  const { t } = useI18n();
  const form = useProductForm();
  const value = String(getAt(form.draft, path) ?? '');
  return (
    <Field path={path} label={label}>
      {(p) => (
        <select
          id={p.id}
          value={value}
          aria-invalid={p.invalid || undefined}
          aria-describedby={p.describedBy}
          onChange={(e) => {
            form.update(path, e.target.value === '' ? undefined : e.target.value);
            form.touch(path);
          }}
          onBlur={p.onBlur}
        >
          {(optional || value === '') && <option value="">{t('prod.choose')}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {t(o.label)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function Section({ title, children }: { title: MessageKey; children: ReactNode }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <section className="prod-section" aria-labelledby={id}>
      <h2 id={id}>{t(title)}</h2>
      <div className="prod-grid">{children}</div>
    </section>
  );
}

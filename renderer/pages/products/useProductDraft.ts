import { useCallback, useMemo, useRef, useState } from 'react';
import type { Findings } from '../../../model/api/products';
import type { Issue } from '../../../model/localized';
import { useApi } from '../../api/context';
import { useNotifyError } from '../../shell/notify';
import { findingBelongs, getAt, setAt, type Draft } from './draft';
import type { ProductForm } from './FormContext';

const EMPTY: Findings = { errors: [], warnings: [] };
/** Optional groups that must vanish when their last field is emptied (a half group is a shape error). */
const PRUNE = ['product.gi.authorisation', 'product.netContent'];

/**
 * The form's state: the draft, the findings of the last check, and which fields the user has
 * left (findings show there first; "Check" and "Save" show them all).
 */
export function useProductDraft(printDate: string) {
  const api = useApi();
  const notify = useNotifyError();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [findings, setFindings] = useState<Findings>(EMPTY);
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const latest = useRef<Draft | null>(null);
  const seq = useRef(0);

  const load = useCallback((next: Draft | null, initial: Findings = EMPTY, show = false) => {
    latest.current = next;
    setDraft(next);
    setFindings(initial);
    setTouched(new Set());
    setShowAll(show);
  }, []);

  const check = useCallback(async (all: boolean) => {
    const current = latest.current;
    if (!current) return;
    const mine = ++seq.current;
    try {
      const result = await api.call('products.validate', { cooperative: current.cooperative, product: current.product, printDate: printDate || undefined });
      if (mine === seq.current) setFindings(result);
      if (all) setShowAll(true);
    } catch (error) {
      notify(error);
    }
  }, [api, notify, printDate]);

  const update = useCallback((path: string, value: unknown) => {
    let next = setAt(latest.current!, path, value);
    for (const group of PRUNE) {
      const node = getAt(next, group);
      if (node && typeof node === 'object' && Object.keys(node).length === 0) next = setAt(next, group, undefined);
    }
    latest.current = next;
    setDraft(next);
  }, []);

  const touch = useCallback((path: string) => {
    setTouched((prev) => (prev.has(path) ? prev : new Set(prev).add(path)));
    void check(false);
  }, [check]);

  const visible = useCallback((path: string, withItems = false, extra: readonly string[] = []): Issue[] => {
    const shown = showAll || touched.has(path);
    if (!shown) return [];
    return [...findings.errors, ...findings.warnings].filter((i) => findingBelongs(i.field, path, withItems) || extra.includes(i.field));
  }, [findings, touched, showAll]);

  const form: ProductForm | null = useMemo(() => (draft ? { draft, update, visible, touch } : null), [draft, update, visible, touch]);
  return { draft, latest, form, findings, setFindings, showAll, setShowAll, load, check };
}

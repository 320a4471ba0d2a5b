import { createContext, useContext } from 'react';
import type { Issue } from '../../../model/localized';
import type { Draft } from './draft';

export interface ProductForm {
  draft: Draft;
  update: (path: string, value: unknown) => void;
  /** findings to show now (only for touched fields until the user checks or saves) */
  visible: (path: string, withItems?: boolean, extra?: readonly string[]) => Issue[];
  /** a field lost focus: mark it touched and re-check */
  touch: (path: string) => void;
}

export const ProductFormContext = createContext<ProductForm | null>(null);

export function useProductForm(): ProductForm {
  const form = useContext(ProductFormContext);
  if (!form) throw new Error('useProductForm outside ProductFormContext');
  return form;
}

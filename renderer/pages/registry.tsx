import type { ComponentType } from 'react';
import type { MessageKey } from '../i18n';
import { BrandPage } from './brand/BrandPage';
import { DesignsPage } from './designs/DesignsPage';
import { EmptyPage } from './EmptyPage';
import { HomePage } from './home/HomePage';
import { ProductsPage } from './products/ProductsPage';
import { LibraryPage } from './library/LibraryPage';
import { SettingsPage } from './SettingsPage';

export type PageId = 'home' | 'library' | 'designs' | 'products' | 'brand' | 'settings';

export interface PageEntry {
  id: PageId;
  label: MessageKey;
  /** single glyph shown beside the label: big, recognisable targets for new users */
  icon: string;
  component: ComponentType;
}

/** The left navigation, in order. Each area replaces its placeholder with its own page. */
export const pages: PageEntry[] = [
  { id: 'home', label: 'nav.home', icon: '⌂', component: HomePage },
  { id: 'library', label: 'nav.library', icon: '✿', component: LibraryPage },
  { id: 'designs', label: 'nav.designs', icon: '▣', component: DesignsPage },
  { id: 'products', label: 'nav.products', icon: '◈', component: ProductsPage },
  { id: 'brand', label: 'nav.brand', icon: '◐', component: BrandPage },
  { id: 'settings', label: 'nav.settings', icon: '⚙', component: SettingsPage },
];

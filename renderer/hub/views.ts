import type { HubRole } from '../../model/hub/protocol';
import type { MessageKey } from '../i18n';
import type { HubRecordSummary } from '../api/hub-client';

export type HubViewId = 'queue' | 'all' | 'published' | 'mine' | 'accounts';

export interface HubView {
  id: HubViewId;
  label: MessageKey;
  icon: string;
  /** which records a records view lists (the hub already limits what each role may read) */
  shows?: (record: HubRecordSummary, me: string) => boolean;
}

const VIEWS: Record<HubViewId, HubView> = {
  queue: { id: 'queue', label: 'hub.view.queue', icon: '✎', shows: (r) => r.status === 'draft' || r.status === 'in-review' },
  all: { id: 'all', label: 'hub.view.all', icon: '✿', shows: () => true },
  published: { id: 'published', label: 'hub.view.published', icon: '✿', shows: (r) => r.status === 'published' },
  mine: { id: 'mine', label: 'hub.view.mine', icon: '✎', shows: (r, me) => r.owner === me },
  accounts: { id: 'accounts', label: 'hub.view.accounts', icon: '⚿' },
};

/** The views each role opens, first one first: the one table the hub UI asks (as HUB_PERMISSIONS on the server). */
export const VIEWS_BY_ROLE: Record<HubRole, HubView[]> = {
  curator: [VIEWS.queue, VIEWS.all],
  cooperative: [VIEWS.published, VIEWS.mine],
  steward: [VIEWS.accounts, VIEWS.all],
};

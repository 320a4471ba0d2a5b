import { useCallback, useEffect, useState } from 'react';
import type { CuratorStatus } from '../../../../model/api/curator';
import { useApi } from '../../../api/context';
import { useNotifyError } from '../../../shell/notify';

/** Who may curate and who is curating now, as the main side knows it. */
export function useCuratorStatus(): { status: CuratorStatus | null; setStatus: (s: CuratorStatus) => void; lock: () => void } {
  const api = useApi();
  const notify = useNotifyError();
  const [status, setStatus] = useState<CuratorStatus | null>(null);
  useEffect(() => {
    api.call('curator.status', {}).then(setStatus, notify);
  }, [api, notify]);
  const lock = useCallback(() => {
    api.call('curator.lock', {}).then(setStatus, notify);
  }, [api, notify]);
  return { status, setStatus, lock };
}

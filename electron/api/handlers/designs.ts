import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';

type DesignCalls =
  | 'designs.list'
  | 'designs.create'
  | 'designs.samples'
  | 'designs.createFromSample'
  | 'designs.get'
  | 'designs.save'
  | 'designs.rename'
  | 'designs.duplicate'
  | 'designs.delete'
  | 'designs.bin'
  | 'designs.restore'
  | 'designs.snapshot'
  | 'designs.snapshots'
  | 'designs.restoreSnapshot'
  | 'designs.usingMotif';

export function designHandlers(ctx: StudioContext): HandlersFor<DesignCalls> {
  return {
    'designs.list': () => ctx.designs.list(),
    'designs.create': (input) => ctx.designs.create(input),
    'designs.samples': () => ctx.designs.samples(),
    'designs.createFromSample': ({ sample }) => ctx.designs.createFromSample(sample),
    'designs.get': ({ id }) => ctx.designs.get(id),
    'designs.save': ({ design }) => ctx.designs.save(design),
    'designs.rename': ({ id, name }) => ctx.designs.rename(id, name),
    'designs.duplicate': ({ id }) => ctx.designs.duplicate(id),
    'designs.delete': ({ id }) => ctx.designs.delete(id),
    'designs.bin': () => ctx.designs.bin(),
    'designs.restore': ({ id }) => ctx.designs.restore(id),
    'designs.snapshot': ({ id, name }) => ctx.designs.snapshot(id, name),
    'designs.snapshots': ({ id }) => ctx.designs.snapshots(id),
    'designs.restoreSnapshot': ({ id, snapshotId }) => ctx.designs.restoreSnapshot(id, snapshotId),
    'designs.usingMotif': ({ motifId }) => ctx.designs.usingMotif(motifId),
  };
}

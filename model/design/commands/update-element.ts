import type { Design, Element, Transform } from '../schema';
import { refuseLocked, requireElement, requirePage, replaceElements, validElement } from './elements';

/** Kind-specific fields an update may set; id and kind never change. */
type Props<E> = E extends Element ? Partial<Omit<E, 'id' | 'kind' | 'transform'>> : never;

export interface UpdateElement {
  type: 'update-element';
  id: string;
  /** move / resize / rotate / flip: only the given fields change */
  transform?: Partial<Transform>;
  props?: Props<Element>;
}

export function updateElement(doc: Design, cmd: UpdateElement): Design {
  const el = requireElement(doc, cmd.id);
  const props = (cmd.props ?? {}) as Record<string, unknown>;
  // a locked element may still be unlocked (or renamed); anything else waits for unlocking
  const onlyUnlockOrRename = !cmd.transform && Object.keys(props).every((k) => k === 'locked' || k === 'name');
  if (!onlyUnlockOrRename) refuseLocked(el, { zh: '修改', en: 'changed' });
  const next = validElement({
    ...el,
    ...props,
    id: el.id,
    kind: el.kind,
    transform: cmd.transform ? { ...el.transform, ...cmd.transform } : el.transform,
  });
  if (next.page !== el.page) requirePage(doc, next.page);
  return replaceElements(doc, new Map([[el.id, next]]));
}

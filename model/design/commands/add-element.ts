import { StudioError } from '../../localized';
import type { Design, Element } from '../schema';
import { requirePage, validElement } from './elements';

export interface AddElement {
  type: 'add-element';
  element: Element;
  /** position in the back-to-front list; default: on top of everything */
  index?: number;
}

export function addElement(doc: Design, cmd: AddElement): Design {
  const el = validElement(cmd.element);
  if (doc.elements.some((e) => e.id === el.id)) {
    throw new StudioError('element-id-taken', {
      zh: `编号“${el.id}”已被另一个元素使用。请换一个编号，或用“复制”得到新编号。`,
      en: `The id "${el.id}" is already used by another element. Use another id, or duplicate to get a new one.`,
    });
  }
  requirePage(doc, el.page);
  const index = cmd.index === undefined ? doc.elements.length : Math.max(0, Math.min(doc.elements.length, cmd.index));
  const elements = [...doc.elements.slice(0, index), el, ...doc.elements.slice(index)];
  return { ...doc, elements };
}

/**
 * What each element prints, all its text runs joined, as the scene lays them out (placeholders
 * filled, lines broken): the claims, the GI mark's companions and the credit lines are all read
 * from this, walked once per scene rather than once per rule.
 */
import type { Scene } from '../scene';
import { walkScene } from './scene-walk';

/** A printed text with its whitespace removed: line breaks split a printed line anywhere. */
export const squash = (s: string) => s.replace(/\s+/g, '');

const printed = new WeakMap<Scene, Map<string, string>>();

export function printedTextByElement(scene: Scene): ReadonlyMap<string, string> {
  let out = printed.get(scene);
  if (!out) {
    const texts = new Map<string, string>();
    for (const page of scene.pages) {
      walkScene(page.nodes, ({ node, elementId }) => {
        if (node.type !== 'text' || !elementId) return;
        texts.set(elementId, (texts.get(elementId) ?? '') + node.runs.map((r) => r.text).join(''));
      });
    }
    printed.set(scene, (out = texts));
  }
  return out;
}

/**
 * Art placed more than once is written once. A motif's display list is one node list shared by
 * every copy the scene builder places (a 12-copy border, the same motif on four panels, n-up
 * sheets), and the writer used to paint it again for each copy: in the bench box 7 184 of
 * 7 480 painted nodes were repeats. A node list used twice or more becomes one Form XObject with
 * its own resources, and each copy is `q <its transform> /Fm Do Q`, as a RIP expects of repeated
 * art: less to paint, compress and parse, the same ink on every plate.
 */
import type { PDFContext, PDFDict, PDFRef } from 'pdf-lib';
import type { Scene, SceneNode } from '../../../model/scene';
import { sceneBounds } from './scene-bounds';
import { deflateSync } from 'node:zlib';

/** below this many nodes a repeat is cheaper inline than as an object of its own */
const MIN_NODES = 4;
/** room around the art's bounds: the form's /BBox clips, and must never cut ink */
const BBOX_MARGIN_MM = 1;

export class SharedForms {
  private readonly forms = new Map<readonly SceneNode[], Promise<PDFRef | undefined>>();

  constructor(
    private readonly context: PDFContext,
    /** the node lists worth a form (sharedNodeLists) */
    private readonly shared: ReadonlySet<readonly SceneNode[]>,
  ) {}

  isShared(nodes: readonly SceneNode[]): boolean {
    return this.shared.has(nodes);
  }

  /** The form painting `nodes` (made on first use by `paint`, which writes into the form's own resources), or undefined when they paint nothing. */
  form(nodes: readonly SceneNode[], paint: (resources: PDFDict) => Promise<string[]>): Promise<PDFRef | undefined> {
    let form = this.forms.get(nodes);
    if (!form) {
      form = this.make(nodes, paint);
      this.forms.set(nodes, form);
    }
    return form;
  }

  private async make(nodes: readonly SceneNode[], paint: (resources: PDFDict) => Promise<string[]>): Promise<PDFRef | undefined> {
    const resources = this.context.obj({});
    const ops = await paint(resources);
    const b = sceneBounds(nodes);
    if (ops.length === 0 || !Number.isFinite(b.x0)) return undefined;
    const stream = this.context.stream(deflateSync(Buffer.from(ops.join('\n'), 'latin1')), {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [b.x0 - BBOX_MARGIN_MM, b.y0 - BBOX_MARGIN_MM, b.x1 + BBOX_MARGIN_MM, b.y1 + BBOX_MARGIN_MM],
      Resources: resources,
      Filter: 'FlateDecode',
    });
    return this.context.register(stream);
  }
}

/**
 * The group child lists met more than once in the scene, with at least MIN_NODES nodes. A list is
 * looked into only the first time it is met, so the lists inside a repeated one count once: they
 * are written once, inside its form.
 */
export function sharedNodeLists(scene: Scene): Set<readonly SceneNode[]> {
  const uses = new Map<readonly SceneNode[], number>();
  const sizes = new Map<readonly SceneNode[], number>();
  const visit = (nodes: readonly SceneNode[]): number => {
    let size = 0;
    for (const node of nodes) {
      size++;
      if (node.type !== 'group') continue;
      const seen = uses.get(node.children);
      uses.set(node.children, (seen ?? 0) + 1);
      if (seen === undefined) sizes.set(node.children, visit(node.children));
      size += sizes.get(node.children)!;
    }
    return size;
  };
  for (const page of scene.pages) visit(page.nodes);
  return new Set([...uses].filter(([list, n]) => n > 1 && sizes.get(list)! >= MIN_NODES).map(([list]) => list));
}

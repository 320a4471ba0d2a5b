import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import type { MotifRecord } from '../../../model/motif/schema';
import { mayRelease } from '../../../model/motif/gate';
import { addOwnArtwork } from '../../services/library/own-artwork';

type LibraryCalls = 'library.addOwnArtwork' | 'library.search' | 'library.facets' | 'library.get' | 'library.thumbnails' | 'library.artwork' | 'library.import' | 'library.update' | 'library.transition' | 'library.forDesign';

export function libraryHandlers(ctx: StudioContext): HandlersFor<LibraryCalls> {
  return {
    'library.search': (input) => ctx.library.search(input, ctx.curators.isActive()),
    'library.facets': () => ctx.motifs.facets(),
    'library.get': ({ id }) => ctx.library.detail(id, ctx.curators.isActive()),
    'library.thumbnails': ({ ids }) => ctx.library.thumbnails(ids, ctx.curators.isActive()),
    'library.artwork': ({ id }) => ctx.library.artworkFor(id, ctx.curators.isActive()),
    'library.import': async ({ files }) => {
      const actor = ctx.curators.requireActor();
      return ctx.imports.importMany(
        files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })),
        actor.name,
      );
    },
    'library.addOwnArtwork': ({ file, names, cooperativeId, cooperativeName, maker, makerConsent }) =>
      // a cooperative member adds it: no curator needed (it is not a traditional motif)
      addOwnArtwork(ctx.imports, {
        name: file.name,
        bytes: Buffer.from(file.base64, 'base64'),
        names,
        ownWork: { cooperativeId, cooperativeName, maker, makerConsent },
        addedBy: ctx.curators.isActive() ? `curator:${ctx.curators.status().active}` : 'cooperative',
      }),
    'library.update': ({ id, expectedVersion, changes }) => ctx.library.edit(id, expectedVersion, changes, ctx.curators.requireActor()),
    'library.transition': ({ id, action, note, label }) => ctx.library.transition(id, action, note, ctx.curators.requireActor(), ctx.curators.requireSigner().key, label),
    'library.forDesign': ({ ids }) => {
      // the gate's 'composer-open': a design placing a since-withdrawn motif still opens and can explain
      // why it must change; drafts and secret/sacred motifs reach only an unlocked curator.
      // Unknown or refused ids are simply absent.
      const caller = ctx.curators.isActive() ? 'curator' : 'cooperative';
      const out: Record<string, { record: MotifRecord; svg?: string; preview?: string }> = {};
      for (const id of new Set(ids)) {
        const row = ctx.motifs.get(id);
        if (!row || !mayRelease(row.record, 'composer-open', { caller }).allowed) continue;
        out[id] = { record: row.record, ...ctx.library.artwork(id) };
      }
      return out;
    },
  };
}

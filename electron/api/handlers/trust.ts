import type { HandlersFor } from '../handler-types';
import type { StudioContext } from '../../services/studio';
import { trustOverview } from '../../services/curators/trust-overview';

type TrustCalls = 'trust.overview' | 'trust.inspectFile' | 'trust.importFile' | 'trust.exportFile' | 'trust.vouch';

export function trustHandlers(ctx: StudioContext): HandlersFor<TrustCalls> {
  const overview = () => trustOverview(ctx.trust, ctx.curators.namesById());
  return {
    // public keys and who certified whom are not secrets: anyone at the studio may read them
    'trust.overview': () => overview(),
    'trust.inspectFile': ({ text }) => ctx.trust.inspectTrustFile(text).preview,
    'trust.importFile': ({ text, fingerprint }) => {
      ctx.trust.importTrustFile(text, fingerprint, ctx.curators.requireActor().name);
      return overview();
    },
    'trust.exportFile': ({ studio }) => {
      const actor = ctx.curators.requireActor();
      const file = ctx.trust.exportTrustFile(ctx.curators.requireSteward(), studio, actor.name);
      return { fileName: trustFileName(studio), text: JSON.stringify(file, null, 2), fingerprint: file.body.steward.fingerprint };
    },
    'trust.vouch': ({ publicKey, name, fingerprint }) => {
      const actor = ctx.curators.requireActor();
      ctx.trust.vouch(ctx.curators.requireSigner().key, { publicKey, name }, fingerprint, actor.name);
      return overview();
    },
  };
}

/** A file name that says what it is and whose it is, safe on every file system. */
export function trustFileName(studio: string): string {
  const safe = studio.normalize('NFKC').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim().slice(0, 60) || 'studio';
  return `${safe}.jinxiu-trust.json`;
}

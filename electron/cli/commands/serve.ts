import { createDispatcher } from '../../api/dispatch';
import { openStudioHandlers } from '../../api/handlers';
import { startServer } from '../../serve';
import { pick } from '../../../model/localized';
import { portOption } from '../args';
import { DATA_OPTION, type Command } from '../command';
import { resolveDataDir } from '../data-dir';

export const serveCommand: Command = {
  usage: 'jinxiu serve [--data DIR] [--port N]',
  options: {
    ...DATA_OPTION,
    port: { type: 'string', description: 'TCP port on 127.0.0.1 (default 0: the OS picks a free one)' },
  },
  positionals: { min: 0, max: 0, names: '' },
  async run(args, io) {
    const port = portOption(args);
    // a damaged database is reported and the studio still serves its restore page
    const studio = await openStudioHandlers({ dataDir: resolveDataDir(args), runtime: 'browser' });
    const damaged = studio.damaged();
    if (damaged) io.err(pick(damaged.localized, io.lang));
    const server = await startServer({
      dispatch: createDispatcher(studio.handlers, (line) => io.err(line)),
      port,
    });
    io.out(`Jinxiu Studio: ${server.url}`);
    // after the first requests of the page have had their turn
    setTimeout(() => studio.prepare(), 0);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await server.close();
    studio.close();
    return 0;
  },
};

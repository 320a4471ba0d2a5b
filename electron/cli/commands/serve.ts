import { createDispatcher } from '../../api/dispatch';
import { openStudioHandlers } from '../../api/handlers';
import { startServer } from '../../serve';
import { pick, studioError } from '../../../model/localized';
import { stringOption } from '../args';
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
    const portText = stringOption(args, 'port') ?? '0';
    const port = Number(portText);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      throw studioError('cli.bad-port', `端口必须是 0 到 65535 的整数：${portText}`, `--port must be an integer from 0 to 65535: ${portText}`);
    }
    // a damaged database is reported and the studio still serves its restore page
    const studio = await openStudioHandlers({ dataDir: resolveDataDir(args), runtime: 'browser' });
    const damaged = studio.damaged();
    if (damaged) io.err(pick(damaged.localized, io.lang));
    const server = await startServer({
      dispatch: createDispatcher(studio.handlers, (line) => io.err(line)),
      port,
    });
    io.out(`Jinxiu Studio: ${server.url}`);
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

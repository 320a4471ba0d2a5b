import { pick } from '../../../model/localized';
import { stringOption } from '../args';
import { DATA_OPTION, JSON_OPTION, type Command } from '../command';
import { withStudio } from '../with-studio';

export const motifsSearchCommand: Command = {
  usage: 'jinxiu motifs search QUERY [--craft C] [--limit N] [--data DIR] [--json]',
  options: {
    ...DATA_OPTION,
    ...JSON_OPTION,
    craft: { type: 'string', description: 'only this craft: embroidery, batik, silver' },
    limit: { type: 'string', description: 'at most N results (default 50)' },
  },
  positionals: { min: 1, max: 1, names: 'QUERY' },
  async run(args, io) {
    const limit = Math.min(500, Math.max(1, Number(stringOption(args, 'limit') ?? 50) || 50));
    const result = await withStudio(args, (studio) =>
      studio.library.search({ query: args.positionals[0], craft: stringOption(args, 'craft'), view: 'curator', limit }, true),
    );
    if (args.options.json) {
      io.out(JSON.stringify({ total: result.total, items: result.items }));
    } else {
      io.out(pick({ zh: `找到 ${result.total} 个纹样`, en: `${result.total} motif(s) found` }, io.lang));
      for (const m of result.items) io.out(`${m.id}  ${m.names.zh} / ${m.names.en}  [${m.craft}, ${m.status}, ${m.usageLabel}]`);
    }
    return 0;
  },
};

import path from 'node:path';
import { defaultDataDir } from '../services/paths';
import { stringOption, type ParsedArgs } from './args';

export function resolveDataDir(args: ParsedArgs): string {
  const given = stringOption(args, 'data');
  return given ? path.resolve(given) : defaultDataDir();
}

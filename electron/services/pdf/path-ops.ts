/** Scene path commands to PDF path construction operators (coordinates stay in mm). */
import type { PathCommand } from '../../../model/scene';
import { nums } from './units';

export function pathOps(d: PathCommand[]): string {
  const out: string[] = [];
  for (const cmd of d) {
    switch (cmd[0]) {
      case 'M':
        out.push(`${nums(cmd[1], cmd[2])} m`);
        break;
      case 'L':
        out.push(`${nums(cmd[1], cmd[2])} l`);
        break;
      case 'C':
        out.push(`${nums(cmd[1], cmd[2], cmd[3], cmd[4], cmd[5], cmd[6])} c`);
        break;
      case 'Z':
        out.push('h');
        break;
    }
  }
  return out.join('\n');
}

/** Rectangle as path commands, for clips and marks. */
export function rectPath(x: number, y: number, w: number, h: number): PathCommand[] {
  return [['M', x, y], ['L', x + w, y], ['L', x + w, y + h], ['L', x, y + h], ['Z']];
}

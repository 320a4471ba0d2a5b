import { expect } from 'vitest';
import type { Issue } from '../../../../model/localized';

const CJK = /[\u4e00-\u9fff]/;

/** Every finding must be readable in both languages: Chinese first, complete English. */
export function expectBilingual(issues: Issue[]): void {
  for (const i of issues) {
    expect(i.message.zh, i.code).toMatch(CJK);
    expect(i.message.en, i.code).toMatch(/[A-Za-z]{3,}.*[A-Za-z]{3,}/);
    expect(i.message.en.replace(/[“"][^”"]*[”"]/g, '')).not.toMatch(/[\u4e00-\u9fff]{6,}/);
  }
}

export function codes(issues: Issue[]): string[] {
  return issues.map((i) => i.code);
}

/**
 * Illustrator's default SVG export puts colours in a <style> element as class rules
 * (".cls-1{fill:#e4007f;}"). <style> itself is never kept (CSS can load URLs and is a large
 * attack surface), but dropping it would turn every such motif black, so the simple class
 * rules are read here and copied onto the elements as filtered inline declarations.
 * Only selectors made of plain class names are understood; everything else is ignored.
 */
import { parseStyle } from './allowlist';

export interface ClassRule {
  className: string;
  declarations: Array<[string, string]>;
}

/** Class rules in stylesheet order (later rules win, as in CSS for equal specificity). */
export function parseClassRules(css: string): ClassRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, ' ');
  const rules: ClassRule[] = [];
  const block = /([^{}]*)\{([^{}]*)\}/g;
  for (let m = block.exec(text); m; m = block.exec(text)) {
    const declarations = parseStyle(m[2]);
    if (declarations.length === 0) continue;
    // text before the selector may hold a statement at-rule such as @import ...;
    const selectorText = m[1].split(';').pop() ?? '';
    for (const selector of selectorText.split(',')) {
      const s = selector.trim();
      const cls = /^\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(s);
      if (cls) rules.push({ className: cls[1], declarations });
    }
  }
  return rules;
}

/** Declarations that class rules give an element with the given class attribute. */
export function declarationsForClasses(rules: ClassRule[], classAttr: string | undefined): Array<[string, string]> {
  if (!classAttr || rules.length === 0) return [];
  const classes = new Set(classAttr.trim().split(/\s+/));
  const out: Array<[string, string]> = [];
  for (const rule of rules) if (classes.has(rule.className)) out.push(...rule.declarations);
  return out;
}

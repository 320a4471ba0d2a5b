/**
 * The refusals of the SVG/XML parser, each saying in plain words what is wrong and what to do
 * in the drawing program, Chinese first.
 */
import { StudioError } from '../localized';

function formatMb(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}

export function tooLargeError(size: number | null, max: number): StudioError {
  const shown = size === null ? `> ${formatMb(max)}` : formatMb(size);
  return new StudioError(
    'svg.too-large',
    {
      zh: `SVG 文件太大（${shown} MB），最大允许 ${formatMb(max)} MB。请在绘图软件里简化图形（减少节点、删除隐藏图层和嵌入图片）后重新导出。`,
      en: `The SVG file is too large (${shown} MB); the limit is ${formatMb(max)} MB. Simplify the artwork in your drawing program (fewer nodes, no hidden layers or embedded photos) and export it again.`,
    },
    { size, max },
  );
}

export function tooDeepError(maxDepth: number): StudioError {
  return new StudioError(
    'svg.too-deep',
    {
      zh: `SVG 的元素嵌套太深（超过 ${maxDepth} 层）。请在绘图软件里取消多余的编组后重新导出。`,
      en: `The SVG nests elements too deeply (more than ${maxDepth} levels). Ungroup nested groups in your drawing program and export it again.`,
    },
    { maxDepth },
  );
}

export function tooManyElementsError(maxElements: number): StudioError {
  return new StudioError(
    'svg.too-many-elements',
    {
      zh: `SVG 的元素太多（超过 ${maxElements} 个）。请在绘图软件里合并路径、简化图形后重新导出。`,
      en: `The SVG has too many elements (more than ${maxElements}). Combine paths and simplify the artwork in your drawing program, then export it again.`,
    },
    { maxElements },
  );
}

export function tooManyAttributesError(element: string, maxAttributes: number): StudioError {
  return new StudioError(
    'svg.too-many-attributes',
    {
      zh: `SVG 元素 <${element}> 的属性太多（超过 ${maxAttributes} 个）。请用绘图软件重新导出为标准 SVG。`,
      en: `The SVG element <${element}> has too many attributes (more than ${maxAttributes}). Re-export it as plain SVG from your drawing program.`,
    },
    { maxAttributes },
  );
}

export function doctypeError(at: { line: number; column: number }): StudioError {
  return new StudioError(
    'svg.doctype',
    {
      zh: 'SVG 文件里含有 DOCTYPE 或实体（ENTITY）声明，出于安全原因不能导入。请在绘图软件里重新导出为"普通 SVG"，不要带 DOCTYPE。',
      en: 'The SVG contains a DOCTYPE or ENTITY declaration, which is refused for safety. Re-export it from your drawing program as plain SVG without a DOCTYPE.',
    },
    { at },
  );
}

export function processingInstructionError(at: { line: number; column: number }): StudioError {
  return new StudioError(
    'svg.processing-instruction',
    {
      zh: 'SVG 文件里含有处理指令（如 <?xml-stylesheet?>），出于安全原因不能导入。请在绘图软件里重新导出为"普通 SVG"。',
      en: 'The SVG contains a processing instruction (such as <?xml-stylesheet?>), which is refused for safety. Re-export it from your drawing program as plain SVG.',
    },
    { at },
  );
}

export function malformedError(line: number, column: number, detailEn: string, detailZh: string): StudioError {
  return new StudioError(
    'svg.malformed',
    {
      zh: `SVG 文件格式有误（第 ${line} 行，第 ${column} 列）：${detailZh}。请用绘图软件（如 Inkscape 或 Illustrator）重新导出为标准 SVG 后再导入。`,
      en: `The SVG file is not well-formed XML (line ${line}, column ${column}): ${detailEn}. Re-export it as plain SVG from your drawing program (for example Inkscape or Illustrator) and import it again.`,
    },
    { line, column },
  );
}

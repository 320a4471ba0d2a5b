import { defineMessages } from '../define';

/** 设计文件 (.jxdesign): "send as file" and "open file" on the designs page. */
export const designFileMessages = defineMessages({
  'dfile.send': ['发送为文件', 'Send as file'],
  'dfile.send.named': ['把“{name}”发送为文件', 'Send "{name}" as a file'],
  'dfile.sent': ['已保存“{file}”：{motifs} 个纹样、{files} 个图片和扫描件。把这个文件拷给另一台电脑，在那里点“打开文件”。', 'Saved "{file}": {motifs} motif(s), {files} photo(s) and scan(s). Copy the file to the other PC and click "Open file" there.'],
  'dfile.open': ['打开文件', 'Open file'],
  'dfile.open.input': ['选择设计文件（.jxdesign）', 'Choose a design file (.jxdesign)'],
  'dfile.opening': ['正在检查并打开设计文件……', 'Checking and opening the design file…'],
  'dfile.opened': ['已打开“{name}”。', 'Opened "{name}".'],
  'dfile.opened.unchanged': ['“{name}”已经在本工坊里，没有改动。', '"{name}" is already in this studio; nothing was changed.'],
  'dfile.opened.copy': ['本工坊已有同一个设计的另一个版本（也可能在回收站里），它保持不变；文件里的“{name}”另存为一个副本。', 'This studio already has another version of this design (perhaps in the bin); it was kept, and "{name}" from the file was added as a copy.'],
  'dfile.motifs': ['纹样：新增 {added} 个，沿用纹样库里的 {kept} 个。', 'Motifs: {added} added, {kept} taken from this library.'],
  'dfile.motif.draft': ['“{name}”作为草稿加入了纹样库：只有本工坊信任的策展人签名才能让它成为“已发布”。', '"{name}" was added to the library as a draft: only signatures of curators this studio trusts can make it published.'],
  'dfile.motif.refused': ['“{name}”没有加入：{reason}', '"{name}" was not added: {reason}'],
  'dfile.open.design': ['打开这个设计', 'Open this design'],
  'dfile.close': ['关闭提示', 'Close this note'],
});

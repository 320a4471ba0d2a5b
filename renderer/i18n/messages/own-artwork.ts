import { defineMessages } from '../define';

/** A cooperative's own artwork (its logo, a member's original design) in the library. */
export const ownArtworkMessages = defineMessages({
  'own.view': ['只看本社原创作品', 'Only our own artwork'],
  'own.add': ['添加本社原创作品', 'Add our own artwork'],
  'own.title': ['添加本社原创作品', "Add the cooperative's own artwork"],
  'own.intro': [
    '合作社自己的标志，或成员自己创作的图案（经作者同意）。它不是传统纹样：不用审核就能用在本社的设计里，印出时署作者的名字；要进入共享纹样库，还需策展人签名审核。',
    "The cooperative's logo, or a design a member made herself (with her consent). It is not a traditional motif: it can be used in this cooperative's designs without review and is credited to its maker; it joins the shared library only through curators' signed review.",
  ],
  'own.file': ['图案文件（SVG、PNG、JPEG）', 'Artwork file (SVG, PNG, JPEG)'],
  'own.nameZh': ['中文名称', 'Chinese name'],
  'own.nameEn': ['英文名称', 'English name'],
  'own.cooperative': ['合作社', 'Cooperative'],
  'own.noCooperative': ['还没有合作社：请先在“产品”里填写合作社资料。', 'No cooperative yet: enter your cooperative under Products first.'],
  'own.maker': ['作者（创作这个图案的人）', 'Maker (who made this design)'],
  'own.consentDate': ['作者同意的日期', 'Date the maker agreed'],
  'own.consentStatement': ['作者同意的内容', 'What the maker agreed to'],
  'own.consentDefault': ['我同意合作社把我创作的这个图案用在本社商品的包装和宣传上，并署我的名字。', "I agree that the cooperative may use this design of mine on its products' packaging and promotion, credited to me."],
  'own.save': ['添加', 'Add'],
  'own.cancel': ['取消', 'Cancel'],
  'own.added': ['已添加“{name}”，可以在本社的设计里使用。', 'Added "{name}"; it can be used in this cooperative\'s designs.'],
  'own.missing': ['请选择文件，并填写名称、合作社、作者和作者同意的内容。', 'Choose a file and fill in the names, cooperative, maker and what the maker agreed to.'],
});

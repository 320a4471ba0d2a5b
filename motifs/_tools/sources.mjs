// Published descriptions the reference drawings and record texts rest on (keys as in the
// studio's domain notes). These are secondary sources: reposts, news reports and blogs.
export const SOURCES = {
  S49: { title: 'Jianhe tin embroidery (锡绣), Miao embroidery national ICH item, 2006 batch — web repost', url: 'http://m.h3744dfo.com/detail/d_fast/11515116972533.html' },
  S52: { title: 'Miao silver forging craft (苗族银饰锻制技艺) and its inheritors — Qiandongnan daily report', url: 'http://www.qdnrbs.cn/whly/2025-03/20/136_288659.html' },
  S53: { title: 'Yang Fang, Danzhai batik inheritor, on guarding batik memory — news report', url: 'http://news.hnr.cn/201910/30/68608.html' },
  S55: { title: 'Taijiang embroidery techniques (台江风物) — Guizhou travel site', url: 'http://gz-travel.net/taijianglvyou/fengwutaijiang/2017-03-06/23447.html' },
  S56a: { title: 'Miao (Hmong) embroidery: myth and legend — InterAct China blog', url: 'https://interactchina.wordpress.com/2010/11/01/miao-hmong-embroidery-myth-and-legend/' },
  S56b: { title: 'The symbolism in Miao embroidery — Embroidtale', url: 'https://embroidtale.com/pages/the-symbolism-in-miao-embroidery' },
  S56c: { title: 'Miao costume patterns of Qiandongnan — Guizhou travel site', url: 'http://gz-travel.net/rwgz/mswh/qdn/201611/23173_3.html' },
  S57: { title: 'Miao silver ornaments and their motifs — minzu56.net', url: 'http://minzu56.net/mz/gy/11069.html' },
  S58: { title: 'Danzhai batik motifs — Duyun/Qiannan newspaper report', url: 'http://epaper.djxww.com/zonghe/2022/0408/54351.html' },
  S59: { title: 'Hundred-bird garments and the Guzang festival — CRI Guizhou report', url: 'https://big5.cri.cn/gate/big5/gz.cri.cn/2022-12-26/a323cc8c-43ea-815b-7443-3d6575149a41.html' },
  S60: { title: 'Miao costume patterns as identity markers of branches — journal abstract', url: 'http://soolun.net/periodical/1b30a9d471de45c8ad70de96fbce3d18.html' },
  S62: { title: "It's Hmong, not tribal — Hmong American Center", url: 'https://hmongamerican.org/its-hmong-not-tribal/' },
  S64: { title: 'Miao silver forging in Huangping and Taijiang (national ICH list entries) — web repost', url: 'http://www.yktax-zh.com/news/shouYe/2024-09/11/ma_539468.html' },
  L1: { title: 'Local Contexts — About the TK Labels', url: 'https://localcontexts.org/labels/about-the-labels/' },
};

export const srcRef = (key) => `[${key.replace(/[abc]$/, '')}] ${SOURCES[key].title} — ${SOURCES[key].url}`;

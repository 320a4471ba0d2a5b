/**
 * English forms of the place names and GI product names the seed, the samples and the GI list
 * in model/product/claims.ts use, for the English side of printed pieces (the story card).
 *
 * Place names are written in Hanyu Pinyin without tones and without the administrative suffix
 * (凯里市 -> Kaili), as Chinese place names are written on English packaging. GI product names
 * are translated; where a GI is printed the Chinese name follows in brackets (see
 * english-names.ts), because the protected name is the Chinese one.
 *
 * A name that is not here has no English form: callers must say so (the story card binds such
 * names as fields, so the check reports them) rather than print the Chinese.
 */

/** county/city/town -> pinyin; keys without their suffix (县, 市, 区, 镇, 乡) */
export const PLACE_PINYIN: Readonly<Record<string, string>> = {
  贵州: 'Guizhou',
  贵阳: 'Guiyang',
  遵义: 'Zunyi',
  黔东南: 'Qiandongnan',
  黔南: 'Qiannan',
  // Qiandongnan Miao and Dong Autonomous Prefecture
  凯里: 'Kaili',
  黄平: 'Huangping',
  施秉: 'Shibing',
  三穗: 'Sansui',
  镇远: 'Zhenyuan',
  岑巩: 'Cengong',
  天柱: 'Tianzhu',
  锦屏: 'Jinping',
  剑河: 'Jianhe',
  台江: 'Taijiang',
  黎平: 'Liping',
  榕江: 'Rongjiang',
  从江: 'Congjiang',
  雷山: 'Leishan',
  麻江: 'Majiang',
  丹寨: 'Danzhai',
  施洞: 'Shidong',
  西江: 'Xijiang',
  // places of the Guizhou GIs in model/product/claims.ts
  都匀: 'Duyun',
  湄潭: 'Meitan',
  修文: 'Xiuwen',
  赤水: 'Chishui',
  兴仁: 'Xingren',
  晴隆: 'Qinglong',
  威宁: 'Weining',
  长顺: 'Changshun',
  水城: 'Shuicheng',
  玉屏: 'Yuping',
  江口: 'Jiangkou',
  桐梓: 'Tongzi',
  开阳: 'Kaiyang',
  盘州: 'Panzhou',
  盘县: 'Panxian',
};

/** GI product name (as registered, simplified Chinese) -> English translation */
export const GI_ENGLISH: Readonly<Record<string, string>> = {
  凯里红酸汤: 'Kaili Red Sour Soup',
  雷山银球茶: 'Leishan Yinqiu Tea',
  都匀毛尖: 'Duyun Maojian Tea',
  湄潭翠芽: 'Meitan Cuiya Tea',
  修文猕猴桃: 'Xiuwen Kiwifruit',
  从江香猪: 'Congjiang Xiang Pig',
  从江椪柑: 'Congjiang Ponkan Mandarin',
  赤水晒醋: 'Chishui Sun-dried Vinegar',
  晴隆糯薏仁: "Qinglong Glutinous Job's Tears",
  兴仁薏仁米: "Xingren Job's Tears",
  贵州绿茶: 'Guizhou Green Tea',
  威宁党参: 'Weining Codonopsis',
  长顺绿壳鸡蛋: 'Changshun Green-shell Eggs',
  榕江小香鸡: 'Rongjiang Xiaoxiang Chicken',
  水城猕猴桃: 'Shuicheng Kiwifruit',
  玉屏茶油: 'Yuping Camellia Oil',
  江口萝卜猪: 'Jiangkou Luobo Pig',
  黎平茯苓: 'Liping Poria',
  桐梓方竹笋: 'Tongzi Square Bamboo Shoots',
  开阳富硒枇杷: 'Kaiyang Selenium-rich Loquat',
  盘县刺梨果脯: 'Panxian Roxburgh Rose Preserve',
  黔东南苗族银饰: 'Qiandongnan Miao Silver Ornaments',
  黔东南苗族刺绣: 'Qiandongnan Miao Embroidery',
};

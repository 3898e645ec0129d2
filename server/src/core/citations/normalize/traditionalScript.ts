// A page printed in traditional characters (a Hong Kong, Macau or Taiwan writer citing mainland law, or a government
// page served by a site that converts it: 《中華人民共和國食品安全法》第三十四條第一款第(十)項, 依據…第六十條第一款第六項,
// 第十四屆, 第一次會議) is read as the same page in simplified characters, character for character, so that every rule
// of the scanner and of resolution applies to it as written in simplified script and every offset stays where it was.
// Only pages that are traditional are read so (many of the characters below; a simplified page quoting one
// traditional name is left as it is). The table maps each traditional character to its simplified form where the two
// differ, for the characters of the corpus's titles, of citations (條 項 編 節 則 該 與 於 為 號 屆 頁 會議 …) and of
// the words around them (規定 依據 違反 根據 以下簡稱 …); no key is itself a simplified character, so no simplified
// text changes meaning. One UTF-16 unit for one: ranges computed on the result are ranges of the page.

/** Traditional character followed by its simplified form, pair after pair. */
const PAIRS =
  '並并乾干亂乱亞亚佈布來来係系倉仓個个們们倫伦偉伟側侧偵侦偽伪傑杰備备傢家傭佣傳传債债傷伤傾倾僅仅僑侨價价儀仪億亿償偿優优儲储兇凶兌兑兒儿內内兩两冊册凍冻別别刪删' +
  '則则剛刚創创劃划劇剧劉刘劍剑劑剂勁劲動动務务勝胜勞劳勢势勳勋勵励勻匀匯汇區区協协卻却厭厌厲厉參参叢丛吳吴呂吕員员問问啟启喪丧喬乔單单嗎吗嘆叹噸吨嚇吓嚮向嚴严囑嘱' +
  '國国圍围園园圓圆圖图團团執执堅坚堯尧報报場场塊块塗涂塵尘墾垦壓压壞坏壟垄壩坝壯壮壺壶壽寿夢梦夥伙夾夹奧奥奪夺奮奋妝妆娛娱婁娄婦妇嬌娇嬰婴孫孙學学寢寝實实寧宁審审' +
  '寬宽寶宝將将專专尋寻對对導导屆届屍尸層层屬属岡冈島岛峽峡嶺岭巖岩師师帳帐帶带幟帜幣币幫帮幹干幾几庫库廈厦廚厨廟庙廠厂廢废廣广廬庐廳厅張张強强彈弹彌弥彙汇後后徑径' +
  '從从復复徵征徹彻悅悦惡恶愛爱態态慣惯慮虑憂忧憐怜憑凭憲宪憶忆懇恳應应懲惩懶懒懷怀戀恋戰战戲戏戶户拋抛挾挟捨舍掃扫掛挂採采揚扬換换揮挥損损搖摇搶抢撈捞撐撑撥拨撫抚' +
  '撲扑擁拥擇择擊击擋挡擔担據据擬拟擴扩擾扰攔拦攜携攝摄攤摊敗败敘叙敵敌數数斂敛斃毙斷断於于時时晉晋晝昼暈晕暢畅暫暂曆历曉晓曠旷曬晒書书會会東东條条棄弃棟栋楊杨楓枫' +
  '業业極极榮荣構构槍枪槳桨樂乐樓楼標标樞枢樣样樹树橋桥機机橫横檔档檢检櫃柜權权歐欧歡欢歲岁歷历歸归殘残殯殡殲歼殺杀殼壳毀毁毆殴氣气氫氢汙污決决沒没沖冲況况洩泄洶汹' +
  '淚泪淨净淵渊淺浅減减測测湧涌湯汤準准溝沟溫温滄沧滅灭滬沪滯滞滷卤滾滚滿满漁渔漢汉漲涨漸渐漿浆潑泼潔洁潛潜潤润澀涩澤泽濁浊濃浓濕湿濟济濤涛濫滥濱滨瀆渎瀉泻瀕濒瀝沥' +
  '灑洒灘滩灣湾災灾為为烏乌無无煉炼煙烟煥焕煩烦熱热燈灯燒烧營营燦灿燭烛爐炉爭争爺爷爾尔牆墙牽牵犧牺狀状狹狭猶犹獄狱獅狮獎奖獨独獲获獵猎獸兽獻献現现瑣琐瑪玛環环瓊琼' +
  '產产畝亩畢毕畫画異异當当疊叠瘋疯瘧疟療疗癢痒發发皺皱盜盗盞盏盡尽監监盤盘眾众瞞瞒矯矫砲炮碩硕確确碼码磚砖礎础礙碍礦矿祿禄禍祸禪禅禮礼稅税稟禀種种稱称積积穢秽穩稳' +
  '穫获窩窝窮穷窯窑竄窜竊窃競竞筆笔筍笋節节範范築筑簡简簽签簾帘籃篮籌筹籠笼糞粪糧粮糾纠紀纪約约紅红紋纹納纳紐纽純纯紗纱紙纸級级紛纷紡纺紮扎細细紹绍終终組组結结絕绝' +
  '絡络給给絨绒統统絲丝綁绑經经綜综綠绿綢绸綫线維维綱纲網网綴缀綿绵緊紧緒绪線线締缔緣缘編编緩缓練练縣县縫缝縮缩縱纵總总績绩織织繞绕繩绳繪绘繫系繳缴繼继續续纏缠纖纤' +
  '纜缆罰罚罵骂罷罢羅罗羣群羨羡義义習习翹翘聖圣聞闻聯联聲声聳耸職职聽听肅肃脅胁脫脱腦脑腳脚腸肠膚肤膠胶膽胆臉脸臟脏臨临臺台與与興兴舉举舊旧艙舱艦舰艱艰莊庄莖茎華华' +
  '萊莱萬万葉叶蒼苍蓋盖蔣蒋薑姜薦荐薩萨藍蓝藝艺藥药蘆芦蘇苏蘋苹蘭兰處处虛虚虜虏號号虧亏蝕蚀蝦虾螢萤蟲虫蠟蜡蠶蚕衊蔑術术衛卫衝冲裏里補补裝装裡里製制複复褲裤褻亵襪袜' +
  '襯衬襲袭覈核見见規规覓觅視视親亲覺觉覽览觀观觸触訂订計计訊讯討讨訓训託托記记訟讼訪访設设許许訴诉診诊註注詐诈評评詞词詢询試试詩诗詮诠該该詳详誇夸誌志認认誕诞誘诱' +
  '語语誠诚誤误說说誰谁課课誹诽誼谊調调談谈請请諒谅論论諜谍諧谐諮咨諸诸諾诺謀谋謂谓謊谎謎谜謗谤講讲謝谢謠谣謹谨證证識识譜谱譯译議议譴谴護护譽誉讀读變变讓让讚赞豐丰' +
  '豔艳豬猪貓猫貝贝貞贞負负財财貢贡貧贫貨货販贩貪贪貫贯責责貴贵買买貸贷費费貼贴貿贸賀贺賂赂賃赁賄贿資资賊贼賑赈賓宾賜赐賠赔賣卖賦赋質质賬账賭赌賴赖賺赚購购賽赛贈赠' +
  '贊赞贓赃贖赎趕赶趙赵趨趋跡迹踐践蹟迹蹤踪躍跃軀躯車车軌轨軍军軟软軸轴較较載载輔辅輕轻輛辆輝辉輩辈輪轮輯辑輸输輻辐輿舆轄辖轉转轎轿轟轰辦办辭辞辯辩農农迴回這这連连' +
  '週周進进遊游運运過过達达違违遙遥遜逊遞递遠远適适遲迟遷迁選选遺遗邁迈還还邊边邏逻郵邮鄉乡鄧邓鄭郑鄰邻酈郦醜丑醞酝醫医醬酱釀酿釁衅釋释釘钉針针釣钓鈉钠鈍钝鈔钞鈕钮' +
  '鈣钙鈴铃鉀钾鉛铅鉤钩鉻铬銀银銅铜銓铨銜衔銳锐銷销鋁铝鋅锌鋌铤鋒锋鋪铺鋰锂鋸锯鋼钢錄录錢钱錦锦錨锚錫锡錯错鍋锅鍍镀鍛锻鍵键鎂镁鎊镑鎖锁鎘镉鎮镇鏈链鏟铲鏡镜鏽锈鐘钟' +
  '鐳镭鐵铁鑄铸鑑鉴鑒鉴鑰钥鑿凿長长門门閃闪閉闭開开閒闲間间閘闸閣阁閥阀閱阅闊阔闖闯關关闡阐陝陕陣阵陰阴陳陈陸陆陽阳隊队階阶隕陨際际隨随險险隱隐隸隶雋隽雖虽雙双雛雏' +
  '雜杂離离難难雲云電电霧雾靂雳靈灵靜静韋韦韓韩韻韵響响頁页頂顶項项順顺須须頌颂預预頑顽頒颁頓顿頗颇領领頭头頰颊頸颈頻频顆颗題题額额顏颜願愿類类顧顾顫颤顯显風风颱台' +
  '颳刮颶飓颼飕飆飙飛飞飢饥飯饭飲饮飼饲飽饱飾饰餅饼養养餓饿餘余餡馅館馆饑饥饒饶馬马馳驰駁驳駐驻駕驾駛驶駱骆騙骗騰腾騷骚騾骡驅驱驗验驟骤髏髅體体髮发鬍胡鬥斗鬱郁魚鱼' +
  '魯鲁鮮鲜鯨鲸鰻鳗鳥鸟鳳凤鳴鸣鴨鸭鴻鸿鵝鹅鵲鹊鶴鹤鷹鹰鹼碱鹽盐麗丽麥麦麵面麼么黃黄點点黨党黴霉齊齐齒齿齡龄龍龙龜龟';

const SIMPLIFIED = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) SIMPLIFIED.set(PAIRS[i], PAIRS[i + 1]);

/** The Han characters counted (CJK Extension A and the Unified block); 1 where the character is a traditional form. */
const HAN_FIRST = 0x3400;
const HAN_LAST = 0x9fff;
const TRADITIONAL_FORM = new Uint8Array(HAN_LAST - HAN_FIRST + 1);
for (const ch of SIMPLIFIED.keys()) {
  const c = ch.charCodeAt(0);
  if (c >= HAN_FIRST && c <= HAN_LAST) TRADITIONAL_FORM[c - HAN_FIRST] = 1;
}

/** Traditional characters a page needs (at least this many, and this share of its Han characters) to be read so. */
const MIN_TRADITIONAL = 3;
const MIN_SHARE = 0.02;

/** Whether a page is printed in traditional characters (enough of its Han characters are traditional forms). */
export function isTraditional(text: string): boolean {
  let han = 0;
  let traditional = 0;
  // By UTF-16 unit: a character outside the BMP is two surrogates, neither of them Han here (a long draft is read in
  // one pass without a string per character).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < HAN_FIRST || c > HAN_LAST) continue;
    han++;
    traditional += TRADITIONAL_FORM[c - HAN_FIRST];
  }
  return traditional >= MIN_TRADITIONAL && traditional >= han * MIN_SHARE;
}

/** The page in simplified characters when it is printed in traditional ones (same length, same offsets); else itself. */
export function simplifiedScript(text: string): string {
  return isTraditional(text) ? simplifiedChars(text) : text;
}

/** Every traditional character of `text` in its simplified form, however few there are (same length). */
export function simplifiedChars(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += SIMPLIFIED.get(text[i]) ?? text[i];
  return out;
}

// Names of regulations as court and lawyers' pages write them (fix-zh90, round 29's name coverage): a table of names
// harvested from real pages (heldout34–52, pool70/80 and pool90-court, each row with its page), each put in a made-up
// sentence with an article the text has — the name reads the title a careful reader means, or stays unknown where the
// corpus lacks the law; then the general rules this branch adds, with the look-alikes that must stay as they were.
import * as assert from 'assert';
import { analyzeBundled, bundledShortTable as table, zh } from './citations/helpers';

/** [name as written, article, the corpus title meant or 'unknown' (a law the corpus lacks)]. */
type NameRow = [name: string, article: number, meant: string];

/** The first citation of 根据NAME第N条的规定，应予支持。: resolved to the title meant, or not resolved for 'unknown'. */
function nameTable(title: string, rows: NameRow[]): void {
  describe(title, () => {
    for (const [name, article, meant] of rows) {
      it(`${name}第${article}条 → ${meant}`, () => {
        const doc = `根据${name}第${zh(article)}条的规定，应予支持。`;
        const c = analyzeBundled(doc).citations.find((x) => !x.titleOnly);
        assert.ok(c, doc);
        if (meant === 'unknown') assert.notStrictEqual(c.status, 'resolved', doc);
        else assert.deepStrictEqual([c.status, c.targets[0]?.regulation], ['resolved', meant], doc);
      });
    }
  });
}

// Harvested names the branch reads right (rows it reads wrong are listed in the branch's report, not asserted).
nameTable('name coverage: names of regulations harvested from court and lawyers\' pages (fix-zh90)', [
  ["《婚姻法》", 1, "unknown"], // http://hnyyzy.hunancourt.gov.cn/article/detail/2013/05/id/960901.shtml (heldout34-court)
  ["《刑法》", 133, "中华人民共和国刑法"], // https://v.66law.cn/jx/flwxjs2.html (heldout34-court)
  ["《中华人民共和国刑法》", 133, "中华人民共和国刑法"], // https://m.110ask.com/zhishi/13426638931342454627.html (heldout34-court)
  ["《合同法》", 1, "unknown"], // https://siliu.net/p/6dopr026xl.html (heldout34-court)
  ["《继承法》", 1, "unknown"], // https://freewechat.com/a/MzI2MzAzMTA1MA==/2650755982/1 (heldout34-court)
  ["《刑法修正案(八)》", 39, "中华人民共和国刑法修正案（八）"], // http://xsba.vip/xfzm/zm05/dq.htm (heldout34-court)
  ["《宪法》", 12, "中华人民共和国宪法"], // http://xsba.vip/xfzm/zm05/dq.htm (heldout34-court)
  ["《中华人民共和国民事诉讼法》", 118, "中华人民共和国民事诉讼法"], // https://m.cbi360.net/hhb/sg_366751/fy_17516025.html (heldout34-court)
  ["《劳动合同法》", 48, "中华人民共和国劳动合同法"], // https://m.110ask.com/question/18297300538547599565.html (heldout34-court)
  ["《违反有关劳动合同规定的赔偿办法》", 1, "unknown"], // https://m.110ask.com/question/18297300538547599565.html (heldout34-court)
  ["《反不正当竞争法》", 9, "中华人民共和国反不正当竞争法"], // https://0.vhai.com/0%E7%94%B5%E8%84%91%E6%A8%A1%E6%9D%BF%E5%A4%A7%E6%A6%829900%E4%B8%AA/%E4%B8%AD%E6%96%87%E6%A8%A1%E6%9D%BF/%E4%BA%92%E8%81%94%E7%BD%91%E8%A1%8C%E4%B8%9A/%E4%BA%92%E8%81%94%E7%BD%91%E6%9C%8D%E5%8A%A1%E5%B9%B3%E5%8F%B0/%E9%A1%B5%E9%9D%A2%E5%85%A5%E5%8F%A3/a/wenjian/3035.html (heldout34-gov)
  ["《药品流通监督管理办法》", 18, "unknown"], // https://ase-mz.com/www/ms/content/2023-04/21/content_8931366.htm (heldout34-gov)
  ["《中华人民共和国药品管理法》", 53, "中华人民共和国药品管理法"], // https://finance.sina.com.cn/stock/bxjj/2024-06-19/doc-inazfyqi4259059.shtml (heldout34-gov)
  ["《药品经营质量管理规范》", 161, "unknown"], // https://finance.sina.com.cn/stock/bxjj/2024-06-19/doc-inazfyqi4259059.shtml (heldout34-gov)
  ["《中华人民共和国产品质量法》", 54, "中华人民共和国产品质量法"], // http://www.dengzhou.gov.cn/xzqlqd/qlqd/zjj/webinfo/2016/09/1472131337595810.htm (heldout34-gov)
  ["《浙江省实施<中华人民共和国道路交通安全法>办法》", 74, "unknown"], // https://www.wl.gov.cn/art/2020/11/26/art_1229307470_25312.html (heldout34-gov)
  ["《河北省道路交通安全法实施办法》", 72, "unknown"], // https://p2.ttnews.xyz/a/5fccc2dddc9b5e6a16eb4790?lang=zh-hans (heldout34-gov)
  ["《道路交通安全法》", 89, "中华人民共和国道路交通安全法"], // https://p2.ttnews.xyz/a/5fccc2dddc9b5e6a16eb4790?lang=zh-hans (heldout34-gov)
  ["《江苏省电动自行车管理条例》", 41, "unknown"], // https://ddtbk.com/news/378580.html (heldout34-gov)
  ["《最**法院关于执行﹤中华人民共和国行政诉讼法﹥若干问题的解释》", 1, "unknown"], // https://wap.findlaw.cn/wenshu/a_3682552 (heldout35-court)
  ["《中华人民共和国行政诉讼法》", 51, "中华人民共和国行政诉讼法"], // https://wap.findlaw.cn/wenshu/a_3592385 (heldout35-court)
  ["《最**法院关于执行〈中华人民共和国行政诉讼法〉若干问题的解释》", 1, "unknown"], // https://wap.findlaw.cn/wenshu/a_3592385 (heldout35-court)
  ["《行政许可法》", 70, "中华人民共和国行政许可法"], // https://cxyxfz.com/alpj/1744.html (heldout35-court)
  ["《行政诉讼法》", 6, "中华人民共和国行政诉讼法"], // https://cxyxfz.com/alpj/1744.html (heldout35-court)
  ["《民事诉讼法》", 225, "中华人民共和国民事诉讼法"], // https://laweer.com/question/52402caf3b945.html (heldout35-court)
  ["《食品安全法》", 148, "中华人民共和国食品安全法"], // http://39.104.106.25/914/79284.html (heldout35-court)
  ["《公司法》", 71, "中华人民共和国公司法"], // https://fx361.cc/page/2016/0307/18414337.shtml (heldout35-court)
  ["《公司法解释(三)》", 14, "最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）"], // https://www.allbrightlaw.com/CN/10475/6cd97942032dd289.aspx (heldout35-court)
  ["《公司法解释三》", 14, "最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）"], // https://www.allbrightlaw.com/CN/10475/6cd97942032dd289.aspx (heldout35-court)
  ["《公司法司法解释三》", 14, "最高人民法院关于适用《中华人民共和国公司法》若干问题的规定（三）"], // http://deheheng.com/yjy/lssd/33351.html (heldout35-court)
  ["《中华人民共和国安全生产法》", 9, "中华人民共和国安全生产法"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《中华人民共和国矿山安全法》", 4, "中华人民共和国矿山安全法"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《作业场所职业危害申报管理办法》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《冶金企业安全生产监督管理规定》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《危险化学品安全管理条例》", 6, "危险化学品安全管理条例"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《安全生产事故隐患排查治理暂行规定》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《安全生产检测检验机构管理规定》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《安全生产监管监察职责和行政执法责任追究的暂行规定》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《安全生产许可证条例》", 3, "安全生产许可证条例"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《安全生产违法行为行政处罚办法》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《安全评价机构管理规定》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《尾矿库安全监督管理规定》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《建设项目安全设施“三同时”监督管理暂行办法》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《注册安全工程师管理规定》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《湖南省安全生产条例》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《烟花爆竹安全管理条例》", 4, "烟花爆竹安全管理条例"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《生产安全事故应急预案管理办法》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《生产安全事故报告和调查处理条例》", 19, "生产安全事故报告和调查处理条例"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《金属与非金属矿产资源地质勘探安全生产监督管理暂行规定》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《非煤矿矿山企业安全生产许可证实施办法》", 1, "unknown"], // http://www.hunan.gov.cn/hnszf/xxgk/wjk/szbm_1/szfzcbm_19689/syjgt/gfxwj_19835_22/201901/t20190114_5259864.html (heldout35-gov)
  ["《中华人民共和国公路法》", 44, "中华人民共和国公路法"], // https://xixiu.gov.cn/web2023/zwgk/zdlyxxgk/jjgzlfz/jtjs/202312/t20231221_83379902.html (heldout35-gov)
  ["《公路安全保护条例》", 43, "公路安全保护条例"], // https://xixiu.gov.cn/web2023/zwgk/zdlyxxgk/jjgzlfz/jtjs/202312/t20231221_83379902.html (heldout35-gov)
  ["《贵州省高速公路管理条例》", 1, "unknown"], // https://xixiu.gov.cn/web2023/zwgk/zdlyxxgk/jjgzlfz/jtjs/202312/t20231221_83379902.html (heldout35-gov)
  ["《湖南省规范行政裁量权办法》", 1, "unknown"], // https://hunan.010b.com/policy/detail/204318.html (heldout35-gov)
  ["《医疗保障基金使用监督管理条例》", 15, "医疗保障基金使用监督管理条例"], // http://www.yunyang.gov.cn/zwgk_257/zfxxgkml/cfqz/cfqzxxhz/xybj_303635/202509/t20250918_15019541.html (heldout35-gov)
  ["《中华人民共和国气象法》", 5, "中华人民共和国气象法"], // http://yueyang.gov.cn/gfxwj/20052/content_442904.html (heldout35-gov)
  ["《人工影响天气管理条例》", 4, "人工影响天气管理条例"], // http://yueyang.gov.cn/gfxwj/20052/content_442904.html (heldout35-gov)
  ["《气象灾害防御条例》", 5, "气象灾害防御条例"], // http://yueyang.gov.cn/gfxwj/20052/content_442904.html (heldout35-gov)
  ["《湖南省实施<中华人民共和国气象法>办法》", 1, "unknown"], // http://yueyang.gov.cn/gfxwj/20052/content_442904.html (heldout35-gov)
  ["《湖南省雷电灾害防御条例》", 1, "unknown"], // http://yueyang.gov.cn/gfxwj/20052/content_442904.html (heldout35-gov)
  ["《通用航空飞行管制条例》", 33, "通用航空飞行管制条例"], // http://yueyang.gov.cn/gfxwj/20052/content_442904.html (heldout35-gov)
  ["《气象设施和气象探测环境保护条例》", 17, "气象设施和气象探测环境保护条例"], // http://xjq.nc.gov.cn/xjqrmzf/xjbmxzzf13/201612/c24e2f7ac85846adb971383117a93772.shtml (heldout35-gov)
  ["《虚假陈述司法解释(2022)》", 7, "最高人民法院关于审理证券市场虚假陈述侵权民事赔偿案件的若干规定"], // https://www.dehenglaw.com/CN/tansuocontent/0008/029113/7.aspx?MID=0902&AID= (heldout36-court)
  ["《中华人民共和国侵权责任法》", 1, "unknown"], // https://tjhqfy.tjcourt.gov.cn/article/detail/2020/01/id/4776099.shtml (heldout36-court)
  ["《保险法》", 17, "中华人民共和国保险法"], // http://m.110.com/flzs/292296.html (heldout36-court)
  ["《环境保护法》", 2, "中华人民共和国环境保护法"], // http://0543168.com/qqztsw/17352.html (heldout36-court)
  ["《中华人民共和国民法典》", 703, "中华人民共和国民法典"], // https://www.jzcmfw.com/zixun/25195465.html (heldout36-court)
  ["《中华人民共和国广告法》", 9, "中华人民共和国广告法"], // https://www.jingyinlaw.com/zxzx/6853.html (heldout36-gov)
  ["《广告法》", 9, "中华人民共和国广告法"], // https://www.jingyinlaw.com/zxzx/6853.html (heldout36-gov)
  ["《行政处罚法》", 27, "中华人民共和国行政处罚法"], // https://chinabaiqin.com/qna/95.html (heldout36-gov)
  ["《行政复议法》", 28, "中华人民共和国行政复议法"], // https://m.64365.com/ask/2114521.aspx (heldout36-gov)
  ["《中华人民共和国行政复议法》", 10, "中华人民共和国行政复议法"], // http://uianet.net/dictionary/b8179244.html (heldout36-gov)
  ["《中华人民共和国食品安全法》", 86, "中华人民共和国食品安全法"], // http://uianet.net/dictionary/b6714560.html (heldout36-gov)
  ["《 反不正当竞争法 》", 8, "中华人民共和国反不正当竞争法"], // https://m.kqyc.cn/wenku/reagd/vrxe5qa5AM (heldout36-gov)
  ["《治安管理处罚法》", 91, "中华人民共和国治安管理处罚法"], // http://wap.findlaw.cn/wenshu/a_1847100.html (heldout37-court)
  ["《中华人民共和国行政处罚法》", 20, "中华人民共和国行政处罚法"], // https://nlaw.org/a/sifawenshu/xingzheng/2015/1019/123471_2.html (heldout37-court)
  ["《公安机关办理行政案件程序规定》", 9, "公安机关办理行政案件程序规定"], // https://nlaw.org/a/sifawenshu/xingzheng/2015/1019/123471_2.html (heldout37-court)
  ["《关于办理危害税收征管刑事案件适用法律若干问题的解释》", 10, "最高人民法院、最高人民检察院关于办理危害税收征管刑事案件适用法律若干问题的解释"], // https://www.yingkelawyer.com/ykdt/view/30195244f18af0f66891039d9a3153adf819836990bd17aac6e3d3a2696afdd5c20122237e859ebd96edbd0075e20e29f9e2d08cadbee08010063ee4d4b6fe547871317b0e6c744d.html (heldout37-court)
  ["《中央气象局关于气象台站观测环境的通知》", 4, "unknown"], // https://freewechat.com/a/MzIzMjUzNzI3OQ==/2247488628/1 (heldout37-court)
  ["《工伤保险条例》", 14, "工伤保险条例"], // https://www.hanspub.org/journal/paperinformation?paperid=101864 (heldout37-court)
  ["《中华人民共和国商标法》", 63, "中华人民共和国商标法"], // http://www.jinbang.net.cn/shangbiao/20897.html (heldout38-court)
  ["《 刑法 》", 141, "中华人民共和国刑法"], // http://uianet.net/dictionary/b4838360.html (heldout38-court)
  ["《全国民商事审判工作会议纪要》", 1, "unknown"], // https://www.163.com/dy/article/K16JJ6TV05455BAL.html (heldout38-court)
  ["《种子法》", 23, "中华人民共和国种子法"], // https://www.163.com/dy/article/K501VCG105569WAN.html (heldout38-court)
  ["《刑事诉讼法》", 12, "中华人民共和国刑事诉讼法"], // https://zj12348.cn/forum.php?mod=viewthread&tid=2224 (heldout38-court)
  ["《烟草专卖法实施条例》", 25, "中华人民共和国烟草专卖法实施条例"], // https://m.163.com/news/article/DJMV72MG0521VSS5.html?clickfrom=subscribe (heldout38-court)
  ["《专利法司法解释二》", 8, "最高人民法院关于审理侵犯专利权纠纷案件应用法律若干问题的解释（二）"], // http://zhuanli-lvshi.com/page93?article_id=98 (heldout38-court)
  ["《中国刑法》", 253, "中华人民共和国刑法"], // https://www.sdbata.com/news/202504/2963.html (heldout38-court)
  ["《担保法解释》", 4, "最高人民法院关于适用《中华人民共和国担保法》若干问题的解释"], // https://m.ibooks.qq.com/read/1040456152/7 (heldout38-court)
  ["《四川省古树名木保护条例》", 1, "unknown"], // https://iu123.net/gshow/952894c8-94c4-4957-9cd0-f37bef88215a.html (heldout38-gov)
  ["《四川省绿化条例》", 1, "unknown"], // https://iu123.net/gshow/952894c8-94c4-4957-9cd0-f37bef88215a.html (heldout38-gov)
  ["《血吸虫病防治条例》", 52, "血吸虫病防治条例"], // https://iu123.net/gshow/952894c8-94c4-4957-9cd0-f37bef88215a.html (heldout38-gov)
  ["《退耕还林条例》", 57, "退耕还林条例"], // https://iu123.net/gshow/952894c8-94c4-4957-9cd0-f37bef88215a.html (heldout38-gov)
  ["《防雷装置设计审核和竣工验收规定》", 1, "unknown"], // http://www.hebjgbz.gov.cn/wenan/xzspzdgg/101512698024306.html (heldout38-gov)
  ["《黑龙江省实施〈中华人民共和国气象法〉办法》", 1, "unknown"], // https://lestsz.com/html/GovDepartmentcontents74819960.html (heldout38-gov)
  ["《著作权法》", 56, "中华人民共和国著作权法"], // https://mip.64365.com/special/wgzpdzzqryqjzjkqzpdnxfzp (heldout38-gov)
  ["《著作权法实施条例》", 36, "中华人民共和国著作权法实施条例"], // https://mip.64365.com/special/wgzpdzzqryqjzjkqzpdnxfzp (heldout38-gov)
  ["《商标法》", 57, "中华人民共和国商标法"], // https://www.oldu.cn/dongshi/rdcdd/qZyMpp64Z0 (heldout38-gov)
  ["《烟草专卖法》", 31, "中华人民共和国烟草专卖法"], // https://daoyushang.007swz.com/xinxi/30094412.html (heldout38-gov)
  ["《上海市政府信息公开规定》", 1, "unknown"], // https://m.fx361.cc/news/2013/0426/21000053.html (heldout38-gov)
  ["《成都市政府信息公开规定》", 1, "unknown"], // https://m.fx361.cc/news/2013/0426/21000053.html (heldout38-gov)
  ["《著作权法(修正案草案)》", 1, "unknown"], // https://freewechat.com/a/MzU5NDYwMTk3NA==/2247493643/3 (heldout38-gov)
  ["《中华人民共和国民法总则》", 1, "unknown"], // http://zmdtvw.cn/showinfo-572-217822-0.html (heldout38-gov)
  ["《商标法实施条例》", 50, "中华人民共和国商标法实施条例"], // https://m.bangwoyixia.com/wenku/rehea/JdRV9KqKdx (heldout38-gov)
  ["《社会保险法》", 2, "中华人民共和国社会保险法"], // https://wxredian.com/art?id=52c33b84af34656f4c8792b613da5013 (heldout39-court)
  ["《社会保险费征缴暂行条例》", 10, "社会保险费征缴暂行条例"], // https://wxredian.com/art?id=52c33b84af34656f4c8792b613da5013 (heldout39-court)
  ["《中华人民共和国劳动合同法》", 46, "中华人民共和国劳动合同法"], // http://uianet.net/dictionary/b15282105.html (heldout39-court)
  ["《中华人民共和国国家赔偿法》", 15, "中华人民共和国国家赔偿法"], // https://shuoxu.com/book/chapter/185137/47.html (heldout39-court)
  ["《中华人民共和国土地管理法》", 37, "中华人民共和国土地管理法"], // https://www.ynnh.gov.cn/info/egovinfo/1007/overt_centent/nhxlcz-/2024-1212001.htm (heldout39-gov)
  ["《价格法》", 14, "中华人民共和国价格法"], // http://m.creditsailing.com/ZhiChangFaZe/505445.html (heldout39-gov)
  ["《诉讼费用交纳办法》", 22, "诉讼费用交纳办法"], // https://m.cbi360.net/hhb/sg_1223852/fy_24031165.html (heldout40-court)
  ["《民事诉讼法解释》", 28, "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"], // http://jrcqzx.com/kaitinggonggao/2020-06-11/2527.html (heldout40-court)
  ["《征管法》", 63, "中华人民共和国税收征收管理法"], // https://m.64365.com/ask/9597364.aspx (heldout40-court)
  ["《中华人民共和国社会保险法》", 36, "中华人民共和国社会保险法"], // https://feichichengzhang.com/jbyz/13418.html (heldout40-court)
  ["《广东省市场监督管理局关于行政处罚自由裁量权的适用规则》", 17, "unknown"], // https://www.singse.com/thread-15160-1-1.html (heldout40-gov)
  ["《国际道路运输管理规定》", 38, "unknown"], // https://www.xiaomilidoc.com/p-9615329.html (heldout40-gov)
  ["《道路危险货物运输管理规定》", 48, "unknown"], // https://www.xiaomilidoc.com/p-9615329.html (heldout40-gov)
  ["《道路旅客运输及客运站管理规定》", 84, "unknown"], // https://www.xiaomilidoc.com/p-9615329.html (heldout40-gov)
  ["《道路货物运输及站场管理规定》", 63, "unknown"], // https://www.xiaomilidoc.com/p-9615329.html (heldout40-gov)
  ["《山东省卫生健康行政处罚裁量基准》", 1, "unknown"], // http://www.pingyi.gov.cn/info/6281/152120.htm (heldout40-gov)
  ["《中华人民共和国环境保护法》", 59, "中华人民共和国环境保护法"], // https://yangling.gov.cn/zwgk/fdzdgknr/hjbh/wftbg/1427952200612675585.html (heldout40-gov)
  ["《建设项目环境保护管理条例》", 23, "建设项目环境保护管理条例"], // https://yangling.gov.cn/zwgk/fdzdgknr/hjbh/wftbg/1427952200612675585.html (heldout40-gov)
  ["《国务院关于教育附加征收问题的紧急通知》", 1, "unknown"], // https://wenshu.110.com/wenshu_3085.html (heldout40-gov)
  ["《中华人民**国环境影响评价法》", 25, "中华人民共和国环境影响评价法"], // https://wap.qianlima.com/zb/detail/20241105_459585939.html (heldout40-gov)
  ["《排污许可管理条例》", 2, "排污许可管理条例"], // http://www.yichuan.gov.cn/html/1//2/10/19/154/93/444/11015027.html (heldout40-gov)
  ["《关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释(三)》", 4, "最高人民法院、最高人民检察院关于办理侵犯知识产权刑事案件具体应用法律若干问题的解释（三）"], // https://jingtian.com/Content/2023/07-03/1052581122.html (heldout41-court)
  ["《关于执行﹤中华人民共和国行政诉讼法﹥若干问题的解释》", 1, "unknown"], // https://wap.findlaw.cn/wenshu/a_3583119.html (heldout41-court)
  ["《土地管理法》", 45, "中华人民共和国土地管理法"], // https://wap.findlaw.cn/wenshu/a_2614851.html (heldout41-court)
  ["《金融借款合同纠纷司法解释》", 1, "unknown"], // http://www.jwlawer.com/doc/749622567268421.html (heldout41-court)
  ["《破产法》", 7, "中华人民共和国企业破产法"], // https://fx361.cc/page/2015/0225/19319964.shtml (heldout41-court)
  ["《河北省市场监督管理系统行政处罚裁量权适用规则》", 15, "unknown"], // https://hebei.news.163.com/tangshan/24/0927/10/JD3AOHV804159BT7.html (heldout41-gov)
  ["《中华人民共和国人民防空法》", 48, "中华人民共和国人民防空法"], // https://www.xuancheng.gov.cn/OpennessContent/show/2328278.html (heldout41-gov)
  ["《安徽省人民防空工程建设与维护管理规定》", 22, "unknown"], // https://www.xuancheng.gov.cn/OpennessContent/show/2328278.html (heldout41-gov)
  ["《安徽省实施〈中华人民共和国人民防空法〉办法》", 44, "unknown"], // https://www.xuancheng.gov.cn/OpennessContent/show/2328278.html (heldout41-gov)
  ["《陕西省实施〈中华人民共和国土地管理法〉办法》", 19, "unknown"], // https://110ask.com/zhishi/4591871362879220867.html (heldout41-gov)
  ["《专利法》", 68, "中华人民共和国专利法"], // http://numtime.com/zs/270632.html (heldout41-gov)
  ["《互联网上网服务营业场所管理条例》", 31, "互联网上网服务营业场所管理条例"], // https://m.110ask.com/wenda/14488382170881667450.html (heldout41-gov)
  ["《关于禁止商业贿赂行为的暂行规定》", 9, "unknown"], // http://www.findlaw.cn/141100/article_69236.html (heldout41-gov)
  ["《企业破产法》", 7, "中华人民共和国企业破产法"], // https://www.aisixiang.com/data/171792.html (heldout41-gov)
  ["《专利法实施细则》", 84, "中华人民共和国专利法实施细则"], // https://m.fx361.cc/news/2011/0219/17557833.html (heldout41-gov)
  ["《生猪屠宰管理条例》", 2, "生猪屠宰管理条例"], // http://nyncj.zhuzhou.gov.cn/c21821/20241021/i2255081.html (heldout42-gov)
  ["《中华人民共和国劳动法》", 43, "中华人民共和国劳动法"], // http://www.nbyz.gov.cn/art/2023/5/4/art_1229109330_59201988.html (heldout42-gov)
  ["《劳动保障监察条例》", 25, "劳动保障监察条例"], // http://www.nbyz.gov.cn/art/2023/5/4/art_1229109330_59201988.html (heldout42-gov)
  ["《劳动法》", 41, "中华人民共和国劳动法"], // https://m.law.iask.sina.com.cn/jx/sh/87LxeOZZsSHc.html (heldout42-gov)
  ["《中华人民共和国消防法》", 60, "中华人民共和国消防法"], // https://ddtbk.com/qita/f20570cb979c68a180a8b38ac12ca21a.html (heldout42-gov)
  ["《中华人民共和国城乡规划法》", 64, "中华人民共和国城乡规划法"], // https://99.wendadaohang.com/zd/WjjeBWezv7X7XvOtWOX.html (heldout42-gov)
  ["《关于人民法院审理离婚案件处理子女抚养问题的若干具体意见》", 18, "unknown"], // http://m.110.com/flzs/669570.html (heldout51-court)
  ["《中华人民共和国海关法》", 24, "中华人民共和国海关法"], // http://www.jitinfo.net/Service/Detail?detail=68820d87-7cfc-58c8-0094-07a10fcc3d68 (heldout51-gov)
  ["《公安机关办理国家赔偿案件程序规定》", 1, "unknown"], // https://dongao.com/fgk/xzjssf/201906041051921_4.shtml (heldout51-gov)
  ["《物业管理条例》", 61, "物业管理条例"], // https://hj.jiceng.zhengzhou.gov.cn/018003/3582691.jhtml (heldout51-gov)
  ["《中华人民共和国网络安全法》", 64, "中华人民共和国网络安全法"], // http://yantai.sdnews.com.cn/zyt/201912/t20191212_2650836.htm (heldout51-gov)
  ["《上市公司信息披露管理办法》", 1, "unknown"], // https://gubaposthk.eastmoney.com/news,cjpl,1546653052.html (heldout51-gov)
  ["《水污染防治法》", 22, "中华人民共和国水污染防治法"], // https://gfzgtsr6ayzcnyrald7upuh4qruzqwafgpfztk4s32bdmpryokxa.arweave.net/aBbGz43-IsHT3nABZ4Klb2gIPo2Y1F3c1WVJGrkIPGM (heldout52-court)
  ["《湖北省排污费征收管理实施办法》", 13, "unknown"], // https://m.law.iask.sina.com.cn/jx/sh/1kpuQgix0H8w.html (heldout52-court)
  ["《中华人民共和国保险法》", 39, "中华人民共和国保险法"], // https://m.falvchangshi.com/tags/255562.html (heldout52-court)
  ["《中华人民共和国建筑法》", 48, "中华人民共和国建筑法"], // https://m.falvchangshi.com/tags/255562.html (heldout52-court)
  ["《城乡规划法》", 40, "中华人民共和国城乡规划法"], // https://www.wanbiaoku.com/new/5bec2275df8d4a879ebe9c1099440752 (heldout52-court)
  ["《建设工程施工合同司法解释(一)》", 2, "最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）"], // https://www.wanbiaoku.com/new/5bec2275df8d4a879ebe9c1099440752 (heldout52-court)
  ["《劳动和社会保障部关于确立劳动关系有关事项的通知》", 4, "unknown"], // http://www.winlawyer.com.cn/showinfo-12-2287-0.html (heldout52-court)
  ["《中华人民共和国破产法》", 2, "unknown"], // http://yslawyer.com/plus/view.php?aid=2169 (heldout52-court)
  ["《道路交通事故安全法》", 77, "unknown"], // https://055112.com/a/6/6592.html (heldout52-court)
  ["《民事诉讼法》司法解释", 91, "最高人民法院关于适用《中华人民共和国民事诉讼法》的解释"], // https://m.fx361.cc/news/2018/0514/6176569.html (pool90-court)
  ["《民间借贷司法解释》", 16, "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"], // https://m.fx361.cc/news/2018/0227/11151407.html (pool90-court)
  ["民间借贷案件规定", 28, "最高人民法院关于审理民间借贷案件适用法律若干问题的规定"], // https://kksj.yq98.cn/article/74670.html (pool90-court; read by this branch)
  ["担保制度解释", 68, "最高人民法院关于适用《中华人民共和国民法典》有关担保制度的解释"], // http://fengdujob.net/go/担保制度解释68条第二款是什么.html (pool90-court)
  ["《物权法司法解释一》", 1, "最高人民法院关于适用《中华人民共和国物权法》若干问题的解释（一）"], // http://law.newdu.com/c/20230815/3972.html, https://m.haolvshi.com.cn/content/0nsm170302/20715.html (pool90-court)
  ["《担保法》", 92, "unknown"], // https://zxzx.chinalaw.org.cn/portal/article/index/id/28538.html (pool90-court; repealed, not in the corpus)
  ["《物权法》", 28, "unknown"], // http://maxfcls.com/article_view.asp?id=217 (pool90-court; repealed, not in the corpus)
  ["《企业破产法(试行)》", 28, "unknown"], // http://ahdhf.com/law/twsy/15526.html (pool90-court; repealed, not in the corpus)
  ["《侵權責任法》", 32, "unknown"], // http://regraff.com/lunwen/law/minfa/41507.html (pool90-court; repealed, not in the corpus)
  ["《民法通則》", 133, "unknown"], // http://regraff.com/lunwen/law/minfa/41507.html (pool90-court; repealed, not in the corpus)
  ["物權法", 106, "unknown"], // http://iseeip.com/htjf/zlht/4541.html (pool90-court; repealed, not in the corpus)
  ["人身損害賠償司法解釋", 17, "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"], // http://www.7sjm.com/laws/33577.html (pool90-court)
  ["《人身损害赔偿司法解释》", 17, "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"], // https://falubang.com/sunhaijieda/renshenjieda/22g9rx.html (pool90-court)
  ["《人身损害赔偿解释》", 7, "最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释"], // https://www.977y.com/ask/43618.html, https://www.51dongshi.net/wzztf/rcrsa/rcrsahbbs (pool90-court)
  ["《婚姻法司法解释(二)》", 24, "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（二）"], // https://m.fx361.cc/news/2018/0209/16734767.html (pool90-court)
  ["《婚姻法》司法解释(一)", 17, "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（一）"], // http://ask.fsou.com/html/text/art/3356087/335608707_1.html (pool90-court)
  ["《婚姻法解释(一)》", 17, "最高人民法院关于适用《中华人民共和国婚姻法》若干问题的解释（一）"], // http://bbzy.ahcourt.gov.cn/article/detail/2012/12/id/1254682.shtml (pool90-court)
  ["《执行异议复议规定》", 28, "最高人民法院关于人民法院办理执行异议和复议案件若干问题的规定"], // https://lvshidaquan.com/falvjiangtang/4gtvz01pxe.html (pool90-court)
  ["《民法典》", 1188, "中华人民共和国民法典"], // http://www.gzsfxh.org.cn/fxyj/202412/t20241219_86374940.html (pool90-court)
]);

const LABOUR1 = '最高人民法院关于审理劳动争议案件适用法律问题的解释（一）';
const LENDING = '最高人民法院关于审理民间借贷案件适用法律若干问题的规定';
const INJURY = '最高人民法院关于审理人身损害赔偿案件适用法律若干问题的解释';
const GUARANTEE = '最高人民法院关于适用《民法典》有关担保制度的解释';

// A court interpretation's short name written without 《》 before its article may end, as in 《》, in 解释 or 规定 and the
// number of its series (titles/caseKindName.ts); a name that ends a title (…若干问题的规定) or a word alone is none.
table('citation table: an interpretation named by its kind of case without 《》 (fix-zh90)', [
  ['解释 and its number in brackets', '根据劳动争议司法解释（一）第四十二条的规定，劳动者应当举证。',
    [['劳动争议司法解释（一）第四十二条', 'resolved', `${LABOUR1}42`]]],
  ['解释 alone', '根据人身损害赔偿解释第十二条的规定，残疾赔偿金按二十年计算。',
    [['人身损害赔偿解释第十二条', 'resolved', `${INJURY}12`]]],
  ['规定 with 案件 (a Q&A page\'s headline)', '民间借贷案件规定第28条\n约定的利率超过部分无效。',
    [['民间借贷案件规定第28条', 'resolved', `${LENDING}28`]]],
  ['a code part\'s interpretation, the code named before it', '根据民法典物权编解释一第五条的规定，登记有效。',
    [['民法典物权编解释一第五条', 'resolved', '最高人民法院关于适用《民法典》物权编的解释（一）5']]],
  ['not the document\'s own 本规定', '依照本规定第十条的规定，应予支持。', [['本规定第十条', 'self', '本10']]],
  ['not 上述规定 (no context: no name)', '根据上述规定第三条的规定，应予支持。', [['上述规定第三条', 'no-context', '']]],
  ['not 有关规定', '根据有关规定第五条，应予支持。', [['第五条', 'no-context', '']]],
]);

// The kind of case written with its last words left off (医疗损害 of 医疗损害责任纠纷, 融资租赁 of 融资租赁合同纠纷) names
// the one title that opens so (titles/kindTailDropped.ts); 解释 written for a court 规定 of that kind when it made no 解释
// (titles.ts). More than four characters left off, or the words in no title's kind, stays unknown.
table('citation table: the kind of case shortened at its end, 解释 for a 规定 (fix-zh90)', [
  ['医疗损害 for 医疗损害责任纠纷', '根据《医疗损害司法解释》第五条的规定，患者应当举证。',
    [['《医疗损害司法解释》第五条', 'resolved', '最高人民法院关于审理医疗损害责任纠纷案件适用法律若干问题的解释5']]],
  ['融资租赁 for 融资租赁合同纠纷', '根据《融资租赁司法解释》第五条的规定，出租人可以解除合同。',
    [['《融资租赁司法解释》第五条', 'resolved', '最高人民法院关于审理融资租赁合同纠纷案件适用法律问题的解释5']]],
  ['建设工程 for 建设工程施工合同纠纷, with the series number', '根据《建设工程司法解释（一）》第四十三条的规定，实际施工人可以起诉。',
    [['《建设工程司法解释（一）》第四十三条', 'resolved', '最高人民法院关于审理建设工程施工合同纠纷案件适用法律问题的解释（一）43']]],
  ['解释 for the court\'s 规定 on private lending', '根据《民间借贷解释》第二十五条的规定，利率不得超过四倍。',
    [['《民间借贷解释》第二十五条', 'resolved', `${LENDING}25`]]],
  ['not 道路交通 (six characters left off 事故损害赔偿)', '根据《道路交通司法解释》第十三条的规定，保险公司应当赔偿。',
    [['《道路交通司法解释》第十三条', 'unknown-regulation', '']]],
  ['not 解释 where the court made a 解释 of that kind (劳动争议)', '根据《劳动争议解释》第十三条的规定，劳动者可以起诉。',
    [['《劳动争议解释》第十三条', 'resolved', '最高人民法院关于审理劳动争议案件适用法律若干问题的解释13']]],
]);

// An interpretation of a part of a law (关于适用《民法典》物权编的解释（一）, 有关担保制度的解释, 时间效力的若干规定) is named by
// the part, the law before it or not, its kind word or 司法解释, its number (titles/appliedLawPartName.ts). A name two
// such texts fit (时间效力规定: the 民法典's and the 公司法's; 婚姻家庭编解释 with no number: （一） and （二）) stays unknown.
table('citation table: an interpretation named by the part of the law it applies (fix-zh90)', [
  ['物权编解释（一）', '根据《物权编解释（一）》第五条的规定，登记有效。',
    [['《物权编解释（一）》第五条', 'resolved', '最高人民法院关于适用《民法典》物权编的解释（一）5']]],
  ['侵权责任编司法解释（一）', '根据《侵权责任编司法解释（一）》第五条的规定，监护人承担责任。',
    [['《侵权责任编司法解释（一）》第五条', 'resolved', '最高人民法院关于适用《民法典》侵权责任编的解释（一）5']]],
  ['婚姻家庭编司法解释（一）', '根据《婚姻家庭编司法解释（一）》第二十九条的规定，赠与归一方。',
    [['《婚姻家庭编司法解释（一）》第二十九条', 'resolved', '最高人民法院关于适用《民法典》婚姻家庭编的解释（一）29']]],
  ['民法典时间效力规定', '根据《民法典时间效力规定》第一条的规定，适用民法典。',
    [['《民法典时间效力规定》第一条', 'resolved', '最高人民法院关于适用《民法典》时间效力的若干规定1']]],
  ['not 时间效力规定 (the 民法典\'s and the 公司法\'s)', '根据《时间效力规定》第一条的规定，适用新法。',
    [['《时间效力规定》第一条', 'unknown-regulation', '']]],
  ['not 婚姻家庭编解释 without its number', '根据《婚姻家庭编解释》第二十九条的规定，赠与归一方。',
    [['《婚姻家庭编解释》第二十九条', 'unknown-regulation', '']]],
  ['not 继承编解释 without its number', '根据《继承编解释》第五条的规定，继承权丧失。', [['《继承编解释》第五条', 'unknown-regulation', '']]],
  ['not 民法典担保解释 (担保 is not the part 担保制度)', '根据《民法典担保解释》第十七条的规定，担保人承担责任。',
    [['《民法典担保解释》第十七条', 'unknown-regulation', '']]],
]);

// A law's interpretation named by the law's own short name (破产法 for 企业破产法, the one law ending so) and its number,
// also after 之 (titles/interpretationNickname.ts, titles.ts ORDINAL_END). A name several laws end with stays unknown.
table('citation table: the law\'s short name in its interpretation\'s name, 之 before the number (fix-zh90)', [
  ['破产法解释（二）', '根据《破产法解释（二）》第十条的规定，财产属于债务人。',
    [['《破产法解释（二）》第十条', 'resolved', '最高人民法院关于适用《企业破产法》若干问题的规定（二）10']]],
  ['破产法司法解释二', '根据《破产法司法解释二》第十条的规定，财产属于债务人。',
    [['《破产法司法解释二》第十条', 'resolved', '最高人民法院关于适用《企业破产法》若干问题的规定（二）10']]],
  ['公司法司法解释之三', '根据《公司法司法解释之三》第十三条的规定，股东应当补足出资。',
    [['《公司法司法解释之三》第十三条', 'resolved', '最高人民法院关于适用《公司法》若干问题的规定（三）13']]],
  ['劳动争议司法解释之一', '依照《劳动争议司法解释之一》第四十二条，劳动者应当举证。',
    [['《劳动争议司法解释之一》第四十二条', 'resolved', `${LABOUR1}42`]]],
  ['not 诉讼法解释 (three laws end with 诉讼法)', '根据《诉讼法解释》第九十条的规定，当事人应当提供证据。',
    [['《诉讼法解释》第九十条', 'unknown-regulation', '']]],
  ['not 公司法解释 without its number (five texts)', '根据《公司法解释》第十三条的规定，股东应当补足出资。',
    [['《公司法解释》第十三条', 'unknown-regulation', '']]],
]);

// An article glued without 第 to a known name ending in 解释 / 规定 / 条例 is read as after a law's name
// (titles/ruleNameGlued.ts): a 款 after it, or 规定 …; never after 本规定 or a word alone, and a headline with neither
// stays unread as after a law's name.
table('citation table: an article without 第 after an interpretation\'s short name (fix-zh90)', [
  ['a 款 after it', '担保制度解释68条第二款是什么', [['担保制度解释68条第二款', 'resolved', `${GUARANTEE}68.2`]]],
  ['规定 after it', '依照民间借贷案件规定28条规定，超出部分不予支持。', [['民间借贷案件规定28条', 'resolved', `${LENDING}28`]]],
  ['not after 本规定', '依照本规定12条处理。', []],
  ['not after 相关规定', '按照相关规定3条处理。', []],
  ['not a headline with neither (as after a law: 民事诉讼法225条的理解)', '民诉解释18条的理解与适用', []],
]);

// A law's implementing rules named by their kind alone (实施条例, 实施细则), joined to the law cited before them or in 《》
// after it, are that law's rules (titles/implementingRulesAlone.ts) — never the law's article of that number.
table('citation table: 实施条例 / 实施细则 alone after a law (fix-zh90)', [
  ['和实施细则 after the Patent Law', '根据《专利法》第三十三条和实施细则第五十一条的规定，修改不得超出范围。',
    [['《专利法》第三十三条', 'resolved', '专利33'], ['实施细则第五十一条', 'resolved', '专利法实施细则51']]],
  ['和实施条例 after the Labour Contract Law', '根据《劳动合同法》第三十九条和实施条例第十九条的规定，用人单位可以解除劳动合同。',
    [['《劳动合同法》第三十九条', 'resolved', '劳动合同39'], ['实施条例第十九条', 'resolved', '劳动合同法实施条例19']]],
  ['及其实施条例', '根据《劳动合同法》及其实施条例第十八条的规定，劳动者可以解除劳动合同。',
    [['其实施条例第十八条', 'resolved', '劳动合同法实施条例18']]],
  ['《实施条例》 in marks after the law (a statute\'s wording)', '按照《矿山安全法》第四十四条和《实施条例》第五十四条的规定处理。',
    [['《矿山安全法》第四十四条', 'resolved', '矿山安全44'], ['《实施条例》第五十四条', 'resolved', '矿山安全法实施条例54']]],
  ['the law\'s rules the corpus lacks: unknown, not the law\'s article', '根据《网络安全法》第二十一条和实施条例第五条，应当整改。',
    [['《网络安全法》第二十一条', 'resolved', '网络安全21'], ['实施条例第五条', 'unknown-regulation', '']]],
  ['not a named regulation\'s own title', '根据《劳动合同法》第三十八条、《劳动合同法实施条例》第十八条，劳动者可以解除。',
    [['《劳动合同法》第三十八条', 'resolved', '劳动合同38'], ['《劳动合同法实施条例》第十八条', 'resolved', '劳动合同法实施条例18']]],
]);

describe('citation: 《实施条例》 with no law named before (fix-zh90)', () => {
  it('stays ambiguous: every 实施条例 of the corpus fits', () => {
    const c = analyzeBundled('《实施条例》第五条规定了档案馆的职责。').citations.filter((x) => !x.titleOnly);
    assert.deepStrictEqual(c.map((x) => [x.text, x.status]), [['《实施条例》第五条', 'ambiguous']]);
  });
});

const MENTAL = '最高人民法院关于确定民事侵权精神损害赔偿责任若干问题的解释';

// The court's name before an interpretation's short name (《最高院人身损害赔偿解释》), or round it with 关于 … 的
// (《最高法院关于民间借贷的规定》), leaves the short name (titles/issuerPrefixedName.ts); words of a subject that is no kind
// of case name the one text about no kind of case (《精神损害赔偿解释》, titles/generalSubjectName.ts). A name whose
// family the page's printed words must pick (《最高人民法院建设工程施工合同司法解释》) and a subject written with words
// no title has stay as they were.
table('citation table: the court\'s name before a short name, a subject that is no kind of case (fix-zh90)', [
  ['最高院 before the short name', '根据《最高院人身损害赔偿解释》第十二条的规定，残疾赔偿金按二十年计算。',
    [['《最高院人身损害赔偿解释》第十二条', 'resolved', `${INJURY}12`]]],
  ['最高人民法院 before it, no 《》', '根据最高人民法院民间借贷司法解释第二十五条的规定，利率不得超过四倍。',
    [['最高人民法院民间借贷司法解释第二十五条', 'resolved', `${LENDING}25`]]],
  ['最高法院关于 … 的规定', '根据《最高法院关于民间借贷的规定》第二十五条，利率不得超过四倍。',
    [['《最高法院关于民间借贷的规定》第二十五条', 'resolved', `${LENDING}25`]]],
  ['精神损害赔偿解释: the civil text, not the state-compensation one', '根据《精神损害赔偿解释》第五条的规定，应当考虑侵权人的过错程度。',
    [['《精神损害赔偿解释》第五条', 'resolved', `${MENTAL}5`]]],
  ['not a text applying a law named in it (诉讼时效: the 民法总则\'s 解释 is named by that law)', '根据《诉讼时效司法解释》第九条的规定，时效中断。',
    [['《诉讼时效司法解释》第九条', 'unknown-regulation', '']]],
  ['not a family the printed words pick (three 建设工程施工合同 texts)', '根据《最高人民法院建设工程施工合同司法解释》第二十六条的规定，实际施工人可以起诉。',
    [['《最高人民法院建设工程施工合同司法解释》第二十六条', 'unknown-regulation', '']]],
  ['not a subject with a kind of case the name drops (审理民间借贷的规定 is no title)', '根据《最高人民法院关于审理民间借贷的规定》第五条。',
    [['《最高人民法院关于审理民间借贷的规定》第五条', 'unknown-regulation', '']]],
]);

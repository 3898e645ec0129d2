// The provincial-level divisions by their full names, as a regulation's title opens with them (内蒙古自治区…条例): the
// parser derives short titles by dropping them, kind.ts reads a local regulation by them, the citation engine a place.

/** The provincial-level divisions but Hong Kong and Macau (whose law the corpus lacks), named as titles write them. */
export const PROVINCES = [
  '北京市', '天津市', '上海市', '重庆市', '河北省', '山西省', '辽宁省', '吉林省', '黑龙江省', '江苏省', '浙江省', '安徽省',
  '福建省', '江西省', '山东省', '河南省', '湖北省', '湖南省', '广东省', '海南省', '四川省', '贵州省', '云南省', '陕西省',
  '甘肃省', '青海省', '台湾省', '内蒙古自治区', '广西壮族自治区', '西藏自治区', '宁夏回族自治区', '新疆维吾尔自治区',
];

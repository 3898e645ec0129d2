// A version named by its month without the day ((2016年7月修订)): the text of that year, as (2016年修订) and the full
// date (2016年7月2日修订) are — unknown-regulation when the corpus lacks it (scan/scanner.ts VERSION_NOTE).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: a version named by year and month (round 26)', [
  ['a penalty decision naming the 2016 text by its month, before 修订 and 修正, ASCII and full-width brackets',
    '行政处罚决定书\n你单位违反了《中华人民共和国环境影响评价法》(2016年7月修订)第二十五条的规定。依据《中华人民共和国环境影响评价法》（2016年7月修正）第三十一条，决定处罚。\n某市生态环境局\n2019年5月6日',
    [['《中华人民共和国环境影响评价法》(2016年7月修订)第二十五条', 'unknown-regulation', ''], ['《中华人民共和国环境影响评价法》（2016年7月修正）第三十一条', 'unknown-regulation', '']]],
  ['the quoted article\'s 本法 is that text\'s too',
    '行政处罚决定书\n你单位违反了《中华人民共和国环境影响评价法》(2016年7月修订)第三十一条“建设单位未依法报批建设项目环境影响报告书、报告表，或者未依照本法第二十四条的规定重新报批……”的规定。\n某市生态环境局\n2019年5月6日',
    [['《中华人民共和国环境影响评价法》(2016年7月修订)第三十一条', 'unknown-regulation', ''], ['本法第二十四条', 'unknown-regulation', '']]],
  ['a month of the year the corpus holds, a month without an event, nor a case number or an ordinal',
    '行政处罚决定书\n依据《中华人民共和国环境影响评价法》(2018年12月修正)第三十一条、《中华人民共和国环境影响评价法》(2018年12月)第二十五条处理。第十四届第一次会议；（2019）某刑初12号。\n2019年5月6日',
    [['《中华人民共和国环境影响评价法》(2018年12月修正)第三十一条', 'resolved', '环境影响评价31'], ['《中华人民共和国环境影响评价法》(2018年12月)第二十五条', 'resolved', '环境影响评价25']]],
]);

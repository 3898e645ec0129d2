// Forms from the nineteenth round's third fair measurement (heldout23, now a tuning set): made-up text in the real
// style against the bundled corpus (laws named short: 药品管理98.3.5 is the Drug Administration Law's article 98,
// paragraph 3, item 5).
import { bundledShortTable as table } from './citations/helpers';

// A 款 followed by its quoted lead-in and, straight after the closing mark, an item: that item of that 款, one
// citation (scan/quotedLeadItem.ts).
table('citation table: an item after the quoted lead-in of its 款 (fix-court25)', [
  ['a penalty decision quoting the 款 and then its item, bracketed', '当事人的行为违反了《中华人民共和国药品管理法》第九十八条第一款“禁止销售假药、劣药。”第三款“有下列情形之一的，为劣药：”第（五）项“超过有效期的药品；”的规定。',
    [['《中华人民共和国药品管理法》第九十八条第一款', 'resolved', '药品管理98.1'], ['第三款“有下列情形之一的，为劣药：”第（五）项', 'resolved', '药品管理98.3.5']]],
  ['the same with the item unbracketed and the 款 joined to the title', '涉嫌违反《中华人民共和国药品管理法》第九十八条第三款“有下列情形之一的，为劣药：”第五项的规定。',
    [['《中华人民共和国药品管理法》第九十八条第三款“有下列情形之一的，为劣药：”第五项', 'resolved', '药品管理98.3.5']]],
  ['not another 款 after the quotation, nor an item with words between, nor ordinals and case numbers',
    '违反了《中华人民共和国药品管理法》第九十八条第一款“禁止销售假药、劣药。”第三款的规定。第十四届第一次会议，（2019）某刑初12号，第2项商品。',
    [['《中华人民共和国药品管理法》第九十八条第一款', 'resolved', '药品管理98.1'], ['第三款', 'resolved', '药品管理98.3']]],
]);

// Where the page lists the legal basis (a table with a 设定依据 column, a 设定依据： caption), a label glued to its words
// after a full stop is the next article relied on; one set off by a space stays a heading (layout/basisColumn.ts).
table('citation table: run-on articles glued to their words in a basis column (fix-court25)', [
  ['a power list\'s 设定依据 cell, each later label glued after a full stop and a space',
    '序号 | 权责事项 | 设定依据 | 实施主体 |\n1 | 对登记行为的监督检查 |\n1.[部门规章]《市场主体登记管理条例实施细则》(2022年某局令第52号公布) 第六十四条第三款营业执照记载的信息变更时，市场主体应当及时更新公示。 第六十五条登记机关应当对相关信息进行归集。 第六十六条登记机关应当随机抽取检查对象。 |',
    [['《市场主体登记管理条例实施细则》(2022年某局令第52号公布) 第六十四条第三款', 'resolved', '市场主体登记管理条例实施细则64.3'],
      ['第六十五条', 'resolved', '市场主体登记管理条例实施细则65'], ['第六十六条', 'resolved', '市场主体登记管理条例实施细则66']]],
  ['the same under a 设定依据： caption', '设定依据：《市场主体登记管理条例实施细则》第六十四条第三款营业执照记载的信息变更时，市场主体应当及时更新公示。 第六十五条登记机关应当对相关信息进行归集。 第六十六条登记机关应当随机抽取检查对象。',
    [['《市场主体登记管理条例实施细则》第六十四条第三款', 'resolved', '市场主体登记管理条例实施细则64.3'],
      ['第六十五条', 'resolved', '市场主体登记管理条例实施细则65'], ['第六十六条', 'resolved', '市场主体登记管理条例实施细则66']]],
  ['not a label set off from its words by a space there (a heading), nor a run without a basis column or caption, nor ordinals',
    '设定依据：《市场主体登记管理条例实施细则》第六十四条第三款营业执照记载的信息变更时，市场主体应当及时更新公示。 第六十五条 登记机关应当对相关信息进行归集。\n《市场主体登记管理条例实施细则》第六十四条第三款营业执照记载的信息变更时，市场主体应当及时更新公示。 第六十五条登记机关应当对相关信息进行归集。 第六十六条登记机关应当随机抽取检查对象。\n第十四届第一次会议，（2019）某刑初12号，第2项商品。',
    [['《市场主体登记管理条例实施细则》第六十四条第三款', 'resolved', '市场主体登记管理条例实施细则64.3'], ['《市场主体登记管理条例实施细则》第六十四条第三款', 'resolved', '市场主体登记管理条例实施细则64.3']]],
]);

// A court's title with its issuer and its 《》 left out, opening 关于审理 / 关于办理 and naming 案件, right before the
// article: that interpretation (titles/bareInterpretation.ts).
table('citation table: an interpretation titled without its issuer and without 《》 (fix-court25)', [
  ['a lawyer\'s headline', '浅谈民间借贷诉讼证据，关于审理民间借贷案件适用法律若干问题的规定第二条',
    [['关于审理民间借贷案件适用法律若干问题的规定第二条', 'resolved', '最高人民法院关于审理民间借贷案件适用法律若干问题的规定2']]],
  ['a title the corpus lacks: unknown', '依据关于审理某某新型纠纷案件适用法律若干问题的规定第五条，原告应当举证。',
    [['关于审理某某新型纠纷案件适用法律若干问题的规定第五条', 'unknown-regulation', '']]],
  ['not another body\'s 关于…的规定 without 审理/办理 and 案件, nor ordinals and case numbers',
    '根据公司关于考勤管理的规定第二条处理。第十四届第一次会议，（2019）某刑初12号，第2项商品。',
    [['第二条', 'no-context', '']]],
]);

// An interpretation named by its subject, the 和 of its title dropped, then 司法解释 (titles.ts subjectInterpretation):
// the one corpus title whose subject so reads; in traditional script too.
table('citation table: an interpretation named by its subject without 和 (fix-court25)', [
  ['《自首立功司法解释》 with an item', '根据《自首立功司法解释》第一条第（一）项规定，犯罪后主动投案的，应当视为自动投案。',
    [['《自首立功司法解释》第一条第（一）项', 'resolved', '最高人民法院关于处理自首和立功具体应用法律若干问题的解释1..1']]],
  ['the same in traditional script', '依據《自首立功司法解釋》第一條第(一)項規定，應當視為自動投案。',
    [['《自首立功司法解釋》第一條第(一)項', 'resolved', '最高人民法院关于处理自首和立功具体应用法律若干问题的解释1..1']]],
  ['not a subject no title has, nor ordinals and case numbers', '根据《投案自首司法解释》第一条规定。第十四届第一次会议，（2019）某刑初12号，第2项商品。',
    [['《投案自首司法解释》第一条', 'unknown-regulation', '']]],
]);

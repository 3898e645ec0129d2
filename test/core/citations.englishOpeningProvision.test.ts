// A page whose opening sentence cites one provision as its subject ("PIPL Article 13 of … outlines …") is about that
// provision: the writer's "the article" / "this article" further on are it (english/context/openingProvision.ts,
// fix-res100). Made-up text in the real style against the bundled corpus (laws named short: 个人信息保护13 is the Personal
// Information Protection Law's article 13).
import { bundledShortTable as table } from './citations/helpers';

table('citation table: "the article" on a page opening with the provision it explains (fix-res100)', [
  ['an explainer page: "the article" three sentences on, "The article" under a section heading, "this article" later',
    'PIPL Article 13 of the Personal Information Protection Law outlines the lawful bases for processing. Processing must be lawful. Consent is the usual basis. Crucially, the article also covers public health emergencies.\nMandate\nThe article explicitly mandates that consent be voluntary.\nContext\nFor multinationals, the lawful basis must first be established under this article.',
    [['Article 13 of the Personal Information Protection Law', 'resolved', '个人信息保护13'], ['the article', 'resolved', '个人信息保护13'],
      ['The article', 'resolved', '个人信息保护13'], ['this article', 'resolved', '个人信息保护13']]],
  ['a glossary entry: "PIPL Article Thirty-Nine Compliance refers to …", "The Article\'s provisions"',
    'PIPL Article Thirty-Nine Compliance refers to the requirements outlined in Article 39 of the Personal Information Protection Law. This is a critical element of cross-border governance. Handlers must take stringent measures. The Article’s provisions establish a lawful mechanism.',
    [['PIPL Article Thirty-Nine', 'resolved', '个人信息保护39'], ['Article 39 of the Personal Information Protection Law', 'resolved', '个人信息保护39'], ['The Article', 'resolved', '个人信息保护39']]],
  ['not the writer\'s piece ("In this article, we", "our … this article analyses")',
    'Article 38 of the Personal Information Protection Law stipulates four paths for cross-border transfer. Companies struggle with them. Drawing on our practice, this article analyses the key elements of each path. In this article, we also review the case law.',
    [['Article 38 of the Personal Information Protection Law', 'resolved', '个人信息保护38']]],
  ['not on a page that opens with a heading or the writer\'s words, the citation later in the sentence',
    'Cross-border data rules\nArticle 38 of the Personal Information Protection Law stipulates four paths. Companies struggle. Many ask for advice. The article was shared widely.\n\nMany readers asked about consent. Under Article 13 of the Personal Information Protection Law, consent is one basis. Readers liked it. Several firms wrote in. The article was shared widely.',
    [['Article 38 of the Personal Information Protection Law', 'resolved', '个人信息保护38'], ['Article 13 of the Personal Information Protection Law', 'resolved', '个人信息保护13']]],
]);

// Chinese and English wording for the `yaml` library's error codes.
import { messages } from '../i18n/index.js';

const M = messages({
  BAD_INDENT: { zh: '缩进不一致', en: 'inconsistent indentation' },
  MISSING_CHAR: {
    zh: '缺少字符（引号或括号未闭合？）',
    en: 'a character is missing (an unclosed quote or bracket?)',
  },
  UNEXPECTED_TOKEN: { zh: '此处出现了意外的内容', en: 'unexpected content here' },
  BLOCK_AS_IMPLICIT_KEY: {
    zh: '键的写法有误（冒号后缺少空格？）',
    en: 'malformed key (missing space after a colon?)',
  },
  MULTILINE_IMPLICIT_KEY: {
    zh: '键不能跨行（上一行的冒号后缺少空格或引号未闭合？）',
    en: 'a key cannot span lines (missing space after a colon, or an unclosed quote?)',
  },
  BAD_SCALAR_START: {
    zh: '值不能以该字符开头，请给值加引号',
    en: 'a value cannot start with this character; quote it',
  },
  BAD_COLLECTION_TYPE: { zh: '列表或映射的写法有误', en: 'malformed list or mapping' },
  KEY_OVER_1024_CHARS: { zh: '键过长', en: 'key too long' },
  BAD_DQ_ESCAPE: { zh: '双引号字符串中的转义无效', en: 'invalid escape in a double-quoted string' },
  MULTIPLE_DOCS: {
    zh: '一个文件只能有一个文档（删除多余的 ---）',
    en: 'one document per file (remove the extra ---)',
  },
  TAB_AS_INDENT: { zh: '缩进中使用了制表符（Tab）', en: 'tab used for indentation' },
  OTHER: { zh: '{detail}', en: '{detail}' },
});

export function yamlErrorText(code: string, fallback: string): string {
  const f = (M as Record<string, (p?: Record<string, string>) => string>)[code];
  return f ? f() : M.OTHER({ detail: fallback });
}

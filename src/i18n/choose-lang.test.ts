import { describe, expect, it } from 'vitest';
import { chooseLang } from './choose-lang';

describe('chooseLang', () => {
  it.each([
    ['the URL wins', { param: 'ja', stored: 'zh', languages: ['zh-CN'] }, { lang: 'ja', badParam: false }],
    ['then the remembered choice', { param: null, stored: 'zh', languages: ['ja'] }, { lang: 'zh', badParam: false }],
    ['a corrupt stored value is ignored', { param: null, stored: '{"lang":1}', languages: ['ja-JP'] }, { lang: 'ja', badParam: false }],
    ['a first visit follows the browser', { param: null, stored: null, languages: ['zh-TW', 'en'] }, { lang: 'zh', badParam: false }],
    ['else English', { param: null, stored: null, languages: ['fr'] }, { lang: 'en', badParam: false }],
    ['a hostile URL value counts as absent and is flagged', { param: '"><img src=x>', stored: 'ja', languages: [] }, { lang: 'ja', badParam: true }],
    ['an explicit English link opens in English', { param: 'en', stored: 'zh', languages: ['zh'] }, { lang: 'en', badParam: false }],
  ] as const)('%s', (_name, inputs, choice) => expect(chooseLang(inputs)).toEqual(choice));
});

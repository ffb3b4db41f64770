import { describe, expect, it } from 'vitest';
import { langFromNavigator, parseLang, withLangParam } from './locale';

describe('parseLang', () => {
  it.each([
    ['en', 'en'],
    ['zh', 'zh'],
    ['ja', 'ja'],
    ['ZH', undefined],
    ['zh-CN', undefined],
    ['<script>', undefined],
    ['', undefined],
    [null, undefined],
  ])('%s → %s', (text, lang) => expect(parseLang(text)).toBe(lang));
});

describe('langFromNavigator', () => {
  it.each([
    [['zh-CN', 'en'], 'zh'],
    [['zh-TW'], 'zh'],
    [['ja-JP', 'zh'], 'ja'],
    [['fr-FR', 'ja'], 'ja'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr', 'de'], undefined],
    [[], undefined],
  ] as const)('%j → %s', (languages, lang) => expect(langFromNavigator(languages)).toBe(lang));
});

describe('withLangParam', () => {
  it.each([
    ['', 'en', ''],
    ['?region=china', 'en', '?region=china'],
    ['?region=china', 'zh', '?region=china&lang=zh'],
    ['?lang=zh&region=china', 'ja', '?region=china&lang=ja'],
    ['?region=china&lang=zh', 'en', '?region=china'],
    ['?lang=%3Cscript%3E', 'en', ''],
    ['', 'ja', '?lang=ja'],
    ['?labs=a,b', 'zh', '?labs=a,b&lang=zh'],
  ] as const)('%s in %s → %s', (search, lang, out) => expect(withLangParam(search, lang)).toBe(out));
});

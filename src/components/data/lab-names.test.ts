import { describe, expect, it } from 'vitest';
import { labNames } from './lab-names';

const deepseek = { name: 'DeepSeek', nativeName: '深度求索' };
const openai = { name: 'OpenAI', nativeName: null };

describe('labNames', () => {
  it('English first on an English page, the native name beside it', () => {
    expect(labNames(deepseek, 'en')).toEqual({ primary: 'DeepSeek', primaryLang: undefined, secondary: '深度求索', secondaryLang: 'zh-Hans' });
  });
  it('the native name first in Chinese and Japanese, English beside it', () => {
    expect(labNames(deepseek, 'zh')).toMatchObject({ primary: '深度求索', primaryLang: undefined, secondary: 'DeepSeek', secondaryLang: 'en' });
    expect(labNames(deepseek, 'ja')).toMatchObject({ primary: '深度求索', primaryLang: 'zh-Hans', secondary: 'DeepSeek' });
  });
  it('one name when the dataset has no native one', () => {
    expect(labNames(openai, 'zh')).toEqual({ primary: 'OpenAI', primaryLang: undefined, secondary: null, secondaryLang: 'en' });
  });
});

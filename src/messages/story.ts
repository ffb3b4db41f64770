/** The story's strings in the three languages (loaded with the story's chunk), plus the shared ones. */
import { story as en } from './en/story';
import { story as ja } from './ja/story';
import { story as zh } from './zh/story';
import { messages as shared } from './index';

export type StoryLang = 'en' | 'zh' | 'ja';
export type StoryMessages = typeof en;
export const storyMessages: Record<StoryLang, StoryMessages> = { en, zh, ja };
export const messages = { ...shared, story: en };

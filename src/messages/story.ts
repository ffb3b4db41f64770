/**
 * The story's strings: the shared ones plus its own area, loaded with the story's chunk. Like every
 * area, only the active language's file is fetched (written into the live table by `localise`).
 */
import { story } from './en/story';
import { localise } from './localise';
import { messages as shared } from './index';

export type StoryLang = 'en' | 'zh' | 'ja';

// The active language's strings for this area are in place before any importer runs.
await localise({ story });

export const messages = { ...shared, story };

/** The strings of the timeline view: the shared ones plus its own area (loaded with the view, not before). */
import { timeline } from './en/timeline';
import { messages as shared } from './index';

export const messages = { ...shared, timeline };

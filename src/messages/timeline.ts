/** The strings of the timeline view: the shared ones plus its own area (loaded with the view, not before). */
import { timeline } from './en/timeline';
import { localise } from './localise';
import { messages as shared } from './index';

// The active language's strings for this area are in place before any importer runs.
await localise({ timeline });

export const messages = { ...shared, timeline };

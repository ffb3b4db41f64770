/** The strings of the about view: the shared ones plus its own area (loaded with the view, not before). */
import { about } from './en/about';
import { localise } from './localise';
import { messages as shared } from './index';

// The active language's strings for this area are in place before any importer runs.
await localise({ about });

export const messages = { ...shared, about };

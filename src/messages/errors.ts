/** The strings of the error panel and the not-found view: the shared ones plus their own (loaded with them). */
import { errors } from './en/errors';
import { localise } from './localise';
import { messages as shared } from './index';

// The active language's strings for this area are in place before any importer runs.
await localise({ errors });

export const messages = { ...shared, errors };

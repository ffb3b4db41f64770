/** The strings of the intelligence-vs-price view: the shared ones plus its own area (loaded with the view). */
import { price } from './en/price';
import { localise } from './localise';
import { messages as shared } from './index';

// The active language's strings for this area are in place before any importer runs.
await localise({ price });

export const messages = { ...shared, price };

/** The words of a value's source tier: the shared strings plus their own area (loaded with what shows a tier). */
import { sourceTier } from './en/source-tier';
import { localise } from './localise';
import { messages as shared } from './index';

// The active language's strings for this area are in place before any importer runs.
await localise({ sourceTier });

export const messages = { ...shared, sourceTier };

/** The strings of the model detail panel: the shared ones plus its own area (loaded with the panel, not before). */
import { modelDetail } from './en/model-detail';
import { localise } from './localise';
import { messages as shared } from './index';

// The active language's strings for this area are in place before any importer runs.
await localise({ modelDetail });

export const messages = { ...shared, modelDetail };

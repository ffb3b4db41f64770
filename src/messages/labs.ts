/** The strings of the labs view: the shared ones plus its own area (loaded with the view, not before). */
import { labs } from './en/labs';
import { labsCharts } from './en/labs-charts';
import { localise } from './localise';
import { messages as shared } from './index';

// The active language's strings for this area are in place before any importer runs.
await localise({ labs, labsCharts });

export const messages = { ...shared, labs, labsCharts };

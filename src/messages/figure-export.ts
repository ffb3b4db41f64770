/**
 * The strings of sharing and export, loaded only when asked for. Only their own area: the shared
 * strings stay with the first view (code that needs them gets them passed in).
 */
import { figureExport } from './en/figure-export';
import { localise } from './localise';

// The active language's strings for this area are in place before any importer runs.
await localise({ figureExport });

export const messages = { figureExport };

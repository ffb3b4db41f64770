/** The strings of sharing and export: the shared ones plus their own area, loaded only when asked for. */
import { figureExport } from './en/figure-export';
import { messages as shared } from './index';

export const messages = { ...shared, figureExport };

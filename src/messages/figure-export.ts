/**
 * The strings of sharing and export, loaded only when asked for. Only their own area: the shared
 * strings stay with the first view (code that needs them gets them passed in).
 */
import { figureExport } from './en/figure-export';

export const messages = { figureExport };

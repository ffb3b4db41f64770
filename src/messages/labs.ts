/** The strings of the labs view: the shared ones plus its own area (loaded with the view, not before). */
import { labs } from './en/labs';
import { labsCharts } from './en/labs-charts';
import { messages as shared } from './index';

export const messages = { ...shared, labs, labsCharts };

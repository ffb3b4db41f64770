/** The strings of the intelligence-vs-price view: the shared ones plus its own area (loaded with the view). */
import { price } from './en/price';
import { messages as shared } from './index';

export const messages = { ...shared, price };

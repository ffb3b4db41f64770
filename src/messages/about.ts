/** The strings of the about view: the shared ones plus its own area (loaded with the view, not before). */
import { about } from './en/about';
import { messages as shared } from './index';

export const messages = { ...shared, about };

/** The strings of the error panel and the not-found view: the shared ones plus their own (loaded with them). */
import { errors } from './en/errors';
import { messages as shared } from './index';

export const messages = { ...shared, errors };

import * as z from 'zod/mini';

// zod/mini ships without error messages; the English ones load only when a dataset fails (zod-messages.ts).

/** The small value schemas every part of the dataset contract uses. */

/** YYYY, YYYY-MM or YYYY-MM-DD. Month or year precision is kept, never padded into a day. */
export const partialDate = z.string().check(z.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'));

export const isoDay = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'expected an ISO date YYYY-MM-DD'));

/** Source and report links: http(s) only, so a `javascript:` or `data:` URL never reaches a link. */
export const httpUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' });

export const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a lower-case id (a-z, 0-9, -)'));
export const sourceId = z.string().check(z.minLength(1));
export const sourceIds = z.array(sourceId).check(z.minLength(1, 'every value needs at least one source'));

export const confidence = z.enum(['high', 'medium-high', 'medium', 'low-medium', 'low', 'unverified']);

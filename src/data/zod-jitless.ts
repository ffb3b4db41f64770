/**
 * Zod compiles fast parsers with `new Function` unless told not to, and probes for it when a schema is
 * built. Under the page's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a
 * violation. Jitless mode skips both; the dataset is small, so the interpreted parser costs little.
 * Imported before the schema, so it is set before any schema is built.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

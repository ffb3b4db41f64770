/**
 * zod/mini ships without error messages ("Invalid input" for everything). The English ones the classic
 * build includes say e.g. "expected number, received string". They are loaded only when a dataset fails
 * its schema (dataset-check.ts), so a valid load does not download them.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());

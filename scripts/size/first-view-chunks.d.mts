/** The lazy chunks the start page loads without any interaction, by the module that starts each. */
export declare const FIRST_VIEW_LAZY: readonly string[];
/** The file names (in `dist/assets`) of every script the start page loads. */
export declare function firstViewChunks(dist?: string): Set<string>;

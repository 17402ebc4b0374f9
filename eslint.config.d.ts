// Types for what tests read from eslint.config.js (tests/unit/build/layers.test.ts).
/** Each layer of src/ and the layers it may import. */
export declare const LAYERS: Record<string, string[]>;
declare const config: unknown[];
export default config;

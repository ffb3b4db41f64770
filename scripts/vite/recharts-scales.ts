/**
 * The scales Recharts can make: the three its axes use here.
 *
 * Recharts looks its axis scales up by name in the whole of `d3-scale` (`import * as d3Scales`), so
 * every d3 scale is bundled into the first view: the time scales (with `d3-time` and `d3-time-format`),
 * and the sequential, diverging, quantile, quantize, threshold, power, symlog, radial and identity ones.
 * No Recharts axis here names a scale: each uses `scale="auto"`, which Recharts resolves to `band` (a
 * category axis of a bar chart), `point` (a category axis of a line or area chart) or `linear` (a number
 * axis); the timeline draws its own time axis from its layout module. So, for imports made by Recharts
 * only, the build resolves `victory-vendor/d3-scale` to this list. A Recharts axis given any other
 * `scale="…"` would fall back to a point scale, as Recharts does for a name it cannot find: the unit test
 * (test/unit/recharts-scales.test.ts) fails first, when a chart in src names a scale this list lacks.
 * The app's own layout modules import `victory-vendor/d3-scale` as usual and get every scale.
 */
export { scaleBand, scaleLinear, scalePoint } from 'victory-vendor/d3-scale';

/**
 * The scales Recharts can make, without d3's time scales.
 *
 * Recharts looks its axis scales up by name in the whole of `d3-scale` (`import * as d3Scales`), so
 * every d3 scale is bundled into the first view, and with the time scales come `d3-time` and
 * `d3-time-format` (about 4 KB gzipped). No Recharts axis here is a time axis: each uses `scale="auto"`
 * (band or point for categories, linear for numbers); the timeline draws its own time axis from its
 * layout module. So, for imports made by Recharts only, the build resolves `victory-vendor/d3-scale`
 * to this list, which is every d3 scale but `scaleTime` and `scaleUtc`. A Recharts axis given
 * `scale="time"` would then fall back to a point scale, as Recharts does for any name it cannot find:
 * draw dates on a linear scale of timestamps instead (as the timeline does).
 */
export {
  scaleBand,
  scaleDiverging,
  scaleDivergingLog,
  scaleDivergingPow,
  scaleDivergingSqrt,
  scaleDivergingSymlog,
  scaleIdentity,
  scaleImplicit,
  scaleLinear,
  scaleLog,
  scaleOrdinal,
  scalePoint,
  scalePow,
  scaleQuantile,
  scaleQuantize,
  scaleRadial,
  scaleSequential,
  scaleSequentialLog,
  scaleSequentialPow,
  scaleSequentialQuantile,
  scaleSequentialSqrt,
  scaleSequentialSymlog,
  scaleSqrt,
  scaleSymlog,
  scaleThreshold,
  tickFormat,
} from 'victory-vendor/d3-scale';

/**
 * The part of `decimal.js-light` Recharts uses, for the build (see recharts-stand-ins-plugin.ts).
 *
 * Recharts computes "nice" axis ticks (util/scale/getNiceTickValues.js, util/scale/util/arithmetic.js)
 * with decimal arithmetic, so that 0.1 + 0.2 gives the tick 0.3. It only constructs decimals from numbers
 * and decimals and calls abs, add, sub, mul, div, mod, pow (integer powers), log (floored), isint, the
 * comparisons and toNumber; the whole library (5.5 KB gzipped) came with the first view for that.
 *
 * This class does the same arithmetic on exact decimals (a BigInt coefficient and a power of ten), with
 * decimal.js-light's defaults: the results of add, sub, mul, div, mod and pow are cut to 20 significant
 * digits (its arithmetic truncates; its rounding mode only applies to toFixed and the like); a number
 * becomes its shortest decimal form, exactly; mod truncates the quotient. test/unit/recharts-decimal.test.ts
 * checks every operation, and Recharts' tick functions, against the real library. Anything outside that
 * subset throws rather than guess.
 */

const PRECISION = 20;
const TEN = 10n;

const pow10 = (n: number): bigint => TEN ** BigInt(n);
const digits = (c: bigint): number => (c < 0n ? -c : c).toString().length;
const abs = (c: bigint): bigint => (c < 0n ? -c : c);

/** Coefficient `c` × 10^`e` cut to PRECISION significant digits (truncated, as decimal.js-light's arithmetic does). */
function cut(c: bigint, e: number): Decimal {
  const drop = digits(c) - PRECISION;
  return drop <= 0 ? new Decimal(c, e) : new Decimal(c / pow10(drop), e + drop);
}

/** A number's shortest decimal form, exactly: 0.1 → 1 × 10^-1. */
function fromNumber(value: number): [bigint, number] {
  if (!Number.isFinite(value)) throw new Error(`[DecimalError] Invalid argument: ${value}`);
  const [mantissa = '0', exponent = '0'] = String(value).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  return [BigInt(whole + fraction), Number(exponent) - fraction.length];
}

type DecimalValue = Decimal | number;

/** An exact decimal, coefficient × 10^exponent. */
class Decimal {
  readonly c: bigint;
  readonly e: number;

  constructor(value: DecimalValue | bigint, exponent = 0) {
    if (value instanceof Decimal) [this.c, this.e] = [value.c, value.e];
    else if (typeof value === 'bigint') [this.c, this.e] = [value, exponent];
    else if (typeof value === 'number') [this.c, this.e] = fromNumber(value);
    else throw new Error(`[DecimalError] Invalid argument: ${String(value)}`);
  }

  /** Both as coefficients over the same power of ten. */
  private aligned(y: DecimalValue): [bigint, bigint, number] {
    const d = y instanceof Decimal ? y : new Decimal(y);
    const e = Math.min(this.e, d.e);
    return [this.c * pow10(this.e - e), d.c * pow10(d.e - e), e];
  }

  abs(): Decimal {
    return new Decimal(abs(this.c), this.e);
  }

  add(y: DecimalValue): Decimal {
    const [a, b, e] = this.aligned(y);
    return cut(a + b, e);
  }

  sub(y: DecimalValue): Decimal {
    const [a, b, e] = this.aligned(y);
    return cut(a - b, e);
  }

  mul(y: DecimalValue): Decimal {
    const d = y instanceof Decimal ? y : new Decimal(y);
    return cut(this.c * d.c, this.e + d.e);
  }

  div(y: DecimalValue): Decimal {
    const d = y instanceof Decimal ? y : new Decimal(y);
    if (d.c === 0n) throw new Error(`[DecimalError] ${this.c === 0n ? 'NaN' : 'Infinity'}`);
    // At least PRECISION digits of the quotient, truncated, then cut to PRECISION.
    const s = Math.max(0, PRECISION + 1 + digits(d.c) - digits(this.c));
    const q = (abs(this.c) * pow10(s)) / abs(d.c);
    const negative = this.c < 0n !== d.c < 0n;
    return cut(negative ? -q : q, this.e - d.e - s);
  }

  /** The remainder of a truncated division, as decimal.js-light's default modulo mode. */
  mod(y: DecimalValue): Decimal {
    const d = y instanceof Decimal ? y : new Decimal(y);
    if (d.c === 0n) throw new Error('[DecimalError] NaN');
    const [a, b, e] = this.aligned(d);
    return cut(a - (a / b) * b, e);
  }

  /** An integer power (what Recharts asks for: powers of ten). */
  pow(n: number): Decimal {
    if (!Number.isInteger(n)) throw new Error('recharts-decimal: only integer powers are supported');
    if (n === 0) return new Decimal(1);
    const power = new Decimal(this.c ** BigInt(Math.abs(n)), this.e * Math.abs(n));
    return n < 0 ? new Decimal(1).div(power) : cut(power.c, power.e);
  }

  /**
   * The base-10 logarithm to a double's precision (Recharts floors it: `getDigitCount`), base 10 only.
   * The digit position is exact; the rest is added in one rounding, from the side of the nearer power of
   * ten, so a value just under a power of ten floors as decimal.js-light's 20-digit logarithm does.
   */
  log(base: number): Decimal {
    if (base !== 10) throw new Error('recharts-decimal: only log(10) is supported');
    if (this.c <= 0n) throw new Error(`[DecimalError] ${this.c === 0n ? '-Infinity' : 'NaN'}`);
    const n = digits(this.c);
    const whole = n - 1 + this.e;
    // The leading digits as a number in [1, 10).
    const lead = Number(`${this.c.toString().slice(0, 17)}e-${Math.min(n, 17) - 1}`);
    const log = lead < Math.sqrt(10) ? whole + Math.log1p(lead - 1) / Math.LN10 : whole + 1 + Math.log1p((lead - 10) / 10) / Math.LN10;
    return new Decimal(log);
  }

  isint(): boolean {
    return this.e >= 0 || this.c % pow10(-this.e) === 0n;
  }

  private cmp(y: DecimalValue): number {
    const [a, b] = this.aligned(y);
    return a === b ? 0 : a < b ? -1 : 1;
  }

  eq(y: DecimalValue): boolean {
    return this.cmp(y) === 0;
  }

  lt(y: DecimalValue): boolean {
    return this.cmp(y) < 0;
  }

  lte(y: DecimalValue): boolean {
    return this.cmp(y) <= 0;
  }

  gt(y: DecimalValue): boolean {
    return this.cmp(y) > 0;
  }

  gte(y: DecimalValue): boolean {
    return this.cmp(y) >= 0;
  }

  toNumber(): number {
    return Number(`${this.c}e${this.e}`);
  }

  toString(): string {
    return String(this.toNumber());
  }

  valueOf(): number {
    return this.toNumber();
  }
}

export default Decimal;

package dev.chanscope.lang.interp.std;

/**
 * Go 1.19's exponentials, logarithms and powers as they evaluate on amd64, bit for bit. Exp, Log and
 * Hypot follow that platform's assembly (Exp along the FMA path, which every x86-64 processor with
 * AVX takes); the others follow the Go code, which evaluates fdlibm's algorithms in a fixed order.
 * Java's StrictMath implements some of these differently and disagrees in the last bit, which
 * {@code fmt} would print. Constants Go folds exactly (4/Pi, 1/Ln2, …) are written as hex literals.
 */
final class GoMath {

    private GoMath() {}

    /** Go's NaN(): a quiet NaN with the lowest payload bit set. */
    static final double NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    static final double LN2_HI = 6.93147180369123816490e-01;
    static final double LN2_LO = 1.90821492927058770002e-10;

    /** x scaled into the normal range, and the power of two that undoes it. */
    private static double normalized(double x) {
        return Math.abs(x) < Double.MIN_NORMAL ? x * 0x1p52 : x;
    }

    /** frac in [½, 1) with x = frac × 2^exp; the exponent in [1]. */
    static double frexp(double f, int[] exp) {
        if (f == 0 || Double.isInfinite(f) || Double.isNaN(f)) {
            exp[0] = 0;
            return f;
        }
        int e = Math.abs(f) < Double.MIN_NORMAL ? -52 : 0;
        long x = Double.doubleToRawLongBits(normalized(f));
        exp[0] = e + (int) ((x >>> 52) & 0x7FF) - 1023 + 1;
        x &= ~(0x7FFL << 52);
        x |= 1022L << 52;
        return Double.longBitsToDouble(x);
    }

    static double ldexp(double frac, long exp) {
        if (frac == 0 || Double.isInfinite(frac) || Double.isNaN(frac)) {
            return frac;
        }
        if (Math.abs(frac) < Double.MIN_NORMAL) {
            exp -= 52;
        }
        long x = Double.doubleToRawLongBits(normalized(frac));
        exp += ((x >>> 52) & 0x7FF) - 1023;
        if (exp < -1075) {
            return Math.copySign(0.0, frac);
        }
        if (exp > 1023) {
            return frac < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double m = 1;
        if (exp < -1022) {
            exp += 53;
            m = 0x1p-53;
        }
        x &= ~(0x7FFL << 52);
        x |= (exp + 1023) << 52;
        return m * Double.longBitsToDouble(x);
    }

    /** Go's Modf: the integer part toward zero and the fraction, both with x's sign. */
    static double[] modf(double f) {
        if (f < 1) {
            if (f < 0) {
                double[] r = modf(-f);
                return new double[] {-r[0], -r[1]};
            }
            if (f == 0) {
                return new double[] {f, f};
            }
            return new double[] {0, f};
        }
        long x = Double.doubleToRawLongBits(f);
        long e = ((x >>> 52) & 0x7FF) - 1023;
        if (e < 64 - 12) {
            x &= ~((1L << (64 - 12 - e)) - 1);
        }
        double i = Double.longBitsToDouble(x);
        return new double[] {i, f - i};
    }

    /** amd64's archExp: a Taylor series on x/16 squared back four times, FMA path. */
    static double exp(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & Long.MAX_VALUE) >= 0x7FF0000000000000L) {
            return bits == 0xFFF0000000000000L ? 0 : x;
        }
        if (x > 0x1.62e42fefa39efp9) {
            return Double.POSITIVE_INFINITY;
        }
        int k = (int) Math.rint(0x1.71547652b82fep0 * x);
        double kd = k;
        double r = Math.fma(-0x1.62e42fefa3000p-1, kd, x);
        r = Math.fma(-0x1.3de6af278ece6p-42, kd, r);
        r *= 0.0625;
        double p = 2.4801587301587301587e-5;
        p = Math.fma(p, r, 1.9841269841269841270e-4);
        p = Math.fma(p, r, 1.3888888888888888889e-3);
        p = Math.fma(p, r, 8.3333333333333333333e-3);
        p = Math.fma(p, r, 4.1666666666666666667e-2);
        p = Math.fma(p, r, 1.6666666666666666667e-1);
        p = Math.fma(p, r, 0.5);
        p = Math.fma(p, r, 1.0);
        r *= p;
        for (int i = 0; i < 3; i++) {
            r *= r + 2.0;
        }
        r = Math.fma(r, r + 2.0, 1.0);
        int biased = k + 0x3FF;
        if (biased <= 0) {
            if (biased < -52) {
                return 0;
            }
            r *= Double.longBitsToDouble((long) (biased + 0x3FE) << 52);
            return r * Double.longBitsToDouble(1L << 52);
        }
        if (biased >= 0x7FF) {
            return Double.POSITIVE_INFINITY;
        }
        return r * Double.longBitsToDouble((long) biased << 52);
    }

    /** amd64's archLog: fdlibm's series on the mantissa, the exponent taken straight from the bits. */
    static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if ((bits & Long.MAX_VALUE) == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (bits < 0) {
            return NAN;
        }
        if (bits >= 0x7FF0000000000000L) {
            return x;
        }
        double f1 = Double.longBitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FE0000000000000L);
        double k = (int) ((bits >>> 52) & 0x7FF) - 0x3FE;
        if (!(0x1.6a09e667f3bcdp-1 < f1)) {
            k -= 1;
            f1 *= 2;
        }
        double f = f1 - 1;
        double s = f / (2 + f);
        double s2 = s * s;
        double s4 = s2 * s2;
        double t1 = s2
                * (((0x1.2f112df3e5244p-3 * s4 + 0x1.7466496cb03dep-3) * s4 + 0x1.2492494229359p-2) * s4
                        + 0x1.5555555555593p-1);
        double t2 = s4 * ((0x1.39a09d078c69fp-3 * s4 + 0x1.c71c51d8e78afp-3) * s4 + 0x1.999999997fa04p-2);
        double hfsq = 0.5 * f * f;
        double tail = s * (t1 + t2 + hfsq) + k * LN2_LO;
        return k * LN2_HI - ((hfsq - tail) - f);
    }

    static double log10(double x) {
        return log(x) * 0x1.bcb7b1526e50ep-2;
    }

    static double log2(double x) {
        int[] e = new int[1];
        double frac = frexp(x, e);
        if (frac == 0.5) {
            return e[0] - 1;
        }
        return log(frac) * 0x1.71547652b82fep0 + e[0];
    }

    static double exp2(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY || x < -1.0740e+03) {
            return 0;
        }
        if (x > 1.0239999999999999e+03) {
            return Double.POSITIVE_INFINITY;
        }
        int k = x > 0 ? (int) (x + 0.5) : x < 0 ? (int) (x - 0.5) : 0;
        double t = x - k;
        return expmulti(t * LN2_HI, -t * LN2_LO, k);
    }

    private static double expmulti(double hi, double lo, int k) {
        double r = hi - lo;
        double t = r * r;
        double c = r
                - t
                        * (1.66666666666666657415e-01
                                + t
                                        * (-2.77777777770155933842e-03
                                                + t
                                                        * (6.61375632143793436117e-05
                                                                + t
                                                                        * (-1.65339022054652515390e-06
                                                                                + t * 4.13813679705723846039e-08))));
        double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
        return ldexp(y, k);
    }

    /** amd64's archHypot: max × √(1 + (min/max)²). */
    static double hypot(double p, double q) {
        p = Math.abs(p);
        q = Math.abs(q);
        if (Double.isInfinite(p) || Double.isInfinite(q)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(p) || Double.isNaN(q)) {
            return NAN;
        }
        if (p == 0 && q == 0) {
            return 0;
        }
        double max = Math.max(p, q);
        double r = Math.min(p, q) / max;
        return max * Math.sqrt(r * r + 1.0);
    }

    static boolean isOddInt(double x) {
        double[] m = modf(x);
        return m[1] == 0 && (((long) m[0]) & 1) == 1;
    }

    static double pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1;
        }
        if (y == 1) {
            return x;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return NAN;
        }
        if (x == 0) {
            if (y < 0) {
                return isOddInt(y) ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.POSITIVE_INFINITY;
            }
            return isOddInt(y) ? x : 0;
        }
        if (Double.isInfinite(y)) {
            if (x == -1) {
                return 1;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            if (x < 0) {
                return pow(1 / x, -y);
            }
            return y < 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        if (y == 0.5) {
            return Math.sqrt(x);
        }
        if (y == -0.5) {
            return 1 / Math.sqrt(x);
        }
        double[] m = modf(Math.abs(y));
        double yi = m[0];
        double yf = m[1];
        if (yf != 0 && x < 0) {
            return NAN;
        }
        if (yi >= 0x1p63) {
            if (x == -1) {
                return 1;
            }
            return (Math.abs(x) < 1) == (y > 0) ? 0 : Double.POSITIVE_INFINITY;
        }
        double a1 = 1.0;
        long ae = 0;
        if (yf != 0) {
            if (yf > 0.5) {
                yf--;
                yi++;
            }
            a1 = exp(yf * log(x));
        }
        int[] e = new int[1];
        double x1 = frexp(x, e);
        long xe = e[0];
        for (long i = (long) yi; i != 0; i >>= 1) {
            if (xe < -(1 << 12) || (1 << 12) < xe) {
                ae += xe;
                break;
            }
            if ((i & 1) == 1) {
                a1 *= x1;
                ae += xe;
            }
            x1 *= x1;
            xe <<= 1;
            if (x1 < .5) {
                x1 += x1;
                xe--;
            }
        }
        if (y < 0) {
            a1 = 1 / a1;
            ae = -ae;
        }
        return ldexp(a1, ae);
    }

    static double cbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        boolean sign = x < 0;
        if (sign) {
            x = -x;
        }
        double t = Double.longBitsToDouble(Long.divideUnsigned(Double.doubleToRawLongBits(x), 3) + (715094163L << 32));
        if (x < Double.MIN_NORMAL) {
            t = 0x1p54 * x;
            t = Double.longBitsToDouble(Long.divideUnsigned(Double.doubleToRawLongBits(t), 3) + (696219795L << 32));
        }
        double r = t * t / x;
        double s = 5.42857142857142815906e-01 + r * t;
        t *= 3.57142857142857150787e-01
                + 1.60714285714285720630e+00 / (s + 1.41428571428571436819e+00 + -7.05306122448979611050e-01 / s);
        t = Double.longBitsToDouble((Double.doubleToRawLongBits(t) & (0xFFFFFFFFCL << 28)) + (1L << 30));
        s = t * t;
        r = x / s;
        double w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return sign ? -t : t;
    }
}

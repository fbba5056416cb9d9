package dev.chanscope.lang.interp.std;

/** Go 1.19's Log1p and Expm1 bit for bit: fdlibm's algorithms, evaluated in Go's order. */
final class GoMath1p {

    private GoMath1p() {}

    private static final double LN2_HI = GoMath.LN2_HI;
    private static final double LN2_LO = GoMath.LN2_LO;

    static double log1p(double x) {
        if (x < -1 || Double.isNaN(x)) {
            return GoMath.NAN;
        }
        if (x == -1) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        double absx = Math.abs(x);
        double f = 0;
        long iu = 0;
        int k = 1;
        if (absx < 4.142135623730950488017e-01) {
            if (absx < 0x1p-29) {
                return absx < 0x1p-54 ? x : x - x * x * 0.5;
            }
            if (x > -2.928932188134524755992e-01) {
                k = 0;
                f = x;
                iu = 1;
            }
        }
        double c = 0;
        if (k != 0) {
            double u;
            if (absx < 0x1p53) {
                u = 1.0 + x;
                iu = Double.doubleToRawLongBits(u);
                k = (int) ((iu >>> 52) - 1023);
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                iu = Double.doubleToRawLongBits(u);
                k = (int) ((iu >>> 52) - 1023);
                c = 0;
            }
            iu &= 0x000fffffffffffffL;
            if (iu < 0x0006a09e667f3bcdL) {
                u = Double.longBitsToDouble(iu | 0x3ff0000000000000L);
            } else {
                k++;
                u = Double.longBitsToDouble(iu | 0x3fe0000000000000L);
                iu = (0x0010000000000000L - iu) >>> 2;
            }
            f = u - 1.0;
        }
        double hfsq = 0.5 * f * f;
        if (iu == 0) {
            if (f == 0) {
                if (k == 0) {
                    return 0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z
                * (6.666666666666735130e-01
                        + z
                                * (3.999999999940941908e-01
                                        + z
                                                * (2.857142874366239149e-01
                                                        + z
                                                                * (2.222219843214978396e-01
                                                                        + z
                                                                                * (1.818357216161805012e-01
                                                                                        + z
                                                                                                * (1.531383769920937332e-01
                                                                                                        + z
                                                                                                                * 1.479819860511658591e-01))))));
        if (k == 0) {
            return f - (hfsq - s * (hfsq + r));
        }
        return k * LN2_HI - ((hfsq - (s * (hfsq + r) + (k * LN2_LO + c))) - f);
    }

    static double expm1(double x) {
        if (x == Double.POSITIVE_INFINITY || Double.isNaN(x)) {
            return x;
        }
        if (x == Double.NEGATIVE_INFINITY) {
            return -1;
        }
        boolean sign = x < 0;
        double absx = Math.abs(x);
        if (absx >= 3.88162421113569373274e+01) {
            if (sign) {
                return -1;
            }
            if (absx >= 7.09782712893383973096e+02) {
                return Double.POSITIVE_INFINITY;
            }
        }
        double c = 0;
        int k;
        if (absx > 3.46573590279972654709e-01) {
            double hi;
            double lo;
            if (absx < 1.03972077083991796413e+00) {
                k = sign ? -1 : 1;
                hi = sign ? x + LN2_HI : x - LN2_HI;
                lo = sign ? -LN2_LO : LN2_LO;
            } else {
                k = (int) (sign ? 1.44269504088896338700e+00 * x - 0.5 : 1.44269504088896338700e+00 * x + 0.5);
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (absx < 0x1p-54) {
            return x;
        } else {
            k = 0;
        }
        double hfx = 0.5 * x;
        double hxs = x * hfx;
        double r1 = 1
                + hxs
                        * (-3.33333333333331316428e-02
                                + hxs
                                        * (1.58730158725481460165e-03
                                                + hxs
                                                        * (-7.93650757867487942473e-05
                                                                + hxs
                                                                        * (4.00821782732936239552e-06
                                                                                + hxs * -2.01099218183624371326e-07))));
        double t = 3 - r1 * hfx;
        double e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - hxs);
        }
        e = x * (e - c) - c;
        e -= hxs;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2 * (e - (x + 0.5)) : 1 + 2 * (x - e);
        }
        if (k <= -2 || k > 56) {
            double y = 1 - (e - x);
            return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52)) - 1;
        }
        if (k < 20) {
            double tk = Double.longBitsToDouble(0x3ff0000000000000L - (0x20000000000000L >>> k));
            double y = tk - (e - x);
            return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
        }
        double tk = Double.longBitsToDouble((long) (0x3ff - k) << 52);
        double y = x - (e + tk);
        y++;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(y) + ((long) k << 52));
    }
}

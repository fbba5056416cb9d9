package dev.chanscope.lang.interp.std;

/** Go 1.19's Gamma (Cephes) and Lgamma (fdlibm) bit for bit, in Go's order of evaluation. */
final class GoGamma {

    private GoGamma() {}

    private static final double[] GAM_P = {
        1.60119522476751861407e-04, 1.19135147006586384913e-03, 1.04213797561761569935e-02,
        4.76367800457137231464e-02, 2.07448227648435975150e-01, 4.94214826801497100753e-01,
        9.99999999999999996796e-01,
    };
    private static final double[] GAM_Q = {
        -2.31581873324120129819e-05,
        5.39605580493303397842e-04,
        -4.45641913851797240494e-03,
        1.18139785222060435552e-02,
        3.58236398605498653373e-02,
        -2.34591795718243348568e-01,
        7.14304917030273074085e-02,
        1.00000000000000000320e+00,
    };
    private static final double[] GAM_S = {
        7.87311395793093628397e-04,
        -2.29549961613378126380e-04,
        -2.68132617805781232825e-03,
        3.47222221605458667310e-03,
        8.33333333333482257126e-02,
    };

    /** p[0]·x^n + … as ((p0·x + p1)·x + …) + pn, Cephes' order. */
    private static double ascending(double[] p, double x) {
        double r = p[0];
        for (int i = 1; i < p.length; i++) {
            r = r * x + p[i];
        }
        return r;
    }

    /** Stirling's formula as two factors whose product is Γ(x), for 33 < x. */
    private static double[] stirling(double x) {
        if (x > 200) {
            return new double[] {Double.POSITIVE_INFINITY, 1};
        }
        double w = 1 / x;
        w = 1 + w * ascending(GAM_S, w);
        double y1 = GoMath.exp(x);
        double y2 = 1.0;
        if (x > 143.01608) {
            double v = GoMath.pow(x, 0.5 * x - 0.25);
            y2 = v / y1;
            y1 = v;
        } else {
            y1 = GoMath.pow(x, x - 0.5) / y1;
        }
        return new double[] {y1, 2.506628274631000502417 * w * y2};
    }

    static boolean isNegInt(double x) {
        return x < 0 && GoMath.modf(x)[1] == 0;
    }

    static double gamma(double x) {
        if (isNegInt(x) || x == Double.NEGATIVE_INFINITY || Double.isNaN(x)) {
            return GoMath.NAN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return x;
        }
        if (x == 0) {
            return Double.doubleToRawLongBits(x) < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double q = Math.abs(x);
        double p = Math.floor(q);
        if (q > 33) {
            if (x >= 0) {
                double[] s = stirling(x);
                return s[0] * s[1];
            }
            int signgam = (((long) p) & 1) == 0 ? -1 : 1;
            double z = q - p;
            if (z > 0.5) {
                p = p + 1;
                z = q - p;
            }
            z = q * GoTrig.sin(Math.PI * z);
            if (z == 0) {
                return signgam > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
            double[] s = stirling(q);
            double absz = Math.abs(z);
            double d = absz * s[0] * s[1];
            z = Double.isInfinite(d) ? Math.PI / absz / s[0] / s[1] : Math.PI / d;
            return signgam * z;
        }
        double z = 1.0;
        while (x >= 3) {
            x = x - 1;
            z = z * x;
        }
        while (x < 0) {
            if (x > -1e-09) {
                return small(x, z);
            }
            z = z / x;
            x = x + 1;
        }
        while (x < 2) {
            if (x < 1e-09) {
                return small(x, z);
            }
            z = z / x;
            x = x + 1;
        }
        if (x == 2) {
            return z;
        }
        x = x - 2;
        return z * ascending(GAM_P, x) / ascending(GAM_Q, x);
    }

    private static double small(double x, double z) {
        if (x == 0) {
            return Double.POSITIVE_INFINITY;
        }
        return z / ((1 + 0.57721566490153286060651209008240243104215933593992 * x) * x);
    }

    /** sin(πx) for x ≥ 0 with exact argument reduction, negated, as Go's lgamma helper. */
    private static double sinPi(double x) {
        if (x < 0.25) {
            return -GoTrig.sin(Math.PI * x);
        }
        double z = Math.floor(x);
        int n;
        if (z != x) {
            x = MathLib.mod(x, 2);
            n = (int) (x * 4);
        } else if (x >= 0x1p53) {
            x = 0;
            n = 0;
        } else {
            if (x < 0x1p52) {
                z = x + 0x1p52;
            }
            n = (int) (1 & Double.doubleToRawLongBits(z));
            x = n;
            n <<= 2;
        }
        x = switch (n) {
            case 0 -> GoTrig.sin(Math.PI * x);
            case 1, 2 -> GoTrig.cos(Math.PI * (0.5 - x));
            case 3, 4 -> GoTrig.sin(Math.PI * (1 - x));
            case 5, 6 -> -GoTrig.cos(Math.PI * (x - 1.5));
            default -> GoTrig.sin(Math.PI * (x - 2));
        };
        return -x;
    }

    /** Lgamma's value in [0] and the sign of Γ(x) in [1]. */
    static double[] lgamma(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return new double[] {x, 1};
        }
        if (x == 0) {
            return new double[] {Double.POSITIVE_INFINITY, 1};
        }
        int sign = 1;
        boolean neg = x < 0;
        x = Math.abs(x);
        if (x < 0x1p-70) {
            return new double[] {-GoMath.log(x), neg ? -1 : 1};
        }
        double nadj = 0;
        if (neg) {
            if (x >= 0x1p52) {
                return new double[] {Double.POSITIVE_INFINITY, 1};
            }
            double t = sinPi(x);
            if (t == 0) {
                return new double[] {Double.POSITIVE_INFINITY, 1};
            }
            nadj = GoMath.log(Math.PI / Math.abs(t * x));
            if (t < 0) {
                sign = -1;
            }
        }
        double lgamma = LgammaSeries.positive(x);
        if (neg) {
            lgamma = nadj - lgamma;
        }
        return new double[] {lgamma, sign};
    }
}

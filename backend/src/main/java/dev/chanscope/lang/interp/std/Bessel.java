package dev.chanscope.lang.interp.std;

import static dev.chanscope.lang.interp.std.GoErf.horner;

/** Go 1.19's Bessel functions J0, J1, Jn, Y0, Y1, Yn bit for bit: fdlibm's, in Go's order. */
final class Bessel {

    private Bessel() {}

    private static final double INV_SQRT_PI = 0x1.20dd750429b6dp-1;
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    private static final double HALF_MAX = 0x1.fffffffffffffp1022;
    private static final double TWO_129 = 0x1p129;
    private static final double TWO_302 = 0x1p302;

    private static int band(double x) {
        return x >= 8 ? 0 : x >= 4.5454 ? 1 : x >= 2.8571 ? 2 : 3;
    }

    /** 1 + R(z)/S(z), or (c + R/S)/x for the Q factors, with z = 1/x². */
    private static double ratio(double[][] r, double[][] s, double x) {
        int b = band(x);
        double z = 1 / (x * x);
        return horner(r[b], z) / (1 + z * horner(s[b], z));
    }

    private static double pzero(double x) {
        return 1 + ratio(BesselTables.P0R, BesselTables.P0S, x);
    }

    private static double qzero(double x) {
        return (-0.125 + ratio(BesselTables.Q0R, BesselTables.Q0S, x)) / x;
    }

    private static double pone(double x) {
        return 1 + ratio(BesselTables.P1R, BesselTables.P1S, x);
    }

    private static double qone(double x) {
        return (0.375 + ratio(BesselTables.Q1R, BesselTables.Q1S, x)) / x;
    }

    /**
     * The large-x form shared by the four functions: ss and cc from sin and cos of x (order 0 uses
     * s−c and s+c, order 1 −s−c and s−c), refined through cos 2x, then combined with P and Q.
     */
    private static double asymptotic(double x, boolean order1, boolean second) {
        double[] sc = GoTrig.sincos(x);
        double s = sc[0];
        double c = sc[1];
        double ss = order1 ? -s - c : s - c;
        double cc = order1 ? s - c : s + c;
        if (x < HALF_MAX) {
            double z = order1 ? GoTrig.cos(x + x) : -GoTrig.cos(x + x);
            if (order1 ? s * c > 0 : s * c < 0) {
                cc = z / ss;
            } else {
                ss = z / cc;
            }
        }
        if (x > TWO_129) {
            return INV_SQRT_PI * (second ? ss : cc) / Math.sqrt(x);
        }
        double u = order1 ? pone(x) : pzero(x);
        double v = order1 ? qone(x) : qzero(x);
        double w = second ? u * ss + v * cc : u * cc - v * ss;
        return INV_SQRT_PI * w / Math.sqrt(x);
    }

    static double j0(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        if (x == 0) {
            return 1;
        }
        x = Math.abs(x);
        if (x >= 2) {
            return asymptotic(x, false, false);
        }
        if (x < 0x1p-13) {
            return x < 0x1p-27 ? 1 : 1 - 0.25 * x * x;
        }
        double z = x * x;
        double r = z
                * (1.56249999999999947958e-02
                        + z
                                * (-1.89979294238854721751e-04
                                        + z * (1.82954049532700665670e-06 + z * -4.61832688532103189199e-09)));
        double s = 1
                + z
                        * (1.56191029464890010492e-02
                                + z
                                        * (1.16926784663337450260e-04
                                                + z * (5.13546550207318111446e-07 + z * 1.16614003333790000205e-09)));
        if (x < 1) {
            return 1 + z * (-0.25 + (r / s));
        }
        double u = 0.5 * x;
        return (1 + u) * (1 - u) + z * (r / s);
    }

    static double y0(double x) {
        if (x < 0 || Double.isNaN(x)) {
            return GoMath.NAN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x >= 2) {
            return asymptotic(x, false, true);
        }
        if (x <= 0x1p-27) {
            return -7.38042951086872317523e-02 + TWO_OVER_PI * GoMath.log(x);
        }
        double z = x * x;
        double u = -7.38042951086872317523e-02
                + z
                        * (1.76666452509181115538e-01
                                + z
                                        * (-1.38185671945596898896e-02
                                                + z
                                                        * (3.47453432093683650238e-04
                                                                + z
                                                                        * (-3.81407053724364161125e-06
                                                                                + z
                                                                                        * (1.95590137035022920206e-08
                                                                                                + z
                                                                                                        * -3.98205194132103398453e-11)))));
        double v = 1
                + z
                        * (1.27304834834123699328e-02
                                + z
                                        * (7.60068627350353253702e-05
                                                + z * (2.59150851840457805467e-07 + z * 4.41110311332675467403e-10)));
        return u / v + TWO_OVER_PI * j0(x) * GoMath.log(x);
    }

    static double j1(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x) || x == 0) {
            return 0;
        }
        boolean sign = x < 0;
        if (sign) {
            x = -x;
        }
        double z;
        if (x >= 2) {
            z = asymptotic(x, true, false);
        } else if (x < 0x1p-27) {
            return 0.5 * x;
        } else {
            z = x * x;
            double r = z
                    * (-6.25000000000000000000e-02
                            + z
                                    * (1.40705666955189706048e-03
                                            + z * (-1.59955631084035597520e-05 + z * 4.96727999609584448412e-08)));
            double s = 1.0
                    + z
                            * (1.91537599538363460805e-02
                                    + z
                                            * (1.85946785588630915560e-04
                                                    + z
                                                            * (1.17718464042623683263e-06
                                                                    + z
                                                                            * (5.04636257076217042715e-09
                                                                                    + z
                                                                                            * 1.23542274426137913908e-11))));
            r *= x;
            z = 0.5 * x + r / s;
        }
        return sign ? -z : z;
    }

    static double y1(double x) {
        if (x < 0 || Double.isNaN(x)) {
            return GoMath.NAN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (x >= 2) {
            return asymptotic(x, true, true);
        }
        if (x <= 0x1p-54) {
            return -TWO_OVER_PI / x;
        }
        double z = x * x;
        double u = -1.96057090646238940668e-01
                + z
                        * (5.04438716639811282616e-02
                                + z
                                        * (-1.91256895875763547298e-03
                                                + z * (2.35252600561610495928e-05 + z * -9.19099158039878874504e-08)));
        double v = 1
                + z
                        * (1.99167318236649903973e-02
                                + z
                                        * (2.02552581025135171496e-04
                                                + z
                                                        * (1.35608801097516229404e-06
                                                                + z
                                                                        * (6.22741452364621501295e-09
                                                                                + z * 1.66559246207992079114e-11))));
        return x * (u / v) + TWO_OVER_PI * (j1(x) * GoMath.log(x) - 1 / x);
    }

    /** √(2/πx)·cos(x − nπ/2 − π/4) for huge x: the signs of sin and cos by n mod 4. */
    private static double hugeX(long n, double x, boolean second) {
        double[] sc = GoTrig.sincos(x);
        double s = sc[0];
        double c = sc[1];
        double temp = switch ((int) (n & 3)) {
            case 0 -> second ? s - c : c + s;
            case 1 -> second ? -s - c : -c + s;
            case 2 -> second ? -s + c : -c - s;
            default -> second ? s + c : c - s;
        };
        return INV_SQRT_PI * temp / Math.sqrt(x);
    }

    static double jn(long n, double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return 0;
        }
        if (n == 0) {
            return j0(x);
        }
        if (x == 0) {
            return 0;
        }
        if (n < 0) {
            n = -n;
            x = -x;
        }
        if (n == 1) {
            return j1(x);
        }
        boolean sign = false;
        if (x < 0) {
            x = -x;
            sign = (n & 1) == 1;
        }
        double b;
        if ((double) n <= x) {
            if (x >= TWO_302) {
                b = hugeX(n, x, false);
            } else {
                b = j1(x);
                double a = j0(x);
                for (long i = 1; i < n; i++) {
                    double next = b * ((double) (i + i) / x) - a;
                    a = b;
                    b = next;
                }
            }
        } else {
            b = BesselRecurrence.jnBelowOrder(n, x);
        }
        return sign ? -b : b;
    }

    static double yn(long n, double x) {
        if (x < 0 || Double.isNaN(x)) {
            return GoMath.NAN;
        }
        if (x == Double.POSITIVE_INFINITY) {
            return 0;
        }
        if (n == 0) {
            return y0(x);
        }
        if (x == 0) {
            return n < 0 && (n & 1) == 1 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        boolean sign = false;
        if (n < 0) {
            n = -n;
            sign = (n & 1) == 1;
        }
        if (n == 1) {
            return sign ? -y1(x) : y1(x);
        }
        double b;
        if (x >= TWO_302) {
            b = hugeX(n, x, true);
        } else {
            double a = y0(x);
            b = y1(x);
            for (long i = 1; i < n && b != Double.NEGATIVE_INFINITY; i++) {
                double next = ((double) (i + i) / x) * b - a;
                a = b;
                b = next;
            }
        }
        return sign ? -b : b;
    }
}

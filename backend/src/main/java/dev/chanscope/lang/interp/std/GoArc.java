package dev.chanscope.lang.interp.std;

/** Go 1.19's inverse circular and hyperbolic functions, bit for bit (Cephes and fdlibm, Go's order). */
final class GoArc {

    private GoArc() {}

    private static final double MORE_BITS = 6.123233995736765886130e-17;
    private static final double HALF_MORE_BITS = 0x1.1a62633145c07p-55;
    private static final double TAN_3PI_8 = 2.41421356237309504880;

    private static double xatan(double x) {
        double z = x * x;
        z = z
                * ((((-8.750608600031904122785e-01 * z + -1.615753718733365076637e+01) * z
                                                        + -7.500855792314704667340e+01)
                                                * z
                                        + -1.228866684490136173410e+02)
                                * z
                        + -6.485021904942025371773e+01)
                / (((((z + 2.485846490142306297962e+01) * z + 1.650270098316988542046e+02) * z
                                                        + 4.328810604912902668951e+02)
                                                * z
                                        + 4.853903996359136964868e+02)
                                * z
                        + 1.945506571482613964425e+02);
        return x * z + x;
    }

    /** Atan of a non-negative x, reduced to [0, 0.66]. */
    private static double satan(double x) {
        if (x <= 0.66) {
            return xatan(x);
        }
        if (x > TAN_3PI_8) {
            return GoTrig.PI_2 - xatan(1 / x) + MORE_BITS;
        }
        return GoTrig.PI_4 + xatan((x - 1) / (x + 1)) + HALF_MORE_BITS;
    }

    static double atan(double x) {
        if (x == 0) {
            return x;
        }
        return x > 0 ? satan(x) : -satan(-x);
    }

    static double asin(double x) {
        if (x == 0) {
            return x;
        }
        boolean sign = x < 0;
        if (sign) {
            x = -x;
        }
        if (x > 1) {
            return GoMath.NAN;
        }
        double temp = Math.sqrt(1 - x * x);
        temp = x > 0.7 ? GoTrig.PI_2 - satan(temp / x) : satan(x / temp);
        return sign ? -temp : temp;
    }

    static double acos(double x) {
        return GoTrig.PI_2 - asin(x);
    }

    static double atan2(double y, double x) {
        if (Double.isNaN(y) || Double.isNaN(x)) {
            return GoMath.NAN;
        }
        if (y == 0) {
            return x >= 0 && Double.doubleToRawLongBits(x) >= 0 ? Math.copySign(0.0, y) : Math.copySign(Math.PI, y);
        }
        if (x == 0) {
            return Math.copySign(GoTrig.PI_2, y);
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return Double.isInfinite(y) ? Math.copySign(GoTrig.PI_4, y) : Math.copySign(0.0, y);
            }
            return Double.isInfinite(y) ? Math.copySign(0x1.2d97c7f3321d2p1, y) : Math.copySign(Math.PI, y);
        }
        if (Double.isInfinite(y)) {
            return Math.copySign(GoTrig.PI_2, y);
        }
        double q = atan(y / x);
        if (x < 0) {
            return q <= 0 ? q + Math.PI : q - Math.PI;
        }
        return q;
    }

    static double sinh(double x) {
        boolean sign = x < 0;
        if (sign) {
            x = -x;
        }
        double temp;
        if (x > 21) {
            temp = GoMath.exp(x) * 0.5;
        } else if (x > 0.5) {
            double ex = GoMath.exp(x);
            temp = (ex - 1 / ex) * 0.5;
        } else {
            double sq = x * x;
            temp = (((-0.2630563213397497062819489e+2 * sq + -0.2894211355989563807284660366e+4) * sq
                                            + -0.8991272022039509355398013511e+5)
                                    * sq
                            + -0.6307673640497716991184787251e+6)
                    * x;
            temp = temp
                    / (((sq + -0.173678953558233699533450911e+3) * sq + 0.1521517378790019070696485176e+5) * sq
                            + -0.6307673640497716991212077277e+6);
        }
        return sign ? -temp : temp;
    }

    static double cosh(double x) {
        x = Math.abs(x);
        if (x > 21) {
            return GoMath.exp(x) * 0.5;
        }
        double ex = GoMath.exp(x);
        return (ex + 1 / ex) * 0.5;
    }

    static double tanh(double x) {
        double z = Math.abs(x);
        if (z > 0.5 * 8.8029691931113054295988e+01) {
            return x < 0 ? -1 : 1;
        }
        if (z >= 0.625) {
            double s = GoMath.exp(2 * z);
            z = 1 - 2 / (s + 1);
            return x < 0 ? -z : z;
        }
        if (x == 0) {
            return x;
        }
        double s = x * x;
        return x
                + x
                        * s
                        * ((-9.64399179425052238628e-1 * s + -9.92877231001918586564e1) * s + -1.61468768441708447952e3)
                        / (((s + 1.12811678491632931402e2) * s + 2.23548839060100448583e3) * s
                                + 4.84406305325125486048e3);
    }

    static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        boolean sign = x < 0;
        if (sign) {
            x = -x;
        }
        double temp;
        if (x > 0x1p28) {
            temp = GoMath.log(x) + 6.93147180559945286227e-01;
        } else if (x > 2) {
            temp = GoMath.log(2 * x + 1 / (Math.sqrt(x * x + 1) + x));
        } else if (x < 0x1p-28) {
            temp = x;
        } else {
            temp = GoMath1p.log1p(x + x * x / (1 + Math.sqrt(1 + x * x)));
        }
        return sign ? -temp : temp;
    }

    static double acosh(double x) {
        if (x < 1 || Double.isNaN(x)) {
            return GoMath.NAN;
        }
        if (x == 1) {
            return 0;
        }
        if (x >= 0x1p28) {
            return GoMath.log(x) + 0x1.62e42fefa39efp-1;
        }
        if (x > 2) {
            return GoMath.log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
        }
        double t = x - 1;
        return GoMath1p.log1p(t + Math.sqrt(2 * t + t * t));
    }

    static double atanh(double x) {
        if (x < -1 || x > 1 || Double.isNaN(x)) {
            return GoMath.NAN;
        }
        if (x == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == -1) {
            return Double.NEGATIVE_INFINITY;
        }
        boolean sign = x < 0;
        if (sign) {
            x = -x;
        }
        double temp;
        if (x < 0x1p-28) {
            temp = x;
        } else if (x < 0.5) {
            temp = x + x;
            temp = 0.5 * GoMath1p.log1p(temp + temp * x / (1 - x));
        } else {
            temp = 0.5 * GoMath1p.log1p((x + x) / (1 - x));
        }
        return sign ? -temp : temp;
    }
}

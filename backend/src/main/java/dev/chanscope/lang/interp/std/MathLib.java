package dev.chanscope.lang.interp.std;

/**
 * math, bit for bit with Go 1.19 on amd64: exact operations map onto Java's, every other function
 * onto GoMath, GoTrig, GoArc and their siblings, which evaluate Go's own algorithms in its order.
 */
final class MathLib {

    private MathLib() {}

    private interface D1 {
        double f(double x);
    }

    private interface D2 {
        double f(double x, double y);
    }

    private static double d(Object o) {
        return (Double) o;
    }

    private static void one(Natives.Registry r, String name, D1 f) {
        r.fn("math." + name, (g, a) -> f.f(d(a[0])));
    }

    private static void two(Natives.Registry r, String name, D2 f) {
        r.fn("math." + name, (g, a) -> f.f(d(a[0]), d(a[1])));
    }

    static void register(Natives.Registry r) {
        one(r, "Abs", Math::abs);
        one(r, "Sqrt", Math::sqrt);
        one(r, "Cbrt", GoMath::cbrt);
        one(r, "Floor", Math::floor);
        one(r, "Ceil", Math::ceil);
        one(r, "Trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        one(r, "Round", MathLib::round);
        one(r, "RoundToEven", Math::rint);
        one(r, "Exp", GoMath::exp);
        one(r, "Exp2", GoMath::exp2);
        one(r, "Expm1", GoMath1p::expm1);
        one(r, "Log", GoMath::log);
        one(r, "Log10", GoMath::log10);
        one(r, "Log2", GoMath::log2);
        one(r, "Log1p", GoMath1p::log1p);
        one(r, "Sin", GoTrig::sin);
        one(r, "Cos", GoTrig::cos);
        one(r, "Tan", GoTrig::tan);
        one(r, "Asin", GoArc::asin);
        one(r, "Acos", GoArc::acos);
        one(r, "Atan", GoArc::atan);
        one(r, "Sinh", GoArc::sinh);
        one(r, "Cosh", GoArc::cosh);
        one(r, "Tanh", GoArc::tanh);
        one(r, "Asinh", GoArc::asinh);
        one(r, "Acosh", GoArc::acosh);
        one(r, "Atanh", GoArc::atanh);
        one(r, "Erf", GoErf::erf);
        one(r, "Erfc", GoErf::erfc);
        one(r, "Erfinv", GoErf::erfinv);
        one(r, "Erfcinv", GoErf::erfcinv);
        one(r, "Gamma", GoGamma::gamma);
        one(r, "J0", Bessel::j0);
        one(r, "J1", Bessel::j1);
        one(r, "Y0", Bessel::y0);
        one(r, "Y1", Bessel::y1);
        one(r, "Logb", MathLib::logb);
        two(r, "Atan2", GoArc::atan2);
        two(r, "Pow", GoMath::pow);
        two(r, "Hypot", GoMath::hypot);
        two(r, "Nextafter", MathLib::nextafter);
        two(r, "Mod", MathLib::mod);
        two(r, "Remainder", MathLib::remainder);
        two(r, "Max", MathLib::max);
        two(r, "Min", MathLib::min);
        two(r, "Dim", (x, y) -> {
            double v = x - y;
            return v <= 0 && !Double.isNaN(v) ? 0 : v;
        });
        two(r, "Copysign", Math::copySign);
        r.fn("math.Inf", (g, a) -> Args.i(a[0]) >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        r.fn("math.NaN", (g, a) -> GoMath.NAN);
        r.fn("math.IsNaN", (g, a) -> Double.isNaN(d(a[0])));
        r.fn("math.IsInf", (g, a) -> {
            double x = d(a[0]);
            long sign = Args.i(a[1]);
            return sign >= 0 && x == Double.POSITIVE_INFINITY || sign <= 0 && x == Double.NEGATIVE_INFINITY;
        });
        r.fn("math.Signbit", (g, a) -> Double.doubleToRawLongBits(d(a[0])) < 0);
        r.fn("math.Modf", (g, a) -> {
            double[] m = GoMath.modf(d(a[0]));
            return Args.tuple(m[0], m[1]);
        });
        r.fn("math.Frexp", (g, a) -> {
            int[] e = new int[1];
            double f = GoMath.frexp(d(a[0]), e);
            return Args.tuple(f, (long) e[0]);
        });
        r.fn("math.Ldexp", (g, a) -> GoMath.ldexp(d(a[0]), Args.i(a[1])));
        r.fn("math.Ilogb", (g, a) -> ilogb(d(a[0])));
        r.fn("math.FMA", (g, a) -> Math.fma(d(a[0]), d(a[1]), d(a[2])));
        r.fn("math.Sincos", (g, a) -> {
            double[] sc = GoTrig.sincos(d(a[0]));
            return Args.tuple(sc[0], sc[1]);
        });
        r.fn("math.Lgamma", (g, a) -> {
            double[] l = GoGamma.lgamma(d(a[0]));
            return Args.tuple(l[0], (long) l[1]);
        });
        r.fn("math.Jn", (g, a) -> Bessel.jn(Args.i(a[0]), d(a[1])));
        r.fn("math.Yn", (g, a) -> Bessel.yn(Args.i(a[0]), d(a[1])));
        r.fn("math.Nextafter32", (g, a) -> (double) nextafter32((float) d(a[0]), (float) d(a[1])));
        r.fn("math.Pow10", (g, a) -> pow10(Args.i(a[0])));
        r.fn("math.Float64bits", (g, a) -> Double.doubleToRawLongBits(d(a[0])));
        r.fn("math.Float64frombits", (g, a) -> Double.longBitsToDouble(Args.i(a[0])));
        r.fn("math.Float32bits", (g, a) -> (long) Float.floatToRawIntBits((float) d(a[0])) & 0xFFFF_FFFFL);
        r.fn("math.Float32frombits", (g, a) -> (double) Float.intBitsToFloat((int) Args.i(a[0])));
    }

    /** Half away from zero, as Go's Round. */
    static double round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double t = x < 0 ? Math.ceil(x) : Math.floor(x);
        if (Math.abs(x - t) >= 0.5) {
            t += Math.copySign(1, x);
        }
        return t == 0 ? Math.copySign(0, x) : t;
    }

    /** Go's Pow10: the product (or quotient) of two correctly rounded table powers, not 1e<n> itself. */
    static double pow10(long n) {
        if (0 <= n && n <= 308) {
            return Double.parseDouble("1e" + (n / 32 * 32)) * Double.parseDouble("1e" + n % 32);
        }
        if (-323 <= n && n <= 0) {
            return Double.parseDouble("1e-" + (-n / 32 * 32)) / Double.parseDouble("1e" + -n % 32);
        }
        return n > 0 ? Double.POSITIVE_INFINITY : 0;
    }

    static long ilogb(double x) {
        if (x == 0) {
            return Integer.MIN_VALUE;
        }
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return Integer.MAX_VALUE;
        }
        return unbiasedExponent(x);
    }

    static double logb(double x) {
        if (x == 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Double.isInfinite(x)) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.isNaN(x) ? x : unbiasedExponent(x);
    }

    private static int unbiasedExponent(double x) {
        boolean sub = Math.abs(x) < Double.MIN_NORMAL;
        long bits = Double.doubleToRawLongBits(sub ? x * 0x1p52 : x);
        return (int) ((bits >>> 52) & 0x7FF) - 1023 - (sub ? 52 : 0);
    }

    static double nextafter(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return GoMath.NAN;
        }
        if (x == y) {
            return x;
        }
        if (x == 0) {
            return Math.copySign(Double.MIN_VALUE, y);
        }
        long b = Double.doubleToRawLongBits(x);
        return Double.longBitsToDouble((y > x) == (x > 0) ? b + 1 : b - 1);
    }

    static float nextafter32(float x, float y) {
        if (Float.isNaN(x) || Float.isNaN(y)) {
            return (float) GoMath.NAN;
        }
        if (x == y) {
            return x;
        }
        if (x == 0) {
            return Math.copySign(Float.MIN_VALUE, y);
        }
        int b = Float.floatToRawIntBits(x);
        return Float.intBitsToFloat((y > x) == (x > 0) ? b + 1 : b - 1);
    }

    /** Go's Remainder: IEEE 754's, with Go's NaN for the invalid cases. */
    static double remainder(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y) || Double.isInfinite(x) || y == 0) {
            return GoMath.NAN;
        }
        return Math.IEEEremainder(x, y);
    }

    /** Go's Mod: the result has the sign of x (Java's % on doubles is the same truncated remainder). */
    static double mod(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || Double.isNaN(x) || Double.isNaN(y)) {
            return GoMath.NAN;
        }
        return x % y;
    }

    static double max(double x, double y) {
        if (Double.isInfinite(x) && x > 0 || Double.isInfinite(y) && y > 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return GoMath.NAN;
        }
        if (x == 0 && x == y) {
            return Double.doubleToRawLongBits(x) < 0 ? y : x;
        }
        return x > y ? x : y;
    }

    static double min(double x, double y) {
        if (Double.isInfinite(x) && x < 0 || Double.isInfinite(y) && y < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return GoMath.NAN;
        }
        if (x == 0 && x == y) {
            return Double.doubleToRawLongBits(x) < 0 ? x : y;
        }
        return x < y ? x : y;
    }
}

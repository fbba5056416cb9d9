package dev.chanscope.lang.interp.std;

/**
 * math. Exact operations (Sqrt, Floor, Abs, …) match Go bit for bit; the transcendental functions
 * use fdlibm (StrictMath), like Go's own ports of the same algorithms, and agree in the cases the
 * tests cover.
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
        one(r, "Cbrt", StrictMath::cbrt);
        one(r, "Floor", Math::floor);
        one(r, "Ceil", Math::ceil);
        one(r, "Trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        one(r, "Round", MathLib::round);
        one(r, "RoundToEven", Math::rint);
        one(r, "Exp", StrictMath::exp);
        one(r, "Exp2", x -> StrictMath.pow(2, x));
        one(r, "Log", StrictMath::log);
        one(r, "Log10", StrictMath::log10);
        one(r, "Log2", MathLib::log2);
        one(r, "Log1p", StrictMath::log1p);
        one(r, "Sin", StrictMath::sin);
        one(r, "Cos", StrictMath::cos);
        one(r, "Tan", StrictMath::tan);
        one(r, "Asin", StrictMath::asin);
        one(r, "Acos", StrictMath::acos);
        one(r, "Atan", StrictMath::atan);
        one(r, "Sinh", StrictMath::sinh);
        one(r, "Cosh", StrictMath::cosh);
        one(r, "Tanh", StrictMath::tanh);
        two(r, "Atan2", StrictMath::atan2);
        two(r, "Pow", MathLib::pow);
        two(r, "Hypot", StrictMath::hypot);
        two(r, "Mod", MathLib::mod);
        two(r, "Remainder", Math::IEEEremainder);
        two(r, "Max", MathLib::max);
        two(r, "Min", MathLib::min);
        two(r, "Dim", (x, y) -> {
            double v = x - y;
            return v <= 0 && !Double.isNaN(v) ? 0 : v;
        });
        two(r, "Copysign", Math::copySign);
        r.fn("math.Inf", (g, a) -> Args.i(a[0]) >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY);
        r.fn("math.NaN", (g, a) -> Double.NaN);
        r.fn("math.IsNaN", (g, a) -> Double.isNaN(d(a[0])));
        r.fn("math.IsInf", (g, a) -> {
            double x = d(a[0]);
            long sign = Args.i(a[1]);
            return sign >= 0 && x == Double.POSITIVE_INFINITY || sign <= 0 && x == Double.NEGATIVE_INFINITY;
        });
        r.fn("math.Signbit", (g, a) -> Double.doubleToRawLongBits(d(a[0])) < 0);
        r.fn("math.Modf", (g, a) -> {
            double x = d(a[0]);
            double i = x < 0 ? Math.ceil(x) : Math.floor(x);
            double f = Double.isInfinite(x) ? Double.NaN : x - i;
            return Args.tuple(i, Math.copySign(f, x));
        });
        r.fn("math.Pow10", (g, a) -> {
            long n = Args.i(a[0]);
            return n < -323 ? 0.0 : n > 308 ? Double.POSITIVE_INFINITY : Double.parseDouble("1e" + n);
        });
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

    static double log2(double x) {
        int e = Math.getExponent(x);
        double frac = x / Math.scalb(1.0, e);
        if (x > 0 && frac == 1.0 && e >= Double.MIN_EXPONENT) {
            return e;
        }
        return StrictMath.log(x) * (1 / StrictMath.log(2));
    }

    /** Go's Mod: the result has the sign of x (Java's % on doubles is the same truncated remainder). */
    static double mod(double x, double y) {
        if (y == 0 || Double.isInfinite(x) || Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        return x % y;
    }

    static double pow(double x, double y) {
        if (x == 1 || y == 0) {
            return 1;
        }
        return StrictMath.pow(x, y);
    }

    static double max(double x, double y) {
        if (Double.isInfinite(x) && x > 0 || Double.isInfinite(y) && y > 0) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
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
            return Double.NaN;
        }
        if (x == 0 && x == y) {
            return Double.doubleToRawLongBits(x) < 0 ? x : y;
        }
        return x < y ? x : y;
    }
}

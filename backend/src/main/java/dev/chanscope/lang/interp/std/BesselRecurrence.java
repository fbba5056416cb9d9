package dev.chanscope.lang.interp.std;

/**
 * Jn(n, x) for 0 < x < n, as Go 1.19 computes it: the power series for tiny x, otherwise a
 * continued fraction for J(n)/J(n−1) and a backward recurrence normalised by J0.
 */
final class BesselRecurrence {

    private BesselRecurrence() {}

    static double jnBelowOrder(long n, double x) {
        if (x < 0x1p-29) {
            if (n > 33) {
                return 0;
            }
            double temp = x * 0.5;
            double b = temp;
            double a = 1.0;
            for (long i = 2; i <= n; i++) {
                a *= (double) i;
                b *= temp;
            }
            return b / a;
        }
        double w = (double) (n + n) / x;
        double h = 2 / x;
        double q0 = w;
        double z = w + h;
        double q1 = w * z - 1;
        long k = 1;
        while (q1 < 1e9) {
            k++;
            z += h;
            double next = z * q1 - q0;
            q0 = q1;
            q1 = next;
        }
        long m = n + n;
        double t = 0.0;
        for (long i = 2 * (n + k); i >= m; i -= 2) {
            t = 1 / ((double) i / x - t);
        }
        double a = t;
        double b = 1;
        double tmp = (double) n;
        double v = 2 / x;
        tmp = tmp * GoMath.log(Math.abs(v * tmp));
        boolean rescale = !(tmp < 7.09782712893383973096e+02);
        for (long i = n - 1; i > 0; i--) {
            double di = (double) (i + i);
            double next = b * di / x - a;
            a = b;
            b = next;
            if (rescale && b > 1e100) {
                a /= b;
                t /= b;
                b = 1;
            }
        }
        return t * Bessel.j0(x) / b;
    }
}

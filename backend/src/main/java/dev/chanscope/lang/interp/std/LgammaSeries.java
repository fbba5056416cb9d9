package dev.chanscope.lang.interp.std;

/** fdlibm's log Γ for positive x (at least 2^-70), as Go 1.19's Lgamma evaluates it. */
final class LgammaSeries {

    private LgammaSeries() {}

    private static final double[] A = {
        7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02,
        2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03,
        1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04,
        1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05,
    };
    private static final double[] R = {
        1.0,
        1.39200533467621045958e+00,
        7.21935547567138069525e-01,
        1.71933865632803078993e-01,
        1.86459191715652901344e-02,
        7.77942496381893596434e-04,
        7.32668430744625636189e-06,
    };
    private static final double[] S = {
        -7.72156649015328655494e-02,
        2.14982415960608852501e-01,
        3.25778796408930981787e-01,
        1.46350472652464452805e-01,
        2.66422703033638609560e-02,
        1.84028451407337715652e-03,
        3.19475326584100867617e-05,
    };
    private static final double[] T = {
        4.83836122723810047042e-01,
        -1.47587722994593911752e-01,
        6.46249402391333854778e-02,
        -3.27885410759859649565e-02,
        1.79706750811820387126e-02,
        -1.03142241298341437450e-02,
        6.10053870246291332635e-03,
        -3.68452016781138256760e-03,
        2.25964780900612472250e-03,
        -1.40346469989232843813e-03,
        8.81081882437654011382e-04,
        -5.38595305356740546715e-04,
        3.15632070903625950361e-04,
        -3.12754168375120860518e-04,
        3.35529192635519073543e-04,
    };
    private static final double[] U = {
        -7.72156649015328655494e-02,
        6.32827064025093366517e-01,
        1.45492250137234768737e+00,
        9.77717527963372745603e-01,
        2.28963728064692451092e-01,
        1.33810918536787660377e-02,
    };
    private static final double[] V = {
        1.0,
        2.45597793713041134822e+00,
        2.12848976379893395361e+00,
        7.69285150456672783825e-01,
        1.04222645593369134254e-01,
        3.21709242282423911810e-03,
    };
    private static final double[] W = {
        4.18938533204672725052e-01,
        8.33333333333329678849e-02,
        -2.77777777728775536470e-03,
        7.93650558643019558500e-04,
        -5.95187557450339963135e-04,
        8.36339918996282139126e-04,
        -1.63092934096575273989e-03,
    };

    private static final double TC = 1.46163214496836224576e+00;
    private static final double TF = -1.21486290535849611461e-01;
    private static final double TT = -3.63867699703950536541e-18;

    /** c[from] + z×(c[from+step] + z×(…)), the interleaved Horner forms fdlibm uses. */
    private static double every(double[] c, int from, int step, int count, double z) {
        double r = c[from + step * (count - 1)];
        for (int i = count - 2; i >= 0; i--) {
            r = c[from + step * i] + z * r;
        }
        return r;
    }

    static double positive(double x) {
        if (x == 1 || x == 2) {
            return 0;
        }
        if (x < 2) {
            return belowTwo(x);
        }
        if (x < 8) {
            int i = (int) x;
            double y = x - i;
            double p = y * every(S, 0, 1, 7, y);
            double q = 1 + y * every(R, 1, 1, 6, y);
            double lgamma = 0.5 * y + p / q;
            double z = 1.0;
            for (int k = i; k >= 3; k--) {
                z *= y + (k - 1);
            }
            return i >= 3 ? lgamma + GoMath.log(z) : lgamma;
        }
        if (x < 0x1p58) {
            double t = GoMath.log(x);
            double z = 1 / x;
            double y = z * z;
            double w = W[0] + z * every(W, 1, 1, 6, y);
            return (x - 0.5) * (t - 1) + w;
        }
        return x * (GoMath.log(x) - 1);
    }

    private static double belowTwo(double x) {
        double lgamma;
        double y;
        int i;
        if (x <= 0.9) {
            lgamma = -GoMath.log(x);
            if (x >= 0x1.76987d0eaed22p-1) {
                y = 1 - x;
                i = 0;
            } else if (x >= 0x1.88766f1c02f69p-3) {
                y = x - 0x1.d8b618d5af8fcp-2;
                i = 1;
            } else {
                y = x;
                i = 2;
            }
        } else {
            lgamma = 0;
            if (x >= 0x1.bb4c3e8757691p0) {
                y = 2 - x;
                i = 0;
            } else if (x >= 0x1.310ecde3805edp0) {
                y = x - TC;
                i = 1;
            } else {
                y = x - 1;
                i = 2;
            }
        }
        switch (i) {
            case 0 -> {
                double z = y * y;
                double p1 = every(A, 0, 2, 6, z);
                double p2 = z * every(A, 1, 2, 6, z);
                double p = y * p1 + p2;
                lgamma += p - 0.5 * y;
            }
            case 1 -> {
                double z = y * y;
                double w = z * y;
                double p1 = every(T, 0, 3, 5, w);
                double p2 = every(T, 1, 3, 5, w);
                double p3 = every(T, 2, 3, 5, w);
                double p = z * p1 - (TT - w * (p2 + y * p3));
                lgamma += TF + p;
            }
            default -> {
                double p1 = y * every(U, 0, 1, 6, y);
                double p2 = 1 + y * every(V, 1, 1, 5, y);
                lgamma += -0.5 * y + p1 / p2;
            }
        }
        return lgamma;
    }
}

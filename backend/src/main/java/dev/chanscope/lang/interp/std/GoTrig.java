package dev.chanscope.lang.interp.std;

/**
 * Go 1.19's circular functions bit for bit: Cephes' polynomials after Go's reduction modulo π/4
 * (three-part Cody–Waite below 2^29, Payne–Hanek above), evaluated in the order Go's code does.
 */
final class GoTrig {

    private GoTrig() {}

    private static final double PI4A = 7.85398125648498535156e-1;
    private static final double PI4B = 3.77489470793079817668e-8;
    private static final double PI4C = 2.69515142907905952645e-15;
    private static final double FOUR_OVER_PI = 0x1.45f306dc9c883p0;
    static final double PI_2 = 0x1.921fb54442d18p0;
    static final double PI_4 = 0x1.921fb54442d18p-1;
    private static final double REDUCE_THRESHOLD = 0x1p29;

    private static final double[] SIN = {
        1.58962301576546568060e-10,
        -2.50507477628578072866e-8,
        2.75573136213857245213e-6,
        -1.98412698295895385996e-4,
        8.33333333332211858878e-3,
        -1.66666666666666307295e-1,
    };
    private static final double[] COS = {
        -1.13585365213876817300e-11,
        2.08757008419747316778e-9,
        -2.75573141792967388112e-7,
        2.48015872888517045348e-5,
        -1.38888888888730564116e-3,
        4.16666666666665929218e-2,
    };

    /** The binary digits of 4/π, 64 per word, from the first integer bit on. */
    private static final long[] FOUR_OVER_PI_BITS = {
        0x0000000000000001L, 0x45f306dc9c882a53L, 0xf84eafa3ea69bb81L, 0xb6c52b3278872083L,
        0xfca2c757bd778ac3L, 0x6e48dc74849ba5c0L, 0x0c925dd413a32439L, 0xfc3bd63962534e7dL,
        0xd1046bea5d768909L, 0xd338e04d68befc82L, 0x7323ac7306a673e9L, 0x3908bf177bf25076L,
        0x3ff12fffbc0b301fL, 0xde5e2316b414da3eL, 0xda6cfd9e4f96136eL, 0x9e8c7ecd3cbfd45aL,
        0xea4f758fd7cbe2f6L, 0x7a0e73ef14a525d4L, 0xd7f6bf623f1aba10L, 0xac06608df8f6d757L,
    };

    /** x reduced: its octant j (even) in [0] and the remainder z in [1], as Go's sin/cos/tan do. */
    private static double reduce(double x, long[] octant, boolean mod8) {
        if (x >= REDUCE_THRESHOLD) {
            return payneHanek(x, octant);
        }
        long j = (long) (x * FOUR_OVER_PI);
        double y = j;
        if ((j & 1) == 1) {
            j++;
            y++;
        }
        octant[0] = mod8 ? j & 7 : j;
        return ((x - y * PI4A) - y * PI4B) - y * PI4C;
    }

    /** Go's trigReduce: x × 4/π in 192-bit fixed point, its integer part's low bits and the fraction. */
    private static double payneHanek(double x, long[] octant) {
        if (x < PI_4) {
            octant[0] = 0;
            return x;
        }
        long ix = Double.doubleToRawLongBits(x);
        int exp = (int) ((ix >>> 52) & 0x7FF) - 1023 - 52;
        ix &= ~(0x7FFL << 52);
        ix |= 1L << 52;
        int digit = (exp + 61) / 64;
        int bitshift = (exp + 61) % 64;
        long[] m = FOUR_OVER_PI_BITS;
        long z0 = (m[digit] << bitshift) | shr(m[digit + 1], 64 - bitshift);
        long z1 = (m[digit + 1] << bitshift) | shr(m[digit + 2], 64 - bitshift);
        long z2 = (m[digit + 2] << bitshift) | shr(m[digit + 3], 64 - bitshift);
        long z2hi = Math.unsignedMultiplyHigh(z2, ix);
        long z1hi = Math.unsignedMultiplyHigh(z1, ix);
        long z1lo = z1 * ix;
        long z0lo = z0 * ix;
        long lo = z1lo + z2hi;
        long carry = Long.compareUnsigned(lo, z1lo) < 0 ? 1 : 0;
        long hi = z0lo + z1hi + carry;
        long j = hi >>> 61;
        hi = hi << 3 | lo >>> 61;
        int lz = Long.numberOfLeadingZeros(hi);
        long e = 1023 - (lz + 1);
        hi = (hi << (lz + 1)) | shr(lo, 64 - (lz + 1));
        hi >>>= 64 - 52;
        hi |= e << 52;
        double z = Double.longBitsToDouble(hi);
        if ((j & 1) == 1) {
            j++;
            j &= 7;
            z--;
        }
        octant[0] = j;
        return z * PI_4;
    }

    /** Go's x >> n for unsigned x, where a count of 64 or more gives 0. */
    private static long shr(long x, int n) {
        return n >= 64 ? 0 : x >>> n;
    }

    private static double sinPoly(double z, double zz) {
        return z + z * zz * ((((((SIN[0] * zz) + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5]);
    }

    private static double cosPoly(double zz) {
        return 1.0
                - 0.5 * zz
                + zz * zz * ((((((COS[0] * zz) + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5]);
    }

    static double sin(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return GoMath.NAN;
        }
        boolean sign = x < 0;
        if (sign) {
            x = -x;
        }
        long[] o = new long[1];
        double z = reduce(x, o, true);
        long j = o[0];
        if (j > 3) {
            sign = !sign;
            j -= 4;
        }
        double zz = z * z;
        double y = j == 1 || j == 2 ? cosPoly(zz) : sinPoly(z, zz);
        return sign ? -y : y;
    }

    static double cos(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return GoMath.NAN;
        }
        boolean sign = false;
        x = Math.abs(x);
        long[] o = new long[1];
        double z = reduce(x, o, true);
        long j = o[0];
        if (j > 3) {
            j -= 4;
            sign = !sign;
        }
        if (j > 1) {
            sign = !sign;
        }
        double zz = z * z;
        double y = j == 1 || j == 2 ? sinPoly(z, zz) : cosPoly(zz);
        return sign ? -y : y;
    }

    /** Sin and cos together, as Go's Sincos (the same values as each alone). */
    static double[] sincos(double x) {
        if (x == 0) {
            return new double[] {x, 1};
        }
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return new double[] {GoMath.NAN, GoMath.NAN};
        }
        boolean sinSign = x < 0;
        boolean cosSign = false;
        x = Math.abs(x);
        long[] o = new long[1];
        double z = reduce(x, o, true);
        long j = o[0];
        if (j > 3) {
            j -= 4;
            sinSign = !sinSign;
            cosSign = !cosSign;
        }
        if (j > 1) {
            cosSign = !cosSign;
        }
        double zz = z * z;
        double c = cosPoly(zz);
        double s = sinPoly(z, zz);
        if (j == 1 || j == 2) {
            double t = s;
            s = c;
            c = t;
        }
        return new double[] {sinSign ? -s : s, cosSign ? -c : c};
    }

    static double tan(double x) {
        if (x == 0 || Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            return GoMath.NAN;
        }
        boolean sign = x < 0;
        if (sign) {
            x = -x;
        }
        long[] o = new long[1];
        double z = reduce(x, o, false);
        long j = o[0];
        double zz = z * z;
        double y;
        if (zz > 1e-14) {
            y = z
                    + z
                            * (zz
                                    * ((-1.30936939181383777646e4 * zz + 1.15351664838587416140e6) * zz
                                            + -1.79565251976484877988e7)
                                    / ((((zz + 1.36812963470692954678e4) * zz + -1.32089234440210967447e6) * zz
                                                            + 2.50083801823357915839e7)
                                                    * zz
                                            + -5.38695755929454629881e7));
        } else {
            y = z;
        }
        if ((j & 2) == 2) {
            y = -1 / y;
        }
        return sign ? -y : y;
    }
}

package dev.chanscope.lang.interp.fmt;

/** strconv.FormatFloat's binary formats: 'b' (mantissa p exponent) and 'x'/'X' (hexadecimal). */
final class FtoaBinary {

    private FtoaBinary() {}

    /** Mantissa (with the implicit bit) and unbiased exponent, as strconv's genericFtoa has them. */
    private record Parts(long mant, int exp, int mantBits) {}

    private static Parts parts(double a, int bitSize) {
        long mant;
        int exp;
        int mantBits;
        int bias;
        if (bitSize == 32) {
            int bits = Float.floatToRawIntBits((float) a);
            mantBits = 23;
            bias = -127;
            exp = bits >>> 23 & 0xFF;
            mant = bits & ((1 << 23) - 1);
        } else {
            long bits = Double.doubleToRawLongBits(a);
            mantBits = 52;
            bias = -1023;
            exp = (int) (bits >>> 52 & 0x7FF);
            mant = bits & ((1L << 52) - 1);
        }
        if (exp == 0) {
            exp++;
        } else {
            mant |= 1L << mantBits;
        }
        return new Parts(mant, exp + bias, mantBits);
    }

    static String formatB(boolean neg, double a, int bitSize) {
        Parts p = parts(a, bitSize);
        StringBuilder b = new StringBuilder();
        if (neg) {
            b.append('-');
        }
        b.append(p.mant()).append('p');
        int exp = p.exp() - p.mantBits();
        if (exp >= 0) {
            b.append('+');
        }
        return b.append(exp).toString();
    }

    static String formatX(boolean neg, double a, int prec, char fmt, int bitSize) {
        Parts p = parts(a, bitSize);
        long mant = p.mant();
        int exp = p.exp();
        if (mant == 0) {
            exp = 0;
        }
        mant <<= 60 - p.mantBits();
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            if (Long.compareUnsigned(extra | (mant & 1), 1L << 59) > 0) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        StringBuilder b = new StringBuilder();
        if (neg) {
            b.append('-');
        }
        b.append('0').append(fmt).append((char) ('0' + (mant >>> 60 & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            b.append('.');
            while (mant != 0) {
                b.append(hex.charAt((int) (mant >>> 60 & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            b.append('.');
            for (int i = 0; i < prec; i++) {
                b.append(hex.charAt((int) (mant >>> 60 & 15)));
                mant <<= 4;
            }
        }
        b.append(fmt == 'X' ? 'P' : 'p');
        if (exp < 0) {
            b.append('-');
            exp = -exp;
        } else {
            b.append('+');
        }
        if (exp < 10) {
            b.append('0');
        }
        return b.append(exp).toString();
    }
}

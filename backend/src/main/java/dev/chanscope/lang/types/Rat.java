package dev.chanscope.lang.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/** An exact rational number {@code num/den} in lowest terms with {@code den > 0}: Go's untyped float constants. */
public record Rat(BigInteger num, BigInteger den) implements Comparable<Rat> {

    public static final Rat ZERO = new Rat(BigInteger.ZERO, BigInteger.ONE);

    public Rat {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        if (num.signum() == 0) {
            den = BigInteger.ONE;
        }
    }

    public static Rat of(BigInteger i) {
        return new Rat(i, BigInteger.ONE);
    }

    /** The exact value of a finite double. */
    public static Rat of(double d) {
        return of(new BigDecimal(d));
    }

    public static Rat of(BigDecimal d) {
        if (d.scale() <= 0) {
            return of(d.toBigIntegerExact());
        }
        return new Rat(d.unscaledValue(), BigInteger.TEN.pow(d.scale()));
    }

    public boolean isInt() {
        return den.equals(BigInteger.ONE);
    }

    public int signum() {
        return num.signum();
    }

    public Rat add(Rat o) {
        return new Rat(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rat sub(Rat o) {
        return new Rat(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den));
    }

    public Rat mul(Rat o) {
        return new Rat(num.multiply(o.num), den.multiply(o.den));
    }

    public Rat div(Rat o) {
        return new Rat(num.multiply(o.den), den.multiply(o.num));
    }

    public Rat negate() {
        return new Rat(num.negate(), den);
    }

    /** Bits needed for numerator and denominator: the size that bounds constant arithmetic. */
    public int bitLength() {
        return Math.max(num.bitLength(), den.bitLength());
    }

    /** The nearest double (infinite when out of range). */
    public double toDouble() {
        if (isInt()) {
            return new BigDecimal(num).doubleValue();
        }
        return new BigDecimal(num)
                .divide(new BigDecimal(den), new MathContext(60))
                .doubleValue();
    }

    /** The nearest float32, as a double. */
    public double toFloat() {
        if (isInt()) {
            return new BigDecimal(num).floatValue();
        }
        return new BigDecimal(num)
                .divide(new BigDecimal(den), new MathContext(60))
                .floatValue();
    }

    @Override
    public int compareTo(Rat o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }
}

package dev.chanscope.lang.types;

import dev.chanscope.lang.syntax.Token;
import java.math.BigInteger;

/** Exact arithmetic on constants (go/constant's operations) and representability in a basic type. */
final class ConstOps {

    private ConstOps() {}

    /** Largest size, in bits, of a constant's numerator or denominator (cmd/compile allows 512-bit integers). */
    static final int MAX_INT_BITS = 512;

    static final int MAX_RAT_BITS = 40_000;

    static Constant toInt(Constant c) {
        if (c instanceof Constant.Float f && f.value().isInt()) {
            return new Constant.Int(f.value().num());
        }
        return c;
    }

    static Constant toFloat(Constant c) {
        if (c instanceof Constant.Int i) {
            return new Constant.Float(Rat.of(i.value()));
        }
        return c;
    }

    static Rat rat(Constant c) {
        return switch (c) {
            case Constant.Int i -> Rat.of(i.value());
            case Constant.Float f -> f.value();
            default -> Rat.ZERO;
        };
    }

    static int sign(Constant c) {
        return switch (c) {
            case Constant.Int i -> i.value().signum();
            case Constant.Float f -> f.value().signum();
            default -> 1;
        };
    }

    static boolean isZero(Constant c) {
        return (c instanceof Constant.Int || c instanceof Constant.Float) && sign(c) == 0;
    }

    /** {@code x op y} for arithmetic and logical operators; {@code intDiv} makes {@code /} truncate. */
    static Constant binary(Constant x, Token op, Constant y, boolean intDiv) {
        if (x instanceof Constant.Unknown || y instanceof Constant.Unknown) {
            return Constant.UNKNOWN;
        }
        if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            return switch (op) {
                case LAND -> Constant.of(a.value() && b.value());
                case LOR -> Constant.of(a.value() || b.value());
                default -> Constant.UNKNOWN;
            };
        }
        if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            return op == Token.ADD ? new Constant.Str(a.bytes() + b.bytes()) : Constant.UNKNOWN;
        }
        if (x instanceof Constant.Int a && y instanceof Constant.Int b) {
            BigInteger p = a.value();
            BigInteger q = b.value();
            return switch (op) {
                case ADD -> Constant.of(p.add(q));
                case SUB -> Constant.of(p.subtract(q));
                case MUL -> Constant.of(p.multiply(q));
                case QUO -> intDiv ? Constant.of(quotient(p, q)) : new Constant.Float(new Rat(p, q));
                case REM -> Constant.of(p.remainder(q));
                case AND -> Constant.of(p.and(q));
                case OR -> Constant.of(p.or(q));
                case XOR -> Constant.of(p.xor(q));
                case AND_NOT -> Constant.of(p.andNot(q));
                default -> Constant.UNKNOWN;
            };
        }
        Rat p = rat(x);
        Rat q = rat(y);
        return switch (op) {
            case ADD -> new Constant.Float(p.add(q));
            case SUB -> new Constant.Float(p.sub(q));
            case MUL -> new Constant.Float(p.mul(q));
            case QUO -> new Constant.Float(p.div(q));
            default -> Constant.UNKNOWN;
        };
    }

    /** {@code op x}; {@code bits} is the size of x's typed unsigned type for {@code ^} (0 otherwise). */
    static Constant unary(Token op, Constant x, int unsignedBits) {
        return switch (x) {
            case Constant.Int i ->
                switch (op) {
                    case ADD -> x;
                    case SUB -> Constant.of(i.value().negate());
                    case XOR -> {
                        BigInteger r = i.value().not();
                        if (unsignedBits > 0) {
                            r = r.and(BigInteger.ONE.shiftLeft(unsignedBits).subtract(BigInteger.ONE));
                        }
                        yield Constant.of(r);
                    }
                    default -> Constant.UNKNOWN;
                };
            case Constant.Float f ->
                switch (op) {
                    case ADD -> x;
                    case SUB -> new Constant.Float(f.value().negate());
                    default -> Constant.UNKNOWN;
                };
            case Constant.Bool b -> op == Token.NOT ? Constant.of(!b.value()) : Constant.UNKNOWN;
            default -> Constant.UNKNOWN;
        };
    }

    static Constant shift(Constant x, Token op, int s) {
        if (!(toInt(x) instanceof Constant.Int i)) {
            return Constant.UNKNOWN;
        }
        return Constant.of(op == Token.SHL ? i.value().shiftLeft(s) : i.value().shiftRight(s));
    }

    static boolean compare(Constant x, Token op, Constant y) {
        int c;
        if (x instanceof Constant.Bool a && y instanceof Constant.Bool b) {
            return switch (op) {
                case EQL -> a.value() == b.value();
                case NEQ -> a.value() != b.value();
                default -> false;
            };
        } else if (x instanceof Constant.Str a && y instanceof Constant.Str b) {
            c = a.bytes().compareTo(b.bytes());
        } else if (x instanceof Constant.Int a && y instanceof Constant.Int b) {
            c = a.value().compareTo(b.value());
        } else if ((x instanceof Constant.Int || x instanceof Constant.Float)
                && (y instanceof Constant.Int || y instanceof Constant.Float)) {
            c = rat(x).compareTo(rat(y));
        } else {
            return false;
        }
        return switch (op) {
            case EQL -> c == 0;
            case NEQ -> c != 0;
            case LSS -> c < 0;
            case LEQ -> c <= 0;
            case GTR -> c > 0;
            case GEQ -> c >= 0;
            default -> false;
        };
    }

    /** Too big to keep computing with: the caller reports an overflow. */
    static boolean tooLarge(Constant c) {
        return switch (c) {
            case Constant.Int i -> i.value().bitLength() > MAX_INT_BITS;
            case Constant.Float f -> f.value().bitLength() > MAX_RAT_BITS;
            default -> false;
        };
    }

    /** Why a constant does not fit a type: a fraction was lost, or it is out of range. */
    enum Fit {
        OK,
        TRUNCATED,
        OVERFLOWS,
        MISMATCH
    }

    /** The result of {@link #representable}: the value rounded to the type, or why it does not fit. */
    record Representation(Fit fit, Constant value) {}

    static Representation representable(Constant x, Basic t) {
        BasicKind k = t.kind();
        if (x instanceof Constant.Unknown) {
            return new Representation(Fit.OK, x);
        }
        if (k.isInteger()) {
            Constant i = toInt(x);
            if (!(i instanceof Constant.Int iv)) {
                return new Representation(x instanceof Constant.Float ? Fit.TRUNCATED : Fit.MISMATCH, x);
            }
            if (k == BasicKind.UNTYPED_INT || k == BasicKind.UNTYPED_RUNE) {
                return new Representation(Fit.OK, i);
            }
            BigInteger v = iv.value();
            int bits = k.bits();
            boolean fits = k.isUnsigned() ? v.signum() >= 0 && v.bitLength() <= bits : v.bitLength() <= bits - 1;
            return new Representation(fits ? Fit.OK : Fit.OVERFLOWS, i);
        }
        if (k.isFloat()) {
            if (!(x instanceof Constant.Int || x instanceof Constant.Float)) {
                return new Representation(Fit.MISMATCH, x);
            }
            Rat r = rat(x);
            if (k == BasicKind.UNTYPED_FLOAT) {
                return new Representation(Fit.OK, toFloat(x));
            }
            double d = k == BasicKind.FLOAT32 ? r.toFloat() : r.toDouble();
            if (Double.isInfinite(d)) {
                return new Representation(Fit.OVERFLOWS, x);
            }
            return new Representation(Fit.OK, new Constant.Float(Rat.of(d)));
        }
        if (k.isComplex()) {
            return new Representation(
                    x instanceof Constant.Int || x instanceof Constant.Float ? Fit.OK : Fit.MISMATCH, toFloat(x));
        }
        if (k.isString()) {
            return new Representation(x instanceof Constant.Str ? Fit.OK : Fit.MISMATCH, x);
        }
        if (k.isBoolean()) {
            return new Representation(x instanceof Constant.Bool ? Fit.OK : Fit.MISMATCH, x);
        }
        return new Representation(Fit.MISMATCH, x);
    }

    /**
     * Integer division of constants as Go 1.19 computes it (go/constant): two operands that fit in an
     * int64 are divided as int64s, so {@code math.MinInt64 / -1} wraps to {@code math.MinInt64} with no
     * overflow error where exact arithmetic gives 2^63. {@code go build} accepts such a program and it
     * prints the wrapped value, so the checker does the same. Java's {@code long} division wraps alike.
     */
    static BigInteger quotient(BigInteger p, BigInteger q) {
        if (p.bitLength() < 64 && q.bitLength() < 64) {
            return BigInteger.valueOf(p.longValue() / q.longValue());
        }
        return p.divide(q);
    }
}

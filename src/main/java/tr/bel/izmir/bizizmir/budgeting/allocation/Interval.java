package tr.bel.izmir.bizizmir.budgeting.allocation;

import java.math.BigDecimal;

/**
 * An amount of the Equal Shares core as a function of the starting share, in floating point
 * with guaranteed bounds: the true value lies in {@code [lo, hi]} and the true slope (see
 * {@code EqualSharesRule.Share}) in {@code [slopeLo, slopeHi]}.
 *
 * <p>Every operation rounds its lower bound down and its upper bound up, and detects exact
 * results (with the error-free transformations {@code a + b = s + e} and
 * {@code fma}), so a bound widens only when the computation really rounded. An amount that is
 * exact stays a point ({@code lo == hi}), which lets exact ties (a project costing nothing, two
 * projects with the same cost per supporter) be recognised as ties. A comparison whose bounds
 * overlap is not decided here: the caller falls back to exact fractions.
 */
final class Interval {

    static final Interval ZERO = new Interval(0, 0, 0, 0);

    final double lo;
    final double hi;
    final double slopeLo;
    final double slopeHi;

    Interval(double lo, double hi, double slopeLo, double slopeHi) {
        this.lo = lo;
        this.hi = hi;
        this.slopeLo = slopeLo;
        this.slopeHi = slopeHi;
    }

    /** A constant (slope 0) enclosing {@code value}. */
    static Interval constant(Fraction value) {
        return new Interval(down(value), up(value), 0, 0);
    }

    /** The starting share itself: value {@code s}, slope 1. */
    static Interval startingShare(Fraction s) {
        return new Interval(down(s), up(s), 1, 1);
    }

    boolean isExactZero() {
        return lo == 0 && hi == 0 && slopeLo == 0 && slopeHi == 0;
    }

    boolean isPoint() {
        return lo == hi && slopeLo == slopeHi;
    }

    Interval add(Interval o) {
        return new Interval(addDown(lo, o.lo), addUp(hi, o.hi), addDown(slopeLo, o.slopeLo), addUp(slopeHi, o.slopeHi));
    }

    Interval subtract(Interval o) {
        return new Interval(addDown(lo, -o.hi), addUp(hi, -o.lo),
                addDown(slopeLo, -o.slopeHi), addUp(slopeHi, -o.slopeLo));
    }

    /** Times a count ({@code k >= 0}, exact as a double below 2^53). */
    Interval multiply(long k) {
        double d = k;
        return new Interval(mulDown(lo, d), mulUp(hi, d), mulDown(slopeLo, d), mulUp(slopeHi, d));
    }

    /** Divided by a count ({@code k > 0}). */
    Interval divide(long k) {
        double d = k;
        return new Interval(divDown(lo, d), divUp(hi, d), divDown(slopeLo, d), divUp(slopeHi, d));
    }

    /** Divided by a positive constant {@code c} (its value bounds; its slope is 0). */
    Interval divide(Interval c) {
        return new Interval(Math.min(divDown(lo, c.lo), divDown(lo, c.hi)), Math.max(divUp(hi, c.lo), divUp(hi, c.hi)),
                Math.min(divDown(slopeLo, c.lo), divDown(slopeLo, c.hi)),
                Math.max(divUp(slopeHi, c.lo), divUp(slopeHi, c.hi)));
    }

    // ------------------------------------------------------------ directed rounding

    static double addDown(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return err < 0 ? Math.nextDown(s) : s;
    }

    static double addUp(double a, double b) {
        double s = a + b;
        double bb = s - a;
        double err = (a - (s - bb)) + (b - bb);
        return err > 0 ? Math.nextUp(s) : s;
    }

    static double mulDown(double a, double b) {
        double p = a * b;
        return Math.fma(a, b, -p) < 0 ? Math.nextDown(p) : p;
    }

    static double mulUp(double a, double b) {
        double p = a * b;
        return Math.fma(a, b, -p) > 0 ? Math.nextUp(p) : p;
    }

    /** {@code a / b} rounded down, {@code b > 0}; the remainder {@code a - q b} is exact. */
    static double divDown(double a, double b) {
        double q = a / b;
        return Math.fma(-q, b, a) < 0 ? Math.nextDown(q) : q;
    }

    static double divUp(double a, double b) {
        double q = a / b;
        return Math.fma(-q, b, a) > 0 ? Math.nextUp(q) : q;
    }

    /** The largest double not above {@code f}. */
    static double down(Fraction f) {
        double d = approximate(f);
        while (Fraction.of(new BigDecimal(d)).compareTo(f) > 0) {
            d = Math.nextDown(d);
        }
        return d;
    }

    /** The smallest double not below {@code f}. */
    static double up(Fraction f) {
        double d = approximate(f);
        while (Fraction.of(new BigDecimal(d)).compareTo(f) < 0) {
            d = Math.nextUp(d);
        }
        return d;
    }

    private static double approximate(Fraction f) {
        return new BigDecimal(f.numerator()).divide(new BigDecimal(f.denominator()), java.math.MathContext.DECIMAL64)
                .doubleValue();
    }

    @Override
    public String toString() {
        return "[" + lo + ", " + hi + "] slope [" + slopeLo + ", " + slopeHi + "]";
    }
}

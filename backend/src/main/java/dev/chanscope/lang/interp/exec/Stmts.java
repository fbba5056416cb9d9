package dev.chanscope.lang.interp.exec;

import dev.chanscope.lang.interp.rt.GState;

/** Blocks, expression statements, if, return. Loops and switches are in {@link Loops} and {@link Switches}. */
public final class Stmts {

    private Stmts() {}

    /**
     * A block: counts its statements as work (a loop body counts once per iteration, so every loop
     * pays) and charges them as CPU time once a quantum is full; records each statement's line.
     */
    public static final class Block extends St {
        final St[] list;
        final int[] lines;
        final int units;
        final String label;

        public Block(St[] list, int[] lines, String label) {
            this.list = list;
            this.lines = lines;
            this.units = Math.max(1, list.length);
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            GState g = f.g;
            if ((g.budget -= units) <= 0) {
                g.charge(label);
            }
            St[] l = list;
            for (int i = 0; i < l.length; i++) {
                f.line = lines[i];
                int c = l[i].exec(f);
                if (c != NEXT) {
                    return c;
                }
            }
            return NEXT;
        }

        /** A block of one statement, as most loop and branch bodies are: the same, without the loop. */
        public static St of(St[] list, int[] lines, String label) {
            return list.length == 1 ? new Block1(list[0], lines[0], label) : new Block(list, lines, label);
        }
    }

    static final class Block1 extends St {
        final St s;
        final int line;
        final String label;

        Block1(St s, int line, String label) {
            this.s = s;
            this.line = line;
            this.label = label;
        }

        @Override
        public int exec(Frame f) {
            GState g = f.g;
            if (--g.budget <= 0) {
                g.charge(label);
            }
            f.line = line;
            return s.exec(f);
        }
    }

    /** Statements in sequence without a block's accounting (a declaration with several parts). */
    public static final class Seq extends St {
        final St[] list;

        public Seq(St[] list) {
            this.list = list;
        }

        @Override
        public int exec(Frame f) {
            for (St s : list) {
                int c = s.exec(f);
                if (c != NEXT) {
                    return c;
                }
            }
            return NEXT;
        }
    }

    public static final class Nop extends St {
        public static final Nop INSTANCE = new Nop();

        @Override
        public int exec(Frame f) {
            return NEXT;
        }
    }

    public static final class Eval extends St {
        final Ex x;

        public Eval(Ex x) {
            this.x = x;
        }

        @Override
        public int exec(Frame f) {
            x.eval(f);
            return NEXT;
        }
    }

    public static final class If extends St {
        final Ex cond;
        final St then;
        final St els;

        public If(Ex cond, St then, St els) {
            this.cond = cond;
            this.then = then;
            this.els = els;
        }

        @Override
        public int exec(Frame f) {
            if (cond.evalBool(f)) {
                return then.exec(f);
            }
            return els == null ? NEXT : els.exec(f);
        }
    }

    /** return (with nothing, or for named results already assigned). */
    public static final class Return extends St {
        public static final Return INSTANCE = new Return();

        @Override
        public int exec(Frame f) {
            return RETURN;
        }
    }

    /** Stores one result in the frame's result field for its representation. */
    public static final class SetResult extends St {
        final Rep rep;
        final Ex x;
        final boolean andReturn;

        public SetResult(Rep rep, Ex x, boolean andReturn) {
            this.rep = rep;
            this.x = x;
            this.andReturn = andReturn;
        }

        @Override
        public int exec(Frame f) {
            switch (rep) {
                case LONG -> f.retL = x.evalLong(f);
                case DOUBLE -> f.retL = Double.doubleToRawLongBits(x.evalDouble(f));
                case BOOL -> f.retL = x.evalBool(f) ? 1 : 0;
                case REF -> f.ret = x.eval(f);
            }
            return andReturn ? RETURN : NEXT;
        }
    }

    /** Several results, boxed into an Object[] (all evaluated before any is stored). */
    public static final class SetResults extends St {
        final Ex[] xs;
        final boolean andReturn;

        public SetResults(Ex[] xs, boolean andReturn) {
            this.xs = xs;
            this.andReturn = andReturn;
        }

        @Override
        public int exec(Frame f) {
            Object[] r = new Object[xs.length];
            for (int i = 0; i < r.length; i++) {
                r[i] = xs[i].eval(f);
            }
            f.ret = r;
            return andReturn ? RETURN : NEXT;
        }
    }

    /** Spreads a call's several results: f() as the results of a function returning f's results. */
    public static final class ReturnCall extends St {
        final Ex call;

        public ReturnCall(Ex call) {
            this.call = call;
        }

        @Override
        public int exec(Frame f) {
            f.ret = call.eval(f);
            return RETURN;
        }
    }

    /**
     * {@code return a, b} with named results: every value is evaluated first, then stored into the
     * result variables, where deferred calls may still change them.
     */
    public static final class ReturnNamed extends St {
        final Ex[] xs;
        final Assign.Target[] targets;

        public ReturnNamed(Ex[] xs, Assign.Target[] targets) {
            this.xs = xs;
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            Object[] v = new Object[xs.length];
            for (int i = 0; i < v.length; i++) {
                v[i] = xs[i].eval(f);
            }
            for (int i = 0; i < v.length; i++) {
                targets[i].set(f, targets[i].locate(f), v[i]);
            }
            return RETURN;
        }
    }

    /** {@code return f()} with named results: f's values are stored into the result variables. */
    public static final class ReturnNamedTuple extends St {
        final Ex tuple;
        final Assign.Target[] targets;

        public ReturnNamedTuple(Ex tuple, Assign.Target[] targets) {
            this.tuple = tuple;
            this.targets = targets;
        }

        @Override
        public int exec(Frame f) {
            Object[] v = (Object[]) tuple.eval(f);
            for (int i = 0; i < v.length; i++) {
                targets[i].set(f, targets[i].locate(f), v[i]);
            }
            return RETURN;
        }
    }
}

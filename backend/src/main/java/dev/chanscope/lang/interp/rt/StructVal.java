package dev.chanscope.lang.interp.rt;

/**
 * A struct value, owned by exactly one location (a variable, a field, an element, an interface box).
 * Assigning copies it ({@link Values#copy}); a pointer to a struct is a reference to the StructVal its
 * location owns, so pointers see every later assignment to that location, which assigns in place
 * ({@link Values#assign}). Fields hold values as {@link RType} describes.
 */
public final class StructVal {

    public final RType type;
    public final Object[] f;

    /**
     * What the standard library attaches to a value of one of its types: the engine's mutex behind a
     * sync.Mutex, a timer behind a time.Timer. Never copied: a copy gets its own on first use.
     */
    public Object ext;

    /** The goroutine that first used the struct's fields (0: none yet, -1: shared); see Shared. */
    public int owner;

    /** Per-field race-detector state, once the struct is shared between goroutines. */
    public dev.chanscope.engine.RaceCell[] races;

    /** The owner's last field write before sharing: the field, its clock epoch (0: none) and line. */
    public int writeField;

    public int writeEpoch;
    public String writeLabel;

    public StructVal(RType type, Object[] fields) {
        this.type = type;
        this.f = fields;
    }

    @Override
    public String toString() {
        return type + java.util.Arrays.toString(f);
    }
}

package dev.chanscope.lang.types;

import java.util.List;

/**
 * {@code struct{...}}: fields in order (each a {@link Var} with {@link Var#isField()}, embedded ones
 * named after their type) and their tags ({@code ""} when absent, else the tag's string value).
 */
public final class Struct implements Type {

    private final List<Var> fields;
    private final List<String> tags;

    public Struct(List<Var> fields, List<String> tags) {
        this.fields = List.copyOf(fields);
        this.tags = List.copyOf(tags);
        if (this.tags.size() != this.fields.size()) {
            throw new IllegalArgumentException("one tag per field");
        }
    }

    public List<Var> fields() {
        return fields;
    }

    public int numFields() {
        return fields.size();
    }

    public Var field(int i) {
        return fields.get(i);
    }

    public String tag(int i) {
        return tags.get(i);
    }

    public List<String> tags() {
        return tags;
    }

    @Override
    public String toString() {
        return TypeString.of(this);
    }
}

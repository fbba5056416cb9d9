package dev.chanscope.lang.syntax;

import java.util.List;

/**
 * Comments with no token between them and at most one line break between one and the next (go/ast's
 * CommentGroup). A declaration's doc comment and a field's or spec's trailing line comment are
 * groups.
 */
public record CommentGroup(List<Comment> list) implements Node {

    public CommentGroup {
        list = List.copyOf(list);
    }

    @Override
    public int pos() {
        return list.getFirst().pos();
    }

    @Override
    public int end() {
        return list.getLast().end();
    }
}

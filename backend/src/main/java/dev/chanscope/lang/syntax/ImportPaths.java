package dev.chanscope.lang.syntax;

/**
 * gofmt's canonical spelling of an import path: a valid path written as a raw string, or with
 * needless escapes, is printed as a plain double-quoted string.
 */
final class ImportPaths {

    private static final String ILLEGAL = "!\"#$%&'()*,:;<=>?[\\]^{|}`\uFFFD";

    private ImportPaths() {}

    static Expr.BasicLit sanitize(Expr.BasicLit lit) {
        if (lit.kind() != Token.STRING) {
            return lit;
        }
        String bytes = Literals.unquote(lit.value());
        if (bytes == null || bytes.isEmpty()) {
            return lit;
        }
        String s = Literals.decodeUtf8(bytes);
        if (!isValidPath(s)) {
            return lit;
        }
        String quoted = "\"" + s + "\"";
        return quoted.equals(lit.value()) ? lit : new Expr.BasicLit(lit.pos(), Token.STRING, quoted);
    }

    /**
     * Whether an import path uses only what the spec allows a compiler to require: graphic
     * characters, no spaces, none of {@code !"#$%&'()*,:;<=>?[\]^`{|}} or U+FFFD.
     */
    static boolean isValidPath(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); ) {
            int r = s.codePointAt(i);
            if (!isGraphic(r) || BlockComments.isSpace(r) || ILLEGAL.indexOf(r) >= 0) {
                return false;
            }
            i += Character.charCount(r);
        }
        return true;
    }

    /** unicode.IsGraphic: printable or a space separator. */
    private static boolean isGraphic(int r) {
        return GoText.isPrint(r) || Character.getType(r) == Character.SPACE_SEPARATOR;
    }
}

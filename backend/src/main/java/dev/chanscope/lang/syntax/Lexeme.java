package dev.chanscope.lang.syntax;

/**
 * One token as the {@link Scanner} read it: its kind, byte offset and, for identifiers, literals and
 * semicolons, its literal (see {@link Scanner#literal()}).
 */
public record Lexeme(Token token, int pos, String literal) {}

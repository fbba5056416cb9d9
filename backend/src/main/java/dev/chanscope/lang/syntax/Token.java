package dev.chanscope.lang.syntax;

import java.util.HashMap;
import java.util.Map;

/**
 * The lexical tokens of Go (the spec's "Tokens": identifiers, keywords, operators and punctuation,
 * literals), as go/token names them. The AST stores operators as these values.
 *
 * <p>{@link #precedence()} is the binary precedence (5 for {@code * / % << >> & &^} down to 1 for
 * {@code ||}; 0 for a token that is not a binary operator).
 */
public enum Token {
    ILLEGAL("ILLEGAL"),
    EOF("EOF"),
    COMMENT("COMMENT"),

    IDENT("IDENT"),
    INT("INT"),
    FLOAT("FLOAT"),
    IMAG("IMAG"),
    CHAR("CHAR"),
    STRING("STRING"),

    ADD("+", 4),
    SUB("-", 4),
    MUL("*", 5),
    QUO("/", 5),
    REM("%", 5),
    AND("&", 5),
    OR("|", 4),
    XOR("^", 4),
    SHL("<<", 5),
    SHR(">>", 5),
    AND_NOT("&^", 5),

    ADD_ASSIGN("+="),
    SUB_ASSIGN("-="),
    MUL_ASSIGN("*="),
    QUO_ASSIGN("/="),
    REM_ASSIGN("%="),
    AND_ASSIGN("&="),
    OR_ASSIGN("|="),
    XOR_ASSIGN("^="),
    SHL_ASSIGN("<<="),
    SHR_ASSIGN(">>="),
    AND_NOT_ASSIGN("&^="),

    LAND("&&", 2),
    LOR("||", 1),
    ARROW("<-"),
    INC("++"),
    DEC("--"),

    EQL("==", 3),
    LSS("<", 3),
    GTR(">", 3),
    ASSIGN("="),
    NOT("!"),

    NEQ("!=", 3),
    LEQ("<=", 3),
    GEQ(">=", 3),
    DEFINE(":="),
    ELLIPSIS("..."),

    LPAREN("("),
    LBRACK("["),
    LBRACE("{"),
    COMMA(","),
    PERIOD("."),

    RPAREN(")"),
    RBRACK("]"),
    RBRACE("}"),
    SEMICOLON(";"),
    COLON(":"),
    TILDE("~"),

    BREAK("break"),
    CASE("case"),
    CHAN("chan"),
    CONST("const"),
    CONTINUE("continue"),
    DEFAULT("default"),
    DEFER("defer"),
    ELSE("else"),
    FALLTHROUGH("fallthrough"),
    FOR("for"),
    FUNC("func"),
    GO("go"),
    GOTO("goto"),
    IF("if"),
    IMPORT("import"),
    INTERFACE("interface"),
    MAP("map"),
    PACKAGE("package"),
    RANGE("range"),
    RETURN("return"),
    SELECT("select"),
    STRUCT("struct"),
    SWITCH("switch"),
    TYPE("type"),
    VAR("var");

    private static final Map<String, Token> KEYWORDS = new HashMap<>();

    static {
        for (Token t : values()) {
            if (t.isKeyword()) {
                KEYWORDS.put(t.text, t);
            }
        }
    }

    private final String text;
    private final int precedence;

    Token(String text) {
        this(text, 0);
    }

    Token(String text, int precedence) {
        this.text = text;
        this.precedence = precedence;
    }

    /** The token as written in Go ("+=", "func"), or its class name for literals ("IDENT"). */
    public String text() {
        return text;
    }

    public int precedence() {
        return precedence;
    }

    public boolean isKeyword() {
        return ordinal() >= BREAK.ordinal();
    }

    /** INT, FLOAT, IMAG, CHAR or STRING: the kinds of a basic literal. */
    public boolean isBasicLit() {
        return ordinal() >= INT.ordinal() && ordinal() <= STRING.ordinal();
    }

    /** {@code +=} … {@code &^=}: the operator it applies is {@link #assignedOperator()}. */
    public boolean isAssignOp() {
        return ordinal() >= ADD_ASSIGN.ordinal() && ordinal() <= AND_NOT_ASSIGN.ordinal();
    }

    /** For an assignment operator, the binary operator it applies ({@code +=} → {@code +}). */
    public Token assignedOperator() {
        if (!isAssignOp()) {
            throw new IllegalStateException(this + " is not an assignment operator");
        }
        return values()[ordinal() - ADD_ASSIGN.ordinal() + ADD.ordinal()];
    }

    /** The keyword spelled {@code word}, or null. */
    public static Token keyword(String word) {
        return KEYWORDS.get(word);
    }

    @Override
    public String toString() {
        return text;
    }
}

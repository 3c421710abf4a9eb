package org.heaplab.lang.lex;

import java.util.HashMap;
import java.util.Map;

/** The kinds of Zig tokens Heap Lab reads. */
public enum TokenKind {
    IDENTIFIER, BUILTIN, INT_LITERAL, FLOAT_LITERAL, CHAR_LITERAL, STRING_LITERAL, MULTILINE_STRING,
    DOC_COMMENT, EOF, INVALID,

    // punctuation
    LPAREN("("), RPAREN(")"), LBRACE("{"), RBRACE("}"), LBRACKET("["), RBRACKET("]"),
    SEMICOLON(";"), COLON(":"), COMMA(","), DOT("."), DOT2(".."), DOT3("..."), DOT_STAR(".*"), DOT_QUESTION(".?"),
    QUESTION("?"), BANG("!"), BANG_EQ("!="), EQ("="), EQ_EQ("=="), FAT_ARROW("=>"),
    PLUS("+"), PLUS_EQ("+="), PLUS_PERCENT("+%"), PLUS_PERCENT_EQ("+%="), PLUS_PIPE("+|"), PLUS_PIPE_EQ("+|="), PLUS_PLUS("++"),
    MINUS("-"), MINUS_EQ("-="), MINUS_PERCENT("-%"), MINUS_PERCENT_EQ("-%="), MINUS_PIPE("-|"), MINUS_PIPE_EQ("-|="), ARROW("->"),
    STAR("*"), STAR_EQ("*="), STAR_PERCENT("*%"), STAR_PERCENT_EQ("*%="), STAR_PIPE("*|"), STAR_PIPE_EQ("*|="), STAR_STAR("**"),
    SLASH("/"), SLASH_EQ("/="), PERCENT("%"), PERCENT_EQ("%="),
    AMP("&"), AMP_EQ("&="), PIPE("|"), PIPE_EQ("|="), PIPE_PIPE("||"), CARET("^"), CARET_EQ("^="), TILDE("~"),
    LT("<"), LT_EQ("<="), SHL("<<"), SHL_EQ("<<="), SHL_PIPE("<<|"), SHL_PIPE_EQ("<<|="),
    GT(">"), GT_EQ(">="), SHR(">>"), SHR_EQ(">>="),

    // keywords
    KW_ADDRSPACE("addrspace"), KW_ALIGN("align"), KW_ALLOWZERO("allowzero"), KW_AND("and"), KW_ANYFRAME("anyframe"),
    KW_ANYTYPE("anytype"), KW_ASM("asm"), KW_BREAK("break"), KW_CALLCONV("callconv"), KW_CATCH("catch"),
    KW_COMPTIME("comptime"), KW_CONST("const"), KW_CONTINUE("continue"), KW_DEFER("defer"), KW_ELSE("else"),
    KW_ENUM("enum"), KW_ERRDEFER("errdefer"), KW_ERROR("error"), KW_EXPORT("export"), KW_EXTERN("extern"),
    KW_FN("fn"), KW_FOR("for"), KW_IF("if"), KW_INLINE("inline"), KW_NOALIAS("noalias"), KW_NOINLINE("noinline"),
    KW_NOSUSPEND("nosuspend"), KW_OPAQUE("opaque"), KW_OR("or"), KW_ORELSE("orelse"), KW_PACKED("packed"),
    KW_PUB("pub"), KW_RESUME("resume"), KW_RETURN("return"), KW_LINKSECTION("linksection"), KW_STRUCT("struct"),
    KW_SUSPEND("suspend"), KW_SWITCH("switch"), KW_TEST("test"), KW_THREADLOCAL("threadlocal"), KW_TRY("try"),
    KW_UNION("union"), KW_UNREACHABLE("unreachable"), KW_USINGNAMESPACE("usingnamespace"), KW_VAR("var"),
    KW_VOLATILE("volatile"), KW_WHILE("while");

    private final String text;

    TokenKind() { this.text = null; }

    TokenKind(String text) { this.text = text; }

    /** The fixed spelling of a punctuation or keyword token, or null. */
    public String text() { return text; }

    public boolean isKeyword() { return name().startsWith("KW_"); }

    private static final Map<String, TokenKind> KEYWORDS = new HashMap<>();

    static {
        for (TokenKind k : values()) if (k.isKeyword()) KEYWORDS.put(k.text, k);
    }

    public static TokenKind keyword(String word) { return KEYWORDS.get(word); }

    /** How Zig names this token in "expected X, found 'Y'" messages (without the quotes). */
    public String describe() {
        return switch (this) {
            case IDENTIFIER -> "an identifier";
            case BUILTIN -> "a builtin function";
            case INT_LITERAL, FLOAT_LITERAL -> "a number literal";
            case CHAR_LITERAL -> "a character literal";
            case STRING_LITERAL, MULTILINE_STRING -> "a string literal";
            case DOC_COMMENT -> "a document comment";
            case EOF -> "EOF";
            case INVALID -> "invalid token";
            default -> text;
        };
    }
}

package org.heaplab.lang.parse;

import static org.heaplab.lang.lex.TokenKind.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.ast.Ast.*;
import org.heaplab.lang.lex.Lexer;
import org.heaplab.lang.lex.Token;
import org.heaplab.lang.lex.TokenKind;
import org.heaplab.source.SourceFile;
import org.heaplab.source.Span;

/**
 * Recursive-descent parser for the Zig subset, after the grammar in Zig's language reference.
 * Methods are named after grammar rules. On a syntax error it reports, skips to the next
 * statement or member boundary and goes on (panic mode), so every syntax error is listed.
 */
public final class Parser {
    private final SourceFile file;
    private final List<Token> tokens;
    private final List<Diagnostic> diagnostics;
    private int current;

    /** Thrown to unwind to the nearest recovery point; the error has already been reported. */
    private static final class ParseError extends RuntimeException {
        ParseError() { super(null, null, false, false); }
    }

    private Parser(SourceFile file, List<Token> tokens, List<Diagnostic> diagnostics) {
        this.file = file;
        this.tokens = tokens;
        this.diagnostics = diagnostics;
    }

    /** Parses a whole file; syntax errors go to {@code diagnostics}. */
    public static Container parseFile(SourceFile file, List<Diagnostic> diagnostics) {
        List<Token> tokens = Lexer.tokenize(file, diagnostics);
        var p = new Parser(file, tokens, diagnostics);
        try {
            return p.root();
        } catch (Nesting.TooDeep e) {
            return new Container(List.of());
        }
    }

    /** How deep the parse is, against {@link Nesting#MAX_DEPTH}. */
    private final Nesting nesting = new Nesting();

    /** One level deeper, at {@code at}; {@link #shallower} undoes it. */
    private void deeper(Token at) {
        if (!nesting.deeper()) tooDeep(at);
    }

    private void shallower() { nesting.shallower(); }

    /** A chain of binary operators or suffixes grew to {@code terms}: as deep as its length. */
    private void chain(Token at, int terms) {
        if (!nesting.fits(terms)) tooDeep(at);
    }

    private void tooDeep(Token at) {
        diagnostics.add(Diagnostic.error(at.span(), Nesting.MESSAGE));
        throw new Nesting.TooDeep();
    }

    // ------------------------------------------------------------------ cursor verbs

    private Token peek() { return tokens.get(current); }

    private Token peek(int ahead) {
        int i = Math.min(current + ahead, tokens.size() - 1);
        return tokens.get(i);
    }

    private boolean check(TokenKind k) { return peek().kind() == k; }

    private boolean checkAhead(int ahead, TokenKind k) { return peek(ahead).kind() == k; }

    private Token advance() {
        Token t = peek();
        if (t.kind() != EOF) current++;
        return t;
    }

    private Token previous() { return tokens.get(Math.max(0, current - 1)); }

    private boolean match(TokenKind k) {
        if (check(k)) {
            advance();
            return true;
        }
        return false;
    }

    /** Expects a token; {@code message} is Zig's whole message, e.g. "expected ';' after statement". */
    private Token consume(TokenKind k, String message) {
        if (check(k)) return advance();
        throw expected(message);
    }

    private Token consume(TokenKind k) {
        if (check(k)) return advance();
        throw expected("expected '" + k.describe() + "', " + foundToken());
    }

    /**
     * Reports a missing token as Zig does: at the found token, or, when that token starts another
     * line, just after the previous token (where the missing ';' or ')' belongs).
     */
    private ParseError expected(String message) {
        Token found = peek();
        Token prev = previous();
        Span at = found.span();
        if (current > 0 && prev.span().line() != found.span().line()) at = Span.at(file, prev.end());
        diagnostics.add(Diagnostic.error(at, message));
        return new ParseError();
    }

    /**
     * A missing ';' is reported and then assumed, as Zig's parser does, so the next statement
     * is still read and its own errors found.
     */
    private void expectSemicolon(String message) {
        if (!match(SEMICOLON)) expected(message);
    }

    private ParseError error(Token at, String message) {
        diagnostics.add(Diagnostic.error(at.span(), message));
        return new ParseError();
    }

    /** The found token of an "expected 'X'" error: Zig calls an invalid token "invalid bytes" there. */
    private String foundToken() {
        return check(INVALID) ? "found invalid bytes" : found();
    }

    private String found() {
        return "found '" + peek().kind().describe() + "'";
    }

    private Span spanFrom(Token start) {
        return new Span(file, start.start(), previous().end());
    }

    private Span spanFrom(Span start) {
        return new Span(file, start.start(), Math.max(start.end(), previous().end()));
    }

    // ------------------------------------------------------------------ containers

    private Container root() {
        Container c = containerMembers(true);
        if (!check(EOF)) {
            expected("expected 'a declaration', " + found());
        }
        return c;
    }

    /** Skips the doc comments ({@code ///} lines) before a member, parameter or error name: the first of them, or null. */
    private Token docComments() {
        Token first = check(DOC_COMMENT) ? peek() : null;
        while (check(DOC_COMMENT)) advance();
        return first;
    }

    private Container containerMembers(boolean topLevel) {
        List<Member> members = new ArrayList<>();
        while (!check(EOF) && !check(RBRACE)) {
            int before = current;
            Token doc = docComments();
            if (doc != null && (check(EOF) || check(RBRACE))) {
                error(doc, "unattached documentation comment");
                break;
            }
            try {
                Member m = containerMember();
                if (m != null) members.add(m);
            } catch (ParseError e) {
                syncMember();
            }
            if (current == before) advance();
        }
        return new Container(members);
    }

    /** Skips to something that can start a member: a declaration keyword or the end of the container. */
    private void syncMember() {
        int depth = 0;
        while (!check(EOF)) {
            TokenKind k = peek().kind();
            if (depth == 0 && (k == KW_PUB || k == KW_FN || k == KW_CONST || k == KW_VAR || k == KW_TEST)) return;
            if (k == LBRACE) depth++;
            if (k == RBRACE) {
                if (depth == 0) return;
                depth--;
                advance();
                if (depth == 0 && (check(KW_PUB) || check(KW_FN) || check(KW_CONST) || check(KW_VAR) || check(KW_TEST))) return;
                continue;
            }
            if (k == SEMICOLON && depth == 0) {
                advance();
                return;
            }
            advance();
        }
    }

    private Member containerMember() {
        Token start = peek();
        if (match(KW_TEST)) {
            String name = "";
            boolean decltest = false;
            if (check(STRING_LITERAL)) {
                name = new String(Lexer.decodeString(advance(), diagnostics), java.nio.charset.StandardCharsets.UTF_8);
            } else if (check(IDENTIFIER)) {
                name = advance().text();
                decltest = true;
            }
            Block body = block(null, null);
            return new TestDecl(name, body, spanFrom(start), decltest);
        }
        if (check(KW_COMPTIME) && checkAhead(1, LBRACE)) {
            advance();
            Block body = block(null, null);
            return new ComptimeDecl(body, spanFrom(start));
        }
        boolean isPub = match(KW_PUB);
        boolean isExtern = false;
        boolean isInline = false;
        while (check(KW_EXTERN) || check(KW_EXPORT) || check(KW_INLINE) || check(KW_NOINLINE) || check(KW_THREADLOCAL)) {
            Token t = advance();
            if (t.is(KW_EXTERN)) {
                isExtern = true;
                if (check(STRING_LITERAL)) advance();
            }
            if (t.is(KW_INLINE)) isInline = true;
        }
        if (check(KW_FN)) return fnDecl(start, isPub, isExtern, isInline);
        if (check(KW_CONST) || check(KW_VAR)) {
            VarDecl d = varDecl(start, isPub, false, isExtern, false);
            return d;
        }
        if (check(KW_USINGNAMESPACE)) throw error(peek(), "Heap Lab does not support 'usingnamespace' yet");
        if (isPub || isExtern || isInline) throw error(peek(), "expected function or variable declaration after pub");
        // a container field: [comptime] name [: type] [= value] (, | }), or a tuple's field: a type
        match(KW_COMPTIME);
        boolean named = check(IDENTIFIER) && (checkAhead(1, COLON) || checkAhead(1, COMMA) || checkAhead(1, RBRACE)
                || checkAhead(1, EQ) || checkAhead(1, KW_ALIGN));
        if (!named && !check(EOF) && !check(RBRACE) && startsExpr()) {
            Expr type = typeExpr();
            if (!check(RBRACE)) consume(COMMA, "expected ',' after field");
            return new FieldDecl(null, type.span(), type, null, null, spanFrom(start));
        }
        if (check(IDENTIFIER)) {
            Token name = advance();
            Expr type = null;
            Expr value = null;
            Expr align = null;
            if (match(COLON)) type = typeExpr();
            if (match(KW_ALIGN)) {
                consume(LPAREN);
                align = expr();
                consume(RPAREN);
            }
            if (match(EQ)) value = expr();
            if (!check(RBRACE)) consume(COMMA, "expected ',' after field");
            return new FieldDecl(name.text(), name.span(), type, align, value, spanFrom(start));
        }
        throw expected("expected type expression, " + found());
    }

    private FnDecl fnDecl(Token start, boolean isPub, boolean isExtern, boolean isInline) {
        consume(KW_FN);
        Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
        List<Param> params = paramList();
        skipFnModifiers();
        boolean inferred = false;
        if (check(BANG)) {
            advance();
            inferred = true;
        }
        // the body's '{' ends the return type (`fn f() if (c) []T else []u8 {` is no initializer)
        boolean saved = inReturnType;
        inReturnType = true;
        Expr ret;
        try {
            ret = typeExpr();
        } finally {
            inReturnType = saved;
        }
        Block body = null;
        if (check(SEMICOLON)) {
            advance();
        } else {
            body = block(null, null);
        }
        return new FnDecl(isPub, isExtern || body == null, isInline, name.text(), name.span(), params, ret, inferred, body, spanFrom(start));
    }

    private void skipFnModifiers() {
        while (check(KW_CALLCONV) || check(KW_ALIGN) || check(KW_ADDRSPACE) || check(KW_LINKSECTION)) {
            advance();
            consume(LPAREN);
            expr();
            consume(RPAREN);
        }
    }

    private List<Param> paramList() {
        consume(LPAREN);
        List<Param> params = new ArrayList<>();
        while (!check(RPAREN) && !check(EOF)) {
            docComments();
            Token start = peek();
            boolean isComptime = false;
            if (match(KW_COMPTIME)) isComptime = true;
            else match(KW_NOALIAS);
            String name = null;
            Span nameSpan = null;
            if ((check(IDENTIFIER)) && checkAhead(1, COLON)) {
                Token n = advance();
                name = n.text();
                nameSpan = n.span();
                advance();
            }
            if (check(KW_ANYTYPE)) {
                Token a = advance();
                params.add(new Param(name, nameSpan, isComptime, true, new AnyType(a.span()), spanFrom(start)));
            } else if (check(DOT3)) {
                throw error(peek(), "Heap Lab does not support variadic parameters");
            } else {
                Expr type = typeExpr();
                params.add(new Param(name, nameSpan, isComptime, false, type, spanFrom(start)));
            }
            if (!check(RPAREN)) consume(COMMA, "expected ',' after parameter");
        }
        consume(RPAREN);
        return params;
    }

    private VarDecl varDecl(Token start, boolean isPub, boolean isComptime, boolean isExtern, boolean isStatement) {
        boolean isConst = advance().is(KW_CONST);
        Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
        Expr type = null;
        Expr init = null;
        if (match(COLON)) type = typeExpr();
        if (match(KW_ALIGN)) {
            consume(LPAREN);
            expr();
            consume(RPAREN);
        }
        if (match(EQ)) init = expr();
        expectSemicolon(isStatement ? "expected ';' after statement" : "expected ';' after declaration");
        return new VarDecl(isPub, isConst, isComptime, isExtern, name.text(), name.span(), type, init, spanFrom(start));
    }

    // ------------------------------------------------------------------ statements

    private Block block(String label, Token labelTok) {
        deeper(peek());
        try {
            return blockBody(label, labelTok);
        } finally {
            shallower();
        }
    }

    private Block blockBody(String label, Token labelTok) {
        Token open = consume(LBRACE);
        List<Stmt> stmts = new ArrayList<>();
        while (!check(RBRACE) && !check(EOF)) {
            int before = current;
            try {
                Stmt s = statement();
                if (s != null) stmts.add(s);
            } catch (ParseError e) {
                syncStatement();
            }
            if (current == before) advance();
        }
        consume(RBRACE);
        Span span = new Span(file, (labelTok != null ? labelTok : open).start(), previous().end());
        return new Block(label, stmts, span);
    }

    /** Skips past the end of the broken statement: its ';', or up to the '}' that closes the block. */
    private void syncStatement() {
        int depth = 0;
        while (!check(EOF)) {
            TokenKind k = peek().kind();
            if (k == LBRACE || k == LPAREN || k == LBRACKET) depth++;
            if (k == RBRACE || k == RPAREN || k == RBRACKET) {
                if (depth == 0) return;
                depth--;
            }
            advance();
            if (k == SEMICOLON && depth == 0) return;
            if (k == RBRACE && depth == 0) return;
        }
    }

    private Stmt statement() {
        Token start = peek();
        if (check(KW_COMPTIME) && (checkAhead(1, KW_CONST) || checkAhead(1, KW_VAR))) {
            advance();
            Stmt d = destructureDecl(start, true);
            return d != null ? d : varDecl(start, false, true, false, true);
        }
        if (check(KW_CONST) || check(KW_VAR)) {
            Stmt d = destructureDecl(start, false);
            return d != null ? d : varDecl(start, false, false, false, true);
        }
        if (check(KW_DEFER) || check(KW_ERRDEFER)) {
            boolean isErr = advance().is(KW_ERRDEFER);
            String capture = null;
            if (isErr && match(PIPE)) {
                capture = consume(IDENTIFIER).text();
                consume(PIPE);
            }
            Expr body = blockExprStatement();
            return new Defer(isErr, capture, body, spanFrom(start));
        }
        if (check(SEMICOLON) || check(DOC_COMMENT)) {
            throw error(peek(), "expected statement, " + found());
        }
        // block-like statements need no semicolon
        if (isBlockLikeStart()) {
            Expr e = blockLikeStatement();
            return new ExprStmt(e, e.span());
        }
        if (!startsExpr() && !check(RBRACE) && !check(EOF)) throw error(peek(), "expected statement, " + found());
        Expr e = assignExpr();
        if (check(COMMA) && !(e instanceof Assign)) {
            return destructureRest(start, new DestructTarget(false, false, false, null, null, null, e, e.span()));
        }
        expectSemicolon("expected ';' after statement");
        if (e instanceof Assign a) return a;
        return new ExprStmt(e, spanFrom(start));
    }

    /**
     * {@code const a, const b = value;}: a destructuring when a ',' follows the first declaration;
     * null (and nothing consumed or reported) when it is a plain declaration.
     */
    private Stmt destructureDecl(Token start, boolean isComptime) {
        int save = current;
        int reported = diagnostics.size();
        try {
            DestructTarget first = declTarget(isComptime, start);
            if (check(COMMA)) return destructureRest(start, first);
        } catch (ParseError e) {
            // not for us to report: the declaration is read again as a plain one
        }
        current = save;
        while (diagnostics.size() > reported) diagnostics.remove(diagnostics.size() - 1);
        return null;
    }

    private DestructTarget declTarget(boolean isComptime, Token start) {
        boolean isConst = advance().is(KW_CONST);
        Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
        Expr type = null;
        if (match(COLON)) type = typeExpr();
        return new DestructTarget(true, isConst, isComptime, name.text(), name.span(), type, null, spanFrom(start));
    }

    private Destructure destructureRest(Token start, DestructTarget first) {
        List<DestructTarget> targets = new ArrayList<>();
        targets.add(first);
        while (match(COMMA)) {
            Token t = peek();
            boolean ct = false;
            if (check(KW_COMPTIME) && (checkAhead(1, KW_CONST) || checkAhead(1, KW_VAR))) {
                advance();
                ct = true;
            }
            if (check(KW_CONST) || check(KW_VAR)) {
                targets.add(declTarget(ct, t));
            } else {
                Expr e = expr();
                targets.add(new DestructTarget(false, false, false, null, null, null, e, e.span()));
            }
        }
        Token eq = consume(EQ, "expected '=', " + foundToken());
        Expr value = expr();
        expectSemicolon("expected ';' after statement");
        return new Destructure(targets, value, eq.span(), spanFrom(start));
    }

    private boolean isBlockLikeStart() {
        TokenKind k = peek().kind();
        if (k == LBRACE || k == KW_IF || k == KW_WHILE || k == KW_FOR || k == KW_SWITCH) return true;
        if (k == KW_INLINE && (checkAhead(1, KW_WHILE) || checkAhead(1, KW_FOR))) return true;
        if (k == KW_COMPTIME && checkAhead(1, LBRACE)) return true;
        return k == IDENTIFIER && checkAhead(1, COLON)
                && (checkAhead(2, LBRACE) || checkAhead(2, KW_WHILE) || checkAhead(2, KW_FOR) || checkAhead(2, KW_INLINE)
                    || checkAhead(2, KW_SWITCH));
    }

    /** if / while / for / switch / block in statement position, where a block body ends the statement. */
    private Expr blockLikeStatement() {
        Token start = peek();
        String label = null;
        Token labelTok = null;
        if (check(IDENTIFIER) && checkAhead(1, COLON)) {
            labelTok = advance();
            label = labelTok.text();
            advance();
        }
        if (check(KW_COMPTIME)) {
            advance();
            return new Comptime(block(null, null), spanFrom(start));
        }
        if (check(LBRACE)) return block(label, labelTok);
        if (check(KW_SWITCH)) {
            Expr s = switchExpr(label, labelTok);
            match(SEMICOLON);
            return s;
        }
        boolean isInline = match(KW_INLINE);
        if (check(KW_IF)) return ifExpr(true);
        if (check(KW_WHILE)) return whileExpr(label, labelTok != null ? labelTok : start, isInline, true);
        if (check(KW_FOR)) return forExpr(label, labelTok != null ? labelTok : start, isInline, true);
        throw error(peek(), "expected statement, " + found());
    }

    /** Set by {@link #statementBody} when the body was itself a complete statement (it needs no ';'). */
    private boolean bodyWasStatement;

    /** A statement body: a block, a nested block-like statement, or an assignment/expression (its ';' comes after). */
    /** An if's or a loop's body (Zig's BlockExpr or AssignExpr: a nested if/for/while/switch there is an expression, so a ';' ends it). */
    private Expr statementBody(boolean asStatement) {
        if (asStatement && !check(LBRACE) && !(check(IDENTIFIER) && checkAhead(1, COLON) && checkAhead(2, LBRACE))) {
            Token start = peek();
            Expr e = assignExpr();
            if (check(COMMA) && !(e instanceof Assign)) {
                // a destructuring assignment as the body (for (..) |_| a, b = .{ b, a + b };), its ';' read
                Destructure d = destructureRest(start, new DestructTarget(false, false, false, null, null, null, e, e.span()));
                bodyWasStatement = true;
                return new Block(null, List.of(d), d.span());
            }
            bodyWasStatement = false;
            return e;
        }
        return elseBody(asStatement);
    }

    /** What follows an else: a statement of its own in statement position (else if ... needs no ';'). */
    private Expr elseBody(boolean asStatement) {
        if (!asStatement) {
            // in an expression, branches and bodies are expressions (Zig's IfExpr, LoopExpr)
            Expr e = expr();
            bodyWasStatement = false;
            return e;
        }
        if (check(LBRACE)) {
            Expr b = block(null, null);
            bodyWasStatement = true;
            return b;
        }
        if (asStatement && isBlockLikeStart()) {
            Expr e = blockLikeStatement();
            bodyWasStatement = true;
            return e;
        }
        Expr e = assignExpr();
        bodyWasStatement = false;
        return e;
    }

    /**
     * The body of {@code defer} / {@code errdefer}: Zig's BlockExprStatement, a (labeled) block or an
     * expression and ';'. An if / while / for / switch there is an expression, so it needs the ';' even
     * after a '}' ({@code defer while (i > 0) : (i -= 1) { ... };}).
     */
    private Expr blockExprStatement() {
        if (check(LBRACE)) return block(null, null);
        if (check(IDENTIFIER) && checkAhead(1, COLON) && checkAhead(2, LBRACE)) return blockLikeStatement();
        Expr e = assignExpr();
        expectSemicolon("expected ';' after statement");
        return e;
    }

    private Expr assignExpr() {
        Token start = peek();
        Expr target = expr();
        TokenKind k = peek().kind();
        BinOp op = switch (k) {
            case EQ -> null;
            case PLUS_EQ -> BinOp.ADD;
            case MINUS_EQ -> BinOp.SUB;
            case STAR_EQ -> BinOp.MUL;
            case SLASH_EQ -> BinOp.DIV;
            case PERCENT_EQ -> BinOp.MOD;
            case PLUS_PERCENT_EQ -> BinOp.ADD_WRAP;
            case MINUS_PERCENT_EQ -> BinOp.SUB_WRAP;
            case STAR_PERCENT_EQ -> BinOp.MUL_WRAP;
            case PLUS_PIPE_EQ -> BinOp.ADD_SAT;
            case MINUS_PIPE_EQ -> BinOp.SUB_SAT;
            case STAR_PIPE_EQ -> BinOp.MUL_SAT;
            case SHL_EQ -> BinOp.SHL;
            case SHL_PIPE_EQ -> BinOp.SHL_SAT;
            case SHR_EQ -> BinOp.SHR;
            case AMP_EQ -> BinOp.BIT_AND;
            case PIPE_EQ -> BinOp.BIT_OR;
            case CARET_EQ -> BinOp.BIT_XOR;
            default -> BinOp.MERGE_ERRORS; // marker: not an assignment
        };
        if (op == BinOp.MERGE_ERRORS) return target;
        Token opTok = advance();
        Expr value = expr();
        return new Assign(target, op, value, opTok.span(), spanFrom(start));
    }

    // ------------------------------------------------------------------ expressions

    private Expr expr() {
        deeper(peek());
        try {
            return boolOrExpr();
        } finally {
            shallower();
        }
    }

    private Expr boolOrExpr() {
        int terms = 0;
        Expr left = boolAndExpr();
        while (check(KW_OR)) {
            Token op = advance();
            chain(op, ++terms);
            Expr right = boolAndExpr();
            left = new Binary(BinOp.OR, left, right, op.span(), left.span().to(right.span()));
        }
        return left;
    }

    private Expr boolAndExpr() {
        int terms = 0;
        Expr left = compareExpr();
        while (check(KW_AND)) {
            Token op = advance();
            chain(op, ++terms);
            Expr right = compareExpr();
            left = new Binary(BinOp.AND, left, right, op.span(), left.span().to(right.span()));
        }
        return left;
    }

    private Expr compareExpr() {
        Expr left = bitwiseExpr();
        BinOp op = switch (peek().kind()) {
            case EQ_EQ -> BinOp.EQ;
            case BANG_EQ -> BinOp.NE;
            case LT -> BinOp.LT;
            case LT_EQ -> BinOp.LE;
            case GT -> BinOp.GT;
            case GT_EQ -> BinOp.GE;
            default -> null;
        };
        if (op != null) {
            Token t = advance();
            Expr right = bitwiseExpr();
            left = new Binary(op, left, right, t.span(), left.span().to(right.span()));
            if (switch (peek().kind()) { case EQ_EQ, BANG_EQ, LT, LT_EQ, GT, GT_EQ -> true; default -> false; }) {
                throw error(peek(), "comparison operators cannot be chained");
            }
        }
        return left;
    }

    private Expr bitwiseExpr() {
        int terms = 0;
        Expr left = bitShiftExpr();
        while (true) {
            TokenKind k = peek().kind();
            if (k == AMP && checkAhead(1, AMP) && peek(1).start() == peek().end()) {
                // Zig's parser refuses a '&&' written for 'and'
                throw error(peek(), "ambiguous use of '&&'; use 'and' for logical AND, or change whitespace to ' & &' for bitwise AND");
            }
            if (k == AMP || k == CARET || k == PIPE) {
                Token t = advance();
                chain(t, ++terms);
                Expr right = bitShiftExpr();
                BinOp op = k == AMP ? BinOp.BIT_AND : k == CARET ? BinOp.BIT_XOR : BinOp.BIT_OR;
                left = new Binary(op, left, right, t.span(), left.span().to(right.span()));
            } else if (k == KW_ORELSE) {
                Token t = advance();
                chain(t, ++terms);
                Expr right = bitShiftExpr();
                left = new Orelse(left, right, t.span(), left.span().to(right.span()));
            } else if (k == KW_CATCH) {
                Token t = advance();
                chain(t, ++terms);
                String capture = null;
                Span capSpan = null;
                if (match(PIPE)) {
                    Token c = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
                    capture = c.text();
                    capSpan = c.span();
                    consume(PIPE);
                }
                Expr right = bitShiftExpr();
                left = new Catch(left, capture, capSpan, right, t.span(), left.span().to(right.span()));
            } else {
                return left;
            }
        }
    }

    private Expr bitShiftExpr() {
        int terms = 0;
        Expr left = additionExpr();
        while (true) {
            BinOp op = switch (peek().kind()) {
                case SHL -> BinOp.SHL;
                case SHR -> BinOp.SHR;
                case SHL_PIPE -> BinOp.SHL_SAT;
                default -> null;
            };
            if (op == null) return left;
            Token t = advance();
            chain(t, ++terms);
            Expr right = additionExpr();
            left = new Binary(op, left, right, t.span(), left.span().to(right.span()));
        }
    }

    private Expr additionExpr() {
        int terms = 0;
        Expr left = multiplyExpr();
        while (true) {
            BinOp op = switch (peek().kind()) {
                case PLUS -> BinOp.ADD;
                case MINUS -> BinOp.SUB;
                case PLUS_PLUS -> BinOp.CONCAT;
                case PLUS_PERCENT -> BinOp.ADD_WRAP;
                case MINUS_PERCENT -> BinOp.SUB_WRAP;
                case PLUS_PIPE -> BinOp.ADD_SAT;
                case MINUS_PIPE -> BinOp.SUB_SAT;
                default -> null;
            };
            if (op == null) return left;
            Token t = advance();
            chain(t, ++terms);
            Expr right = multiplyExpr();
            left = new Binary(op, left, right, t.span(), left.span().to(right.span()));
        }
    }

    private Expr multiplyExpr() {
        int terms = 0;
        Expr left = prefixExpr();
        while (true) {
            BinOp op = switch (peek().kind()) {
                case PIPE_PIPE -> BinOp.MERGE_ERRORS;
                case STAR -> BinOp.MUL;
                case SLASH -> BinOp.DIV;
                case PERCENT -> BinOp.MOD;
                case STAR_STAR -> BinOp.REPEAT;
                case STAR_PERCENT -> BinOp.MUL_WRAP;
                case STAR_PIPE -> BinOp.MUL_SAT;
                default -> null;
            };
            if (op == null) return left;
            Token t = advance();
            chain(t, ++terms);
            Expr right = prefixExpr();
            left = new Binary(op, left, right, t.span(), left.span().to(right.span()));
        }
    }

    private Expr prefixExpr() {
        Token t = peek();
        boolean operator = switch (t.kind()) {
            case BANG, MINUS, MINUS_PERCENT, TILDE, AMP, KW_TRY -> true;
            default -> false;
        };
        if (!operator) return primaryExpr();
        deeper(t);
        try {
            return prefixOperand(t);
        } finally {
            shallower();
        }
    }

    private Expr prefixOperand(Token t) {
        switch (t.kind()) {
            case BANG -> {
                advance();
                Expr e = prefixExpr();
                return new Unary(UnaryOp.NOT, e, spanFrom(t));
            }
            case MINUS -> {
                advance();
                Expr e = prefixExpr();
                // -0 stays a negation: Zig's AstGen rejects it as ambiguous
                if (e instanceof IntLit lit && lit.value().signum() != 0) return new IntLit(lit.value().negate(), spanFrom(t));
                if (e instanceof FloatLit lit) return new FloatLit(-lit.value(), lit.text().startsWith("-") ? lit.text().substring(1) : "-" + lit.text(), spanFrom(t));
                return new Unary(UnaryOp.NEG, e, spanFrom(t));
            }
            case MINUS_PERCENT -> {
                advance();
                Expr e = prefixExpr();
                return new Unary(UnaryOp.NEG_WRAP, e, spanFrom(t));
            }
            case TILDE -> {
                advance();
                Expr e = prefixExpr();
                return new Unary(UnaryOp.BIT_NOT, e, spanFrom(t));
            }
            case AMP -> {
                advance();
                Expr e = prefixExpr();
                return new Unary(UnaryOp.ADDRESS_OF, e, spanFrom(t));
            }
            case KW_TRY -> {
                advance();
                Expr e = prefixExpr();
                return new Try(e, spanFrom(t));
            }
            default -> {
                return primaryExpr();
            }
        }
    }

    private Expr primaryExpr() {
        Token t = peek();
        switch (t.kind()) {
            case KW_IF:
                return ifExpr(false);
            case KW_BREAK: {
                advance();
                String label = null;
                if (match(COLON)) label = consume(IDENTIFIER, "expected 'an identifier', " + foundToken()).text();
                Expr value = null;
                if (startsExpr()) value = expr();
                return new Break(label, value, spanFrom(t));
            }
            case KW_CONTINUE: {
                advance();
                String label = null;
                Expr value = null;
                if (match(COLON)) {
                    label = consume(IDENTIFIER, "expected 'an identifier', " + foundToken()).text();
                    if (startsExpr()) value = expr();
                }
                return new Continue(label, value, spanFrom(t));
            }
            case KW_RETURN: {
                advance();
                Expr value = null;
                if (startsExpr()) value = expr();
                return new Return(value, spanFrom(t));
            }
            case KW_COMPTIME: {
                advance();
                Expr e = expr();
                return new Comptime(e, spanFrom(t));
            }
            case KW_NOSUSPEND: {
                advance();
                return expr();
            }
            case LBRACE:
                return block(null, null);
            case KW_WHILE:
                return whileExpr(null, t, false, false);
            case KW_FOR:
                return forExpr(null, t, false, false);
            case KW_INLINE:
                advance();
                if (check(KW_WHILE)) return whileExpr(null, t, true, false);
                if (check(KW_FOR)) return forExpr(null, t, true, false);
                throw error(peek(), "expected 'while' or 'for' after 'inline'");
            case IDENTIFIER:
                if (checkAhead(1, COLON) && (checkAhead(2, LBRACE) || checkAhead(2, KW_WHILE) || checkAhead(2, KW_FOR) || checkAhead(2, KW_INLINE)
                        || checkAhead(2, KW_SWITCH))) {
                    Token label = advance();
                    advance();
                    if (check(LBRACE)) return block(label.text(), label);
                    if (check(KW_SWITCH)) return switchExpr(label.text(), label);
                    boolean inl = match(KW_INLINE);
                    if (check(KW_WHILE)) return whileExpr(label.text(), label, inl, false);
                    return forExpr(label.text(), label, inl, false);
                }
                return curlySuffixExpr();
            default:
                return curlySuffixExpr();
        }
    }

    /** Whether the next token can begin an expression (for optional operands of break and return). */
    private boolean startsExpr() {
        return switch (peek().kind()) {
            case SEMICOLON, RBRACE, RPAREN, RBRACKET, COMMA, EOF, COLON, EQ, FAT_ARROW, KW_ELSE, INVALID -> false;
            default -> true;
        };
    }

    /** Set while a function's return type is read: a '{' there opens the body, not an initializer. */
    private boolean inReturnType;

    private Expr curlySuffixExpr() {
        Token start = peek();
        Expr type = typeExpr();
        if (check(LBRACE) && !inReturnType) return initList(type, start);
        return type;
    }

    private Expr initList(Expr type, Token start) {
        consume(LBRACE);
        List<FieldInit> fields = new ArrayList<>();
        List<Expr> elements = new ArrayList<>();
        if (check(DOT) && checkAhead(1, IDENTIFIER) && checkAhead(2, EQ)) {
            while (!check(RBRACE) && !check(EOF)) {
                consume(DOT);
                Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
                consume(EQ);
                Expr value = expr();
                fields.add(new FieldInit(name.text(), name.span(), value));
                if (!check(RBRACE)) consume(COMMA, "expected ',' after initializer");
            }
        } else {
            while (!check(RBRACE) && !check(EOF)) {
                elements.add(expr());
                if (!check(RBRACE)) consume(COMMA, "expected ',' after initializer");
            }
        }
        consume(RBRACE);
        Span span = type != null ? type.span().to(previous().span()) : spanFrom(start);
        return new Init(type, fields, elements, span);
    }

    private Expr typeExpr() {
        Token t = peek();
        if (t.kind() != QUESTION && t.kind() != STAR && t.kind() != STAR_STAR && t.kind() != LBRACKET) return typeExprBody(t);
        deeper(t);
        try {
            return typeExprBody(t);
        } finally {
            shallower();
        }
    }

    private Expr typeExprBody(Token t) {
        switch (t.kind()) {
            case QUESTION: {
                advance();
                Expr child = typeExpr();
                return new OptionalType(child, spanFrom(t));
            }
            case STAR:
            case STAR_STAR: {
                advance();
                Ptr mods = pointerModifiers();
                Expr child = typeExpr();
                Expr ptr = new PointerType(PtrSize.ONE, mods.isConst, null, mods.align, child, spanFrom(t));
                if (t.kind() == STAR_STAR) ptr = new PointerType(PtrSize.ONE, false, null, null, ptr, spanFrom(t));
                return ptr;
            }
            case LBRACKET: {
                advance();
                if (check(STAR)) {
                    advance();
                    PtrSize size = PtrSize.MANY;
                    Expr sentinel = null;
                    if (check(IDENTIFIER) && peek().text().equals("c")) {
                        advance();
                        size = PtrSize.C;
                    } else if (match(COLON)) {
                        sentinel = expr();
                    }
                    consume(RBRACKET);
                    Ptr mods = pointerModifiers();
                    Expr child = typeExpr();
                    return new PointerType(size, mods.isConst, sentinel, mods.align, child, spanFrom(t));
                }
                if (check(RBRACKET) || check(COLON)) {
                    Expr sentinel = null;
                    if (match(COLON)) sentinel = expr();
                    consume(RBRACKET);
                    Ptr mods = pointerModifiers();
                    Expr child = typeExpr();
                    return new PointerType(PtrSize.SLICE, mods.isConst, sentinel, mods.align, child, spanFrom(t));
                }
                Expr len = expr();
                Expr sentinel = null;
                if (match(COLON)) sentinel = expr();
                consume(RBRACKET);
                Expr child = typeExpr();
                return new ArrayType(len, sentinel, child, spanFrom(t));
            }
            default:
                return errorUnionExpr();
        }
    }

    private record Ptr(boolean isConst, Expr align) {}

    private Ptr pointerModifiers() {
        boolean isConst = false;
        Expr align = null;
        while (true) {
            if (match(KW_CONST)) isConst = true;
            else if (match(KW_VOLATILE) || match(KW_ALLOWZERO)) continue;
            else if (check(KW_ALIGN)) {
                advance();
                consume(LPAREN);
                align = expr();
                consume(RPAREN);
            } else if (check(KW_ADDRSPACE)) {
                advance();
                consume(LPAREN);
                expr();
                consume(RPAREN);
            } else {
                return new Ptr(isConst, align);
            }
        }
    }

    private Expr errorUnionExpr() {
        Expr left = suffixExpr();
        if (check(BANG)) {
            advance();
            Expr payload = typeExpr();
            return new ErrorUnionType(left, payload, left.span().to(payload.span()));
        }
        return left;
    }

    private Expr suffixExpr() {
        Expr e = primaryTypeExpr();
        int suffixes = 0;
        while (true) {
            Token t = peek();
            chain(t, ++suffixes);
            switch (t.kind()) {
                case LBRACKET -> {
                    advance();
                    Expr index = expr();
                    if (match(DOT2)) {
                        Expr end = null;
                        Expr sentinel = null;
                        if (!check(RBRACKET) && !check(COLON)) end = expr();
                        if (match(COLON)) sentinel = expr();
                        consume(RBRACKET);
                        e = new SliceOf(e, index, end, sentinel, t.span(), e.span().to(previous().span()));
                    } else {
                        consume(RBRACKET);
                        e = new Index(e, index, t.span(), e.span().to(previous().span()));
                    }
                }
                case DOT -> {
                    advance();
                    Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
                    e = new Field(e, name.text(), name.span(), e.span().to(name.span()));
                }
                case DOT_STAR -> {
                    advance();
                    e = new Deref(e, t.span(), e.span().to(t.span()));
                }
                case DOT_QUESTION -> {
                    advance();
                    e = new UnwrapOpt(e, t.span(), e.span().to(t.span()));
                }
                case LPAREN -> {
                    advance();
                    List<Expr> args = callArgs();
                    e = new Call(e, args, t.span(), e.span().to(previous().span()));
                }
                default -> {
                    return e;
                }
            }
        }
    }

    private List<Expr> callArgs() {
        List<Expr> args = new ArrayList<>();
        boolean saved = inReturnType;
        inReturnType = false;
        try {
            while (!check(RPAREN) && !check(EOF)) {
                args.add(expr());
                if (!check(RPAREN)) consume(COMMA, "expected ',' after argument");
            }
        } finally {
            inReturnType = saved;
        }
        consume(RPAREN);
        return args;
    }

    private Expr primaryTypeExpr() {
        Token t = peek();
        switch (t.kind()) {
            case BUILTIN: {
                advance();
                consume(LPAREN);
                List<Expr> args = callArgs();
                return new BuiltinCall(t.text().substring(1), args, spanFrom(t));
            }
            case CHAR_LITERAL:
                advance();
                return new CharLit(Lexer.decodeChar(t, diagnostics), t.span());
            case INT_LITERAL:
                advance();
                return new IntLit(parseInt(t), t.span());
            case FLOAT_LITERAL:
                advance();
                return new FloatLit(parseFloat(t), t.text(), t.span());
            case STRING_LITERAL:
            case MULTILINE_STRING:
                advance();
                return new StringLit(Lexer.decodeString(t, diagnostics), t.span());
            case IDENTIFIER:
                advance();
                return new Identifier(t.text(), t.span());
            case KW_ANYTYPE:
                advance();
                return new AnyType(t.span());
            case KW_UNREACHABLE:
                advance();
                return new Unreachable(t.span());
            case DOT: {
                advance();
                if (check(LBRACE)) return initList(null, t);
                Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
                return new EnumLit(name.text(), spanFrom(t));
            }
            case KW_ERROR: {
                advance();
                if (match(DOT)) {
                    Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
                    return new ErrorLit(name.text(), spanFrom(t));
                }
                consume(LBRACE);
                List<String> names = new ArrayList<>();
                while (!check(RBRACE) && !check(EOF)) {
                    docComments();
                    names.add(consume(IDENTIFIER, "expected 'an identifier', " + foundToken()).text());
                    if (!check(RBRACE)) consume(COMMA, "expected ',' after field");
                }
                consume(RBRACE);
                return new ErrorSetType(names, spanFrom(t));
            }
            case LPAREN: {
                advance();
                boolean saved = inReturnType;
                inReturnType = false;
                Expr inner;
                try {
                    inner = expr();
                } finally {
                    inReturnType = saved;
                }
                consume(RPAREN);
                return new Grouped(inner, spanFrom(t));
            }
            case KW_STRUCT:
            case KW_ENUM:
            case KW_UNION:
            case KW_OPAQUE:
            case KW_EXTERN:
            case KW_PACKED:
                return containerDecl();
            case KW_FN: {
                advance();
                List<Param> params = paramList();
                skipFnModifiers();
                boolean inferred = match(BANG);
                Expr ret = typeExpr();
                return new FnType(params, ret, inferred, spanFrom(t));
            }
            case KW_SWITCH:
                return switchExpr();
            case KW_COMPTIME: {
                advance();
                Expr e = typeExpr();
                return new Comptime(e, spanFrom(t));
            }
            case KW_IF:
                return ifExpr(false);
            case KW_ASM:
                throw error(t, "Heap Lab does not support inline assembly");
            case KW_ANYFRAME:
                throw error(t, "Heap Lab does not support async functions");
            default:
                throw expected("expected expression, " + found());
        }
    }

    private Expr containerDecl() {
        Token start = peek();
        String layout = null;
        if (check(KW_EXTERN) || check(KW_PACKED)) layout = advance().text();
        Token kw = advance();
        ContainerKind kind = switch (kw.kind()) {
            case KW_STRUCT -> ContainerKind.STRUCT;
            case KW_ENUM -> ContainerKind.ENUM;
            case KW_UNION -> ContainerKind.UNION;
            case KW_OPAQUE -> ContainerKind.OPAQUE;
            default -> throw error(kw, "expected 'struct', 'enum', 'union' or 'opaque'");
        };
        Expr tagType = null;
        boolean tagged = false;
        if (match(LPAREN)) {
            if (kind == ContainerKind.UNION && check(KW_ENUM)) {
                advance();
                tagged = true;
                if (match(LPAREN)) {
                    tagType = expr();
                    consume(RPAREN);
                }
            } else {
                tagType = expr();
                if (kind == ContainerKind.UNION) tagged = true;
            }
            consume(RPAREN);
        }
        consume(LBRACE);
        Container body = containerMembers(false);
        consume(RBRACE);
        return new ContainerType(kind, tagType, tagged, layout, body, spanFrom(start));
    }

    private Capture captureOpt() {
        if (!check(PIPE)) return null;
        Token open = advance();
        boolean byRef = match(STAR);
        Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
        if (check(COMMA)) throw expected("expected '|', found ','");
        consume(PIPE);
        return new Capture(name.text(), byRef, new Span(file, open.start(), previous().end()));
    }

    private Expr ifExpr(boolean asStatement) {
        Token start = consume(KW_IF);
        consume(LPAREN);
        Expr cond = expr();
        consume(RPAREN);
        Capture cap = captureOpt();
        Expr then = statementBody(asStatement);
        boolean thenDone = bodyWasStatement;
        Capture elseCap = null;
        Expr otherwise = null;
        if (asStatement && !thenDone && !check(KW_ELSE)) {
            expectSemicolon("expected ';' or 'else' after statement");
        } else if (match(KW_ELSE)) {
            elseCap = captureOpt();
            otherwise = elseBody(asStatement);
            if (asStatement && !bodyWasStatement) expectSemicolon("expected ';' after statement");
        }
        return new If(cond, cap, then, elseCap, otherwise, spanFrom(start));
    }


    private Expr whileExpr(String label, Token start, boolean isInline, boolean asStatement) {
        consume(KW_WHILE);
        consume(LPAREN);
        Expr cond = expr();
        consume(RPAREN);
        Capture cap = captureOpt();
        Expr cont = null;
        if (match(COLON)) {
            consume(LPAREN);
            cont = assignExpr();
            consume(RPAREN);
        }
        Expr body = statementBody(asStatement);
        boolean bodyDone = bodyWasStatement;
        Capture elseCap = null;
        Expr otherwise = null;
        if (asStatement && !bodyDone && !check(KW_ELSE)) {
            expectSemicolon("expected ';' or 'else' after statement");
        } else if (match(KW_ELSE)) {
            elseCap = captureOpt();
            otherwise = elseBody(asStatement);
            if (asStatement && !bodyWasStatement) expectSemicolon("expected ';' after statement");
        }
        return new While(label, isInline, cond, cap, cont, body, elseCap, otherwise, spanFrom(start));
    }

    private Expr forExpr(String label, Token start, boolean isInline, boolean asStatement) {
        consume(KW_FOR);
        consume(LPAREN);
        List<ForInput> inputs = new ArrayList<>();
        while (!check(RPAREN) && !check(EOF)) {
            Token s = peek();
            Expr e = expr();
            if (match(DOT2)) {
                Expr end = null;
                if (!check(RPAREN) && !check(COMMA)) end = expr();
                inputs.add(new ForInput(e, end, true, spanFrom(s)));
            } else {
                inputs.add(new ForInput(e, null, false, spanFrom(s)));
            }
            if (!check(RPAREN)) consume(COMMA);
        }
        consume(RPAREN);
        List<Capture> captures = new ArrayList<>();
        if (check(PIPE)) {
            Token open = advance();
            while (!check(PIPE) && !check(EOF)) {
                Token cs = peek();
                boolean byRef = match(STAR);
                Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
                captures.add(new Capture(name.text(), byRef, spanFrom(cs)));
                if (!check(PIPE)) consume(COMMA);
            }
            consume(PIPE);
            if (open == null) throw error(peek(), "unreachable");
        }
        Expr body = statementBody(asStatement);
        boolean bodyDone = bodyWasStatement;
        Expr otherwise = null;
        if (asStatement && !bodyDone && !check(KW_ELSE)) {
            expectSemicolon("expected ';' or 'else' after statement");
        } else if (match(KW_ELSE)) {
            otherwise = elseBody(asStatement);
            if (asStatement && !bodyWasStatement) expectSemicolon("expected ';' after statement");
        }
        return new For(label, isInline, inputs, captures, body, otherwise, spanFrom(start));
    }

    private Expr switchExpr() { return switchExpr(null, null); }

    private Expr switchExpr(String label, Token labelTok) {
        Token start = labelTok != null ? labelTok : peek();
        consume(KW_SWITCH);
        consume(LPAREN);
        Expr operand = expr();
        consume(RPAREN);
        consume(LBRACE);
        List<SwitchCase> cases = new ArrayList<>();
        while (!check(RBRACE) && !check(EOF)) {
            Token cs = peek();
            List<Expr> items = new ArrayList<>();
            List<Expr[]> ranges = new ArrayList<>();
            boolean isElse = false;
            boolean isInline = match(KW_INLINE);
            if (match(KW_ELSE)) {
                isElse = true;
            } else {
                while (true) {
                    Expr item = expr();
                    if (match(DOT3)) {
                        Expr hi = expr();
                        ranges.add(new Expr[] {item, hi});
                    } else {
                        items.add(item);
                    }
                    if (check(COMMA) && !checkAhead(1, FAT_ARROW)) {
                        advance();
                        continue;
                    }
                    match(COMMA);
                    break;
                }
            }
            consume(FAT_ARROW);
            Capture cap = null;
            Capture tag = null;
            if (check(PIPE)) {
                Token open = advance();
                boolean byRef = match(STAR);
                Token name = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
                cap = new Capture(name.text(), byRef, new Span(file, open.start(), name.end()));
                if (match(COMMA)) {
                    Token tn = consume(IDENTIFIER, "expected 'an identifier', " + foundToken());
                    tag = new Capture(tn.text(), false, tn.span());
                }
                consume(PIPE);
                cap = new Capture(cap.name(), cap.byRef(), new Span(file, open.start(), previous().end()));
            }
            Expr body = assignExpr();
            cases.add(new SwitchCase(items, ranges, isElse, isInline, cap, tag, body, spanFrom(cs)));
            if (!check(RBRACE)) consume(COMMA, "expected ',' after switch prong");
        }
        consume(RBRACE);
        return new Switch(label, operand, cases, spanFrom(start));
    }

    // ------------------------------------------------------------------ literals

    /** Reports a number token that is not a valid Zig literal, as AstGen does; true when it is valid. */
    private boolean validNumber(Token t) {
        var failure = org.heaplab.lang.lex.NumberLiterals.check(t.text());
        if (failure == null) return true;
        Span at = failure.offset() == 0 ? t.span() : Span.at(file, t.start() + failure.offset());
        Diagnostic d = Diagnostic.error(at, failure.message());
        if (failure.note() != null) d = d.withNote(new Diagnostic.Note(t.span(), failure.note()));
        diagnostics.add(d);
        return false;
    }

    private BigInteger parseInt(Token t) {
        if (!validNumber(t)) return BigInteger.ZERO;
        String s = t.text().replace("_", "");
        int radix = 10;
        if (s.startsWith("0x")) { radix = 16; s = s.substring(2); }
        else if (s.startsWith("0o")) { radix = 8; s = s.substring(2); }
        else if (s.startsWith("0b")) { radix = 2; s = s.substring(2); }
        try {
            return new BigInteger(s, radix);
        } catch (NumberFormatException e) {
            diagnostics.add(Diagnostic.error(t.span(), "invalid number literal"));
            return BigInteger.ZERO;
        }
    }

    private double parseFloat(Token t) {
        if (!validNumber(t)) return 0;
        String s = t.text().replace("_", "");
        try {
            if (s.startsWith("0x")) {
                if (!s.contains("p") && !s.contains("P")) s = s + "p0";
                return Double.parseDouble(s);
            }
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            diagnostics.add(Diagnostic.error(t.span(), "invalid number literal"));
            return 0;
        }
    }

    /** Exposed for tests: parses one expression (used by property tests and the checker's tests). */
    static Expr parseExpression(SourceFile file, List<Diagnostic> diagnostics) {
        var p = new Parser(file, Lexer.tokenize(file, diagnostics), diagnostics);
        try {
            return p.expr();
        } catch (ParseError e) {
            return new Bad(new Span(file, 0, file.text().length()));
        }
    }

    @SuppressWarnings("unused")
    private static final Class<?> AST = Ast.class;
}

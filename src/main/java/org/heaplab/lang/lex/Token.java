package org.heaplab.lang.lex;

import org.heaplab.source.Span;

/** One token: its kind, its text and where it is. */
public record Token(TokenKind kind, String text, Span span) {

    public boolean is(TokenKind k) { return kind == k; }

    public int start() { return span.start(); }

    public int end() { return span.end(); }

    @Override
    public String toString() { return kind + "(" + text + ")@" + span.location(); }
}

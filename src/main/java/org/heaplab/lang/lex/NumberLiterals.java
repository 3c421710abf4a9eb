package org.heaplab.lang.lex;

/**
 * Zig's number-literal rules (std.zig.number_literal plus AstGen's messages). The lexer takes a
 * number token as Zig's tokenizer does (a digit, then letters, digits, '_', an exponent sign, a
 * '.' followed by a digit or letter); this says whether that text is a valid literal and, when it
 * is not, which error Zig reports and at which offset inside the token.
 */
public final class NumberLiterals {
    private NumberLiterals() {}

    /** A literal's failure: the offset inside the token (0 for the whole token), Zig's message and an optional note. */
    public record Failure(int offset, String message, String note) {}

    /** Zig's verdict on a number token's text: null when valid. */
    public static Failure check(String bytes) {
        boolean isFloat = bytes.indexOf('.') >= 0;
        int i = 0;
        int base = 10;
        if (bytes.length() >= 2 && bytes.charAt(0) == '0') {
            switch (bytes.charAt(1)) {
                case 'b' -> { base = 2; i = 2; }
                case 'o' -> { base = 8; i = 2; }
                case 'x' -> { base = 16; i = 2; }
                case 'B', 'O', 'X' -> { return new Failure(1, "base prefix must be lowercase", null); }
                case '.', 'e', 'E' -> { }
                default -> {
                    String message = "number '" + bytes + "' has leading zero";
                    return new Failure(0, message, isFloat ? null : "use '0o' prefix for octal literals");
                }
            }
        }
        if (bytes.length() == 2 && base != 10) return new Failure(0, "expected a digit after base prefix", null);
        boolean underscore = false, period = false, exponent = false, floating = false;
        char special = 0;
        for (; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            switch (c) {
                case '_' -> {
                    if ((i == 2 && base != 10) || special != 0) return new Failure(i, "expected digit before digit separator", null);
                    if (underscore) return new Failure(i, "repeated digit separator", null);
                    underscore = true;
                    continue;
                }
                case 'e', 'E', 'p', 'P' -> {
                    boolean isExp = (c == 'e' || c == 'E') ? base == 10 : base == 16;
                    if (isExp) {
                        if (base == 16 && i == 2) return new Failure(0, "expected a digit after base prefix", null);
                        floating = true;
                        if (exponent) return new Failure(i, "duplicate exponent", null);
                        if (underscore) return new Failure(i, "expected digit before exponent", null);
                        special = c;
                        exponent = true;
                        continue;
                    }
                }
                case '.' -> {
                    if (exponent && i >= 2 && Character.isDigit(bytes.charAt(i - 2))) {
                        return new Failure(i, "unexpected period after exponent", null);
                    }
                    floating = true;
                    if (base != 10 && base != 16) return new Failure(2, "invalid base for float literal", null);
                    if (period) return new Failure(0, "invalid number literal", null);
                    period = true;
                    if (underscore) return new Failure(i, "expected digit before '" + c + "'", null);
                    special = c;
                    continue;
                }
                case '+', '-' -> {
                    boolean ok = special == 'p' || special == 'P' || ((special == 'e' || special == 'E') && base == 10);
                    if (!ok) {
                        if (i >= 1 && base == 16) {
                            return new Failure(i, "sign '" + c + "' cannot follow digit '" + bytes.charAt(i - 1) + "' in hex base", null);
                        }
                        return new Failure(0, "invalid number literal", null);
                    }
                    special = c;
                    continue;
                }
                default -> { }
            }
            int digit;
            if (c >= '0' && c <= '9') digit = c - '0';
            else if (c >= 'A' && c <= 'Z') digit = c - 'A' + 10;
            else if (c >= 'a' && c <= 'z') digit = c - 'a' + 10;
            else return new Failure(0, "invalid number literal", null);
            if (digit >= base) {
                String name = switch (base) { case 2 -> "binary"; case 8 -> "octal"; case 16 -> "hex"; default -> "decimal"; };
                return new Failure(i, "invalid digit '" + c + "' for " + name + " base", null);
            }
            if (exponent && digit >= 10) return new Failure(i, "invalid digit '" + c + "' in exponent", null);
            underscore = false;
            special = 0;
        }
        if (underscore) return new Failure(bytes.length() - 1, "trailing digit separator", null);
        if (special != 0) {
            return new Failure(bytes.length() - 1, "expected digit after '" + bytes.charAt(bytes.length() - 2) + "'", null);
        }
        return null;
    }

    /** Whether a valid number token is a float literal (a '.' or an exponent of its base). */
    public static boolean isFloat(String bytes) {
        boolean hex = bytes.startsWith("0x");
        if (bytes.startsWith("0b") || bytes.startsWith("0o")) return false;
        for (int i = hex ? 2 : 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            if (c == '.') return true;
            if (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E')) return true;
        }
        return false;
    }
}

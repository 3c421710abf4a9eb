package org.heaplab.ui.heap;

/**
 * Which bytes a selection in the hex view covers. A line reads {@code 000000001000  aa bb ...}:
 * a 12-digit address and two spaces, then three characters a byte, sixteen bytes, then their
 * characters. A selection (or, with none, the caret) over the byte columns names the bytes it
 * touches; one in the characters column names the bytes those characters stand for.
 */
final class HexRange {
    private HexRange() {}

    static final int ADDRESS = 14;

    /** {address, length} of the bytes selected, or null when the selection touches none. */
    static long[] of(long shownFrom, int byteCount, String text, int start, int end, int caret) {
        if (start == end) {
            start = caret;
            end = caret + 1;
        }
        // the byte columns when the selection touches them, else the characters column
        for (boolean hexColumns : new boolean[] {true, false}) {
            int first = -1, last = -1;
            for (int at = start; at < end && at < text.length(); at++) {
                int b = byteAt(text, at, byteCount, hexColumns);
                if (b < 0) continue;
                if (first < 0 || b < first) first = b;
                last = Math.max(last, b);
            }
            if (first >= 0) return new long[] {shownFrom + first, last - first + 1};
        }
        return null;
    }

    /** The index of the byte a character of the dump stands for (in the byte columns, or the characters column), or -1. */
    private static int byteAt(String text, int offset, int byteCount, boolean hexColumns) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int line = 0;
        for (int i = 0; i < lineStart; i++) if (text.charAt(i) == '\n') line++;
        int col = offset - lineStart;
        int inLine;
        if (hexColumns && col >= ADDRESS && col < ADDRESS + 48) inLine = (col - ADDRESS) / 3;
        else if (!hexColumns && col >= ADDRESS + 49 && col < ADDRESS + 49 + 16) inLine = col - ADDRESS - 49;
        else return -1;
        int index = line * 16 + inLine;
        return index < byteCount ? index : -1;
    }

    /** "the byte at 0x..." or "bytes 0x...–0x...". */
    static String label(long[] range) {
        return range[1] == 1 ? String.format("the byte at 0x%x", range[0])
                : String.format("bytes 0x%x–0x%x", range[0], range[0] + range[1] - 1);
    }
}

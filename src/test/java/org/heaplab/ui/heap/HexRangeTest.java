package org.heaplab.ui.heap;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which bytes a selection in the hex view names, for "where was this written?" on a byte range. */
class HexRangeTest {
    private static final String DUMP = String.join("\n",
            "7f3ac0000000  aa aa aa aa 07 00 00 00 01 02 03 04 05 06 07 08  ................",
            "7f3ac0000010  10 11 12                                         ...");

    @Test
    void aSelectionOverTheByteColumnsNamesTheBytesItTouches() {
        int start = DUMP.indexOf("07 00");
        assertThat(HexRange.of(0x7f3ac0000000L, 19, DUMP, start, start + 5, start)).containsExactly(0x7f3ac0000004L, 2);
        // across the line break: the last byte of the first line to the first of the second
        int from = DUMP.indexOf("08  ");
        int to = DUMP.indexOf("10 11") + 2;
        assertThat(HexRange.of(0x7f3ac0000000L, 19, DUMP, from, to, from)).containsExactly(0x7f3ac000000fL, 2);
    }

    @Test
    void theCaretNamesOneByteAndTheAddressColumnNone() {
        int at = DUMP.indexOf("aa");
        assertThat(HexRange.of(0x1000, 19, DUMP, at, at, at)).containsExactly(0x1000L, 1);
        assertThat(HexRange.of(0x1000, 19, DUMP, 0, 5, 0)).isNull();
        // the characters column stands for its bytes; blanks past the block's end for none
        int chars = DUMP.indexOf("................");
        assertThat(HexRange.of(0x1000, 19, DUMP, chars + 4, chars + 6, chars)).containsExactly(0x1004L, 2);
        int past = DUMP.lastIndexOf("12") + 5;
        assertThat(HexRange.of(0x1000, 19, DUMP, past, past + 3, past)).isNull();
        assertThat(HexRange.label(new long[] {0x1004, 2})).isEqualTo("bytes 0x1004–0x1005");
        assertThat(HexRange.label(new long[] {0x1004, 1})).isEqualTo("the byte at 0x1004");
    }
}

package org.heaplab.session;

/**
 * One link of a value's origin ({@link WriteHistory#origin}): the write that put the value
 * there, and where it was copied from ({@code fromAddress}, -1 when it was computed there).
 */
public record Hop(Write write, long fromAddress, String how) {
    /** "main.zig:3: var b = node.value; (copied from 0x7f...)" as the command line prints a hop. */
    public String describe() {
        return write.file() + ":" + write.line() + " (step " + write.step() + "): " + write.lineText() + "  <- " + how;
    }
}

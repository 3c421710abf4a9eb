package org.heaplab.session;

/**
 * One write the run made ({@link WriteHistory}): at statement {@code step}, bytes
 * {@code [address, address+length)}, by whom, and the line of the user's code it happened under
 * (the innermost frame of the user's code; a line of 0 and an empty file for the start-up code).
 * {@code copiedFrom} is the address the bytes were copied from, or -1 ({@code copiedFromName}
 * the local of the writing frame that was, or null); {@code inStd} says the
 * innermost frame was the std's (an allocation's 0xAA comes from the std's alloc, a
 * {@code = undefined} from the user's line itself).
 */
public record Write(long step, long address, long length, Writer writer, String file, int line, String function, String lineText,
                    long copiedFrom, boolean inStd, String copiedFromName) {

    public Write(long step, long address, long length, Writer writer, String file, int line, String function, String lineText,
                 long copiedFrom, boolean inStd) {
        this(step, address, length, writer, file, line, function, lineText, copiedFrom, inStd, null);
    }

    /** "main.zig:12" (or "the start-up code"). */
    public String where() {
        return line <= 0 ? "the start-up code" : file + ":" + line;
    }

    /** The write as a sentence, e.g. "main.zig:12 (in push) wrote 8 bytes at step 40". */
    public String describe() {
        String bytes = length == 1 ? "1 byte" : length + " bytes";
        String in = function == null || function.isEmpty() ? "" : " (in " + function + ")";
        return switch (writer) {
            case PROGRAM -> where() + in + " wrote " + bytes + " at step " + step;
            case UNDEFINED -> inStd
                    ? "the allocator set them to 0xAA (undefined) when they were allocated at " + where() + " (step " + step + ")"
                    : where() + in + " set them to undefined (0xAA) at step " + step;
            case ALLOCATOR_FREE -> "the allocator freed them (0xAA) at " + where() + " (step " + step + ")";
            case ALLOCATOR -> "the allocator wrote its bookkeeping (" + bytes + ") at " + where() + " (step " + step + ")";
        };
    }

    /** What a stop after this write says it wrote: "8 bytes at 0x7ffc...". */
    String what() {
        String bytes = length == 1 ? "1 byte" : length + " bytes";
        return switch (writer) {
            case PROGRAM -> bytes + String.format(" at 0x%x", address);
            case UNDEFINED -> "0xAA (undefined) over " + bytes + String.format(" at 0x%x", address);
            case ALLOCATOR_FREE -> "0xAA (freed) over " + bytes + String.format(" at 0x%x", address);
            case ALLOCATOR -> "the allocator's bookkeeping (" + bytes + String.format(") at 0x%x", address);
        };
    }
}

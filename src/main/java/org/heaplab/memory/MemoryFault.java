package org.heaplab.memory;

/**
 * A fault raised by the simulated memory, as a CPU would raise it: a touch of an unmapped page
 * (Zig prints "Segmentation fault at address 0x..."), a write to read-only data, or a
 * non-canonical address ("General protection exception (no address available)").
 */
public final class MemoryFault extends RuntimeException {
    public enum Kind { SEGFAULT, READ_ONLY, GENERAL_PROTECTION }

    private final Kind kind;
    private final long address;
    private final boolean write;

    public MemoryFault(Kind kind, long address, boolean write) {
        super(null, null, false, false);
        this.kind = kind;
        this.address = address;
        this.write = write;
    }

    public Kind kind() { return kind; }

    public long address() { return address; }

    public boolean isWrite() { return write; }

    /** The first line Zig's segfault handler prints. */
    public String zigMessage() {
        return switch (kind) {
            case SEGFAULT, READ_ONLY -> "Segmentation fault at address 0x" + Long.toHexString(address);
            case GENERAL_PROTECTION -> "General protection exception (no address available)";
        };
    }

    @Override
    public String getMessage() { return zigMessage(); }
}

package org.heaplab.session;

/** A byte range whose writes pause the run, forward and backward ({@link Debugger#setWatchpoints}). */
public record Watchpoint(long address, long length, String label) {
    public Watchpoint {
        if (length <= 0) throw new IllegalArgumentException("a watchpoint covers at least one byte");
        if (label == null || label.isBlank()) label = String.format("0x%x", address);
    }

    boolean overlaps(long addr, long len) {
        return addr < address + length && address < addr + len;
    }
}

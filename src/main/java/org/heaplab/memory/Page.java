package org.heaplab.memory;

import static org.heaplab.memory.AddressSpace.PAGE_SHIFT;
import static org.heaplab.memory.AddressSpace.PAGE_SIZE;

import java.lang.foreign.MemorySegment;
import org.heaplab.memory.AddressSpace.Mapping;

/**
 * One touched page: its bytes and their states. A page whose arrays a checkpoint also holds
 * is {@code shared}; it copies them before its first change (copy on write), so a
 * checkpoint costs only the pages written after it.
 */
final class Page {
    long number;
    Mapping mapping;
    MemorySegment data;
    byte[] bytes;
    /** The state of every byte while they all agree; shadow is null then. */
    byte uniform;
    byte[] shadow;
    boolean shared;

    Page(long number, Mapping mapping) {
        this.number = number;
        this.mapping = mapping;
        this.bytes = new byte[PAGE_SIZE];
        this.data = MemorySegment.ofArray(bytes);
        this.uniform = ByteState.UNUSED.code();
    }

    /** A page restored from a checkpoint: it shares the checkpoint's arrays until written. */
    Page(long number, Mapping mapping, byte[] bytes, byte[] shadow, byte uniform) {
        this.number = number;
        this.mapping = mapping;
        this.bytes = bytes;
        this.data = MemorySegment.ofArray(bytes);
        this.shadow = shadow;
        this.uniform = uniform;
        this.shared = true;
    }

    long base() { return number << PAGE_SHIFT; }

    /** Gives the page arrays of its own; returns the bytes copied. */
    int unshare() {
        bytes = bytes.clone();
        data = MemorySegment.ofArray(bytes);
        if (shadow != null) shadow = shadow.clone();
        shared = false;
        return PAGE_SIZE + (shadow == null ? 0 : PAGE_SIZE);
    }

    /** Makes a page of an unmapped mapping a fresh, zeroed page of another. */
    void reuse(long number, Mapping mapping) {
        this.number = number;
        this.mapping = mapping;
        if (shared) {
            bytes = new byte[PAGE_SIZE];
            data = MemorySegment.ofArray(bytes);
            shared = false;
        } else {
            java.util.Arrays.fill(bytes, (byte) 0);
        }
        this.uniform = ByteState.UNUSED.code();
        this.shadow = null;
    }

    byte stateAt(int off) { return shadow == null ? uniform : shadow[off]; }

    void setStates(int off, int len, byte state) {
        if (shared) unshare();
        if (shadow == null) {
            if (uniform == state) return;
            if (off == 0 && len == PAGE_SIZE) {
                uniform = state;
                return;
            }
            shadow = new byte[PAGE_SIZE];
            java.util.Arrays.fill(shadow, uniform);
        }
        java.util.Arrays.fill(shadow, off, off + len, state);
        if (off == 0 && len == PAGE_SIZE) {
            shadow = null;
            uniform = state;
        }
    }
}

package org.heaplab.session;

/**
 * One entry of a heap block's life ({@link WriteHistory#blockLife}): allocated, resized, moved,
 * the writes of one line into it (grouped: {@code count} writes from {@code step} on), freed,
 * its bytes reused by a later block. {@code text} reads as a sentence; {@code step} is the link.
 */
public record BlockEvent(long step, Kind kind, String file, int line, long count, String text) {
    public enum Kind { ALLOCATED, RESIZED, MOVED, WRITTEN, FREED, REUSED }
}

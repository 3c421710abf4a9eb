package org.heaplab.trace;

/** Opens the source-run reader's line test to tests in other packages. */
public final class SourceRunReaderAccess {
    private SourceRunReaderAccess() {}

    public static boolean assigns(String line, String name) { return SourceRunReader.assigns(line, name); }
}

package org.heaplab.cli;

import java.io.PrintStream;

/** Lets tests in other packages run the command line in-process. */
public final class CliAccess {
    private CliAccess() {}

    public static int execute(String[] args, PrintStream out, PrintStream err) {
        return HeapLabCommand.execute(args, out, err);
    }
}

package org.heaplab;

import org.heaplab.cli.HeapLabCommand;

/**
 * Entry point: without arguments (or with just a {@code .zig} file to open), opens the lab's
 * window; otherwise runs the command line ({@code heaplab run main.zig}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0 || args.length == 1 && (args[0].endsWith(".zig") || args[0].endsWith(".json")) && !args[0].startsWith("-")) {
            // no arguments, or a program to open (a double click on a .zig file): the window
            org.heaplab.ui.Launcher.launch(args);
            return;
        }
        System.exit(HeapLabCommand.execute(args, System.out, System.err));
    }
}

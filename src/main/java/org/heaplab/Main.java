package org.heaplab;

import org.heaplab.cli.HeapLabCommand;

/**
 * Entry point: without arguments, opens the lab's window; with arguments, runs the command line
 * ({@code heaplab run main.zig}).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        if (args.length == 0) {
            org.heaplab.ui.Launcher.launch(args);
            return;
        }
        System.exit(HeapLabCommand.execute(args, System.out, System.err));
    }
}

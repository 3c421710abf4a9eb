package org.heaplab.session;

/**
 * The thread a program runs on: its Java stack is large, because natives that call back into Zig
 * code (a format method printing a tree of values with format methods) nest on it, up to the
 * VM's bound ({@code Vm.MAX_NESTING}); the memory is only reserved, and used as deep as the
 * program goes. A run asked for on such a thread (the debugger's) runs there; from any other
 * thread, on a new one. Known by its type, not by its name.
 */
final class RunThread extends Thread {
    static final long STACK = 512L << 20;

    RunThread(Runnable r, String name) {
        super(null, r, name, STACK);
    }

    /** Whether the calling thread is a run's. */
    static boolean current() {
        return Thread.currentThread() instanceof RunThread;
    }
}

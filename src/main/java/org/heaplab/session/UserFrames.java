package org.heaplab.session;

import org.heaplab.runtime.Frame;

/**
 * Where the user's code is on the interpreter's stack: steps, step backs and the lost-pointer
 * search count only the frames of the user's functions (std frames in between are passed over).
 */
final class UserFrames {
    private UserFrames() {}

    /** How many frames of the user's code are on the stack from {@code f} out. */
    static int depth(Frame f) {
        return f == null ? 0 : f.userDepth();
    }

    /** The line a paused frame is at (its statement's), or -1. */
    static int lineOf(Frame f) {
        int si = f.function().statementContaining(f.position());
        return si < 0 ? -1 : f.function().statements().get(si).span().line();
    }

    /** The innermost frame of the user's code from {@code f} out, or null. */
    static Frame userFrame(Frame f) {
        Frame x = f;
        while (x != null && x.function().isLibrary()) x = x.caller();
        return x;
    }
}

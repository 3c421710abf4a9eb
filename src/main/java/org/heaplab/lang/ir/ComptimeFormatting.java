package org.heaplab.lang.ir;

import org.heaplab.lang.types.Type;
import org.heaplab.lang.types.Value;

/**
 * std.fmt at compile time ({@code comptime std.fmt.count(...)}, {@code std.fmt.comptimePrint}):
 * the checker formats comptime-known arguments with the same formatter the machine runs, which
 * lives in the runtime and is installed here before programs are checked (the checker cannot
 * depend on the runtime).
 */
public final class ComptimeFormatting {
    private ComptimeFormatting() {}

    /** Formats comptime-known arguments ({@code args} is the tuple's value) by a checked format string. */
    public interface Formatter {
        byte[] format(FormatSpec spec, Type argsType, Value args);
    }

    private static volatile Formatter installed;

    public static void install(Formatter f) { installed = f; }

    /** The text, or null when no formatter is installed or the values cannot be formatted while compiling. */
    public static byte[] format(FormatSpec spec, Type argsType, Value args) {
        Formatter f = installed;
        if (f == null) return null;
        try {
            return f.format(spec, argsType, args);
        } catch (RuntimeException e) {
            return null;
        }
    }
}

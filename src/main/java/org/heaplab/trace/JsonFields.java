package org.heaplab.trace;

import java.util.Locale;
import java.util.Map;

/**
 * Reading the fields of a JSON object that {@link Json} wrote from a record (a stop reason, an
 * event breakpoint): each read checks the field's type and range and says what is wrong in a
 * {@link StopReason.Invalid}, so a hostile file gives a message, never an exception of Java's.
 */
final class JsonFields {
    private JsonFields() {}

    static String str(Map<?, ?> m, String k) throws StopReason.Invalid {
        if (m.get(k) instanceof String s) return s;
        throw new StopReason.Invalid("\"" + k + "\" must be a string");
    }

    static String strOrNull(Map<?, ?> m, String k) throws StopReason.Invalid {
        return m.get(k) == null ? null : str(m, k);
    }

    static boolean bool(Map<?, ?> m, String k) throws StopReason.Invalid {
        if (m.get(k) instanceof Boolean b) return b;
        throw new StopReason.Invalid("\"" + k + "\" must be true or false");
    }

    static long num(Map<?, ?> m, String k) throws StopReason.Invalid {
        if (m.get(k) instanceof Long l) return l;
        throw new StopReason.Invalid("\"" + k + "\" must be a whole number");
    }

    static int integer(Map<?, ?> m, String k) throws StopReason.Invalid {
        long n = num(m, k);
        if (n != (int) n) throw new StopReason.Invalid("\"" + k + "\" is out of range");
        return (int) n;
    }

    /** An address: a hex string ("0x7f3ac0000000"), as {@link Json} writes addresses, or a number. */
    static long address(Map<?, ?> m, String k) throws StopReason.Invalid {
        if (m.get(k) instanceof String h) {
            if (!h.matches("0x[0-9a-fA-F]{1,16}")) throw new StopReason.Invalid("\"" + k + "\" must be a hex number (0x...)");
            return Long.parseUnsignedLong(h.substring(2), 16);
        }
        return num(m, k);
    }

    static <E extends Enum<E>> E constant(Class<E> type, Map<?, ?> m, String k) throws StopReason.Invalid {
        String s = str(m, k);
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(s)) return e;
        throw new StopReason.Invalid("\"" + k + "\" cannot be " + cut(s));
    }

    /** An event breakpoint, as {@link Json} writes one. */
    static EventBreakpoint breakpoint(Object o) throws StopReason.Invalid {
        if (!(o instanceof Map<?, ?> m)) throw new StopReason.Invalid("an event breakpoint must be an object");
        return switch (str(m, "type")) {
            case "nth-allocation" -> new EventBreakpoint.NthAllocation(num(m, "n"));
            case "free-of" -> new EventBreakpoint.FreeOf(address(m, "address"));
            case "any-memory-error" -> new EventBreakpoint.AnyMemoryError();
            case "allocation-of-at-least" -> new EventBreakpoint.AllocationOfAtLeast(num(m, "bytes"));
            case "moving-resize" -> new EventBreakpoint.MovingResize();
            case "failed-allocation" -> new EventBreakpoint.FailedAllocation();
            default -> throw new StopReason.Invalid("an event breakpoint of unknown type " + cut(str(m, "type")));
        };
    }

    /** A name from the file, cut short for a message. */
    static String cut(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }

    /** The {@code type} a record of a sealed interface is written with: its name in lower case, words joined by '-' ("run-to-line"). */
    static String typeOf(Record r) {
        return r.getClass().getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}

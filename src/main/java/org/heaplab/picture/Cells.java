package org.heaplab.picture;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.heaplab.trace.Snapshot.Local;

/**
 * Lays a value out as rows of cells, the same way in a stack frame and in a heap block: a
 * name on the left, the value in a cell on the right; a struct's fields and an array's elements
 * as indented rows under a header row; a pointer or slice as a cell an arrow leaves from. What
 * a pointer points at is never drawn inside the cell (the arrow goes there), so a pointee part
 * ({@code .*}) and a slice's elements are skipped.
 */
final class Cells {
    static final double ROW = 20;
    static final double NAME_W = 84;
    static final double INDENT = 12;
    /** Pixels per character of the diagram's 12 px monospace text. */
    static final double CHAR_W = 0.6 * ScenePainter.FONT;
    private static final Pattern SLICE_ADDRESS = Pattern.compile(" @ 0x[0-9a-f]+");
    /** std's allocators, whose state is drawn as one cell rather than their fields. */
    private static final Pattern ALLOCATOR_TYPE = Pattern.compile("(ArenaAllocator|FixedBufferAllocator|DebugAllocator|GeneralPurposeAllocator|"
            + "FailingAllocator|LoggingAllocator|ScopedLoggingAllocator|StackFallbackAllocator|MemoryPool\\w*|ThreadSafeAllocator)(\\(.*\\))?");

    private final SceneBuilder out;
    /** The allocators of the snapshot by where their state lives (0: the page or C allocator). */
    private final java.util.Map<Long, org.heaplab.trace.AllocatorInfo> allocators;

    /** How the program's own names are shown (its module's prefix dropped), as in every pane. */
    private final org.heaplab.trace.ProgramNames names;

    Cells(SceneBuilder out, java.util.Map<Long, org.heaplab.trace.AllocatorInfo> allocators, org.heaplab.trace.ProgramNames names) {
        this.out = out;
        this.allocators = allocators;
        this.names = names;
    }

    /** Lays {@code locals} from {@code y} down inside [x, x + w); returns the y under the last row. */
    double rows(List<Local> locals, double x, double y, double w, int indent) {
        for (Local l : locals) {
            if (l.name().equals(".*")) continue;
            y = row(l, x, y, w, indent);
        }
        return y;
    }

    private double row(Local l, double x, double y, double w, int indent) {
        double ix = x + indent * INDENT;
        // an allocator's state, or an Allocator interface to one, is one cell linked to its box in the heap
        var allocator = l.address() != 0 && !l.parts().isEmpty() ? allocators.get(l.address()) : null;
        boolean iface = allocator == null && isAllocatorInterface(l);
        if (iface) allocator = allocators.get(interfacePtr(l));
        boolean unused = allocator == null && !iface && !l.parts().isEmpty() && ALLOCATOR_TYPE.matcher(shortType(l.type())).matches();
        if (allocator != null || iface || unused) {
            String text = allocator == null ? shortType(l.type()).replaceAll("\\(.*", "") + (unused ? " (not used yet)" : "")
                    : (iface ? "Allocator \u2192 " : "") + HeapGroups.title(allocator);
            out.box(l.key(), Set.of("cell", "allocator-link"), ix, y, w - (ix - x), ROW, l.name(), fit(text, w - (ix - x) - NAME_W), tooltip(l, names),
                    l.address(), l.size());
            if (allocator != null) out.linkTo(allocator.id());
            return y + ROW;
        }
        List<Local> inner = innerParts(l);
        if (!inner.isEmpty()) {
            // a header row for the whole struct or array, its fields or elements under it
            out.box(l.key(), Set.of("cell", "aggregate"), ix, y, w - (ix - x), ROW, l.name(), names.strip(l.type()), tooltip(l, names), l.address(), l.size());
            y += ROW;
            y = rows(inner, x, y, w, indent + 1);
            long shown = inner.stream().filter(p -> p.name().startsWith("[")).count();
            long total = arrayLength(l.type());
            if (shown > 0 && total > shown) {
                out.box(l.key() + "/more", Set.of("cell", "more"), ix + INDENT, y, w - (ix - x) - INDENT, ROW, "", "+" + (total - shown) + " more",
                        total + " elements in all", 0, 0);
                y += ROW;
            }
            return y;
        }
        boolean pointer = isPointer(l.type());
        String text = value(l, pointer);
        var classes = new java.util.HashSet<String>();
        classes.add("cell");
        if (pointer) classes.add(l.pointsTo() != 0 ? "pointer-cell" : "null");
        out.box(l.key(), Set.copyOf(classes), ix, y, w - (ix - x), ROW, l.name(), fit(text, w - (ix - x) - NAME_W), tooltip(l, names), l.address(),
                l.size());
        if (l.pointsTo() != 0) out.pointerFrom(l);
        return y + ROW;
    }

    /** A {@code std.mem.Allocator}: a struct of {@code ptr} and {@code vtable}. */
    static boolean isAllocatorInterface(Local l) {
        if (!shortType(l.type()).equals("Allocator") || l.parts().size() != 2) return false;
        return l.parts().get(0).name().equals(".ptr") && l.parts().get(1).name().equals(".vtable");
    }

    private static long interfacePtr(Local l) {
        return l.parts().get(0).pointsTo();
    }

    /** Fields of a struct and elements of an array (not a slice's elements, nor a pointee). */
    private static List<Local> innerParts(Local l) {
        if (isPointer(l.type())) return List.of();
        return l.parts().stream().filter(p -> !p.name().equals(".*")).toList();
    }

    static String value(Local l, boolean pointer) {
        String v = l.value() == null ? "" : l.value();
        if (!pointer) return v;
        if (v.equals("null") || v.equals("undefined")) return v;
        if (isSlice(l.type())) return SLICE_ADDRESS.matcher(v).replaceFirst("");
        return l.pointsTo() != 0 ? "\u25cf" : v;
    }

    static String tooltip(Local l, org.heaplab.trace.ProgramNames names) {
        var sb = new StringBuilder(l.name().isEmpty() ? "" : l.name() + ": ").append(names.strip(l.type()));
        if (l.address() != 0) sb.append("\nat 0x").append(Long.toHexString(l.address())).append(", ").append(l.size()).append(" bytes");
        if (l.value() != null && !l.value().isEmpty()) sb.append('\n').append(names.strip(l.value()));
        return sb.toString();
    }

    static boolean isPointer(String type) {
        String t = type.startsWith("?") ? type.substring(1) : type;
        return t.startsWith("*") || t.startsWith("[]") || t.startsWith("[*") || t.startsWith("[:");
    }

    static boolean isSlice(String type) {
        String t = type.startsWith("?") ? type.substring(1) : type;
        return t.startsWith("[]") || t.startsWith("[:");
    }

    /** A pointer to an array ({@code *[3]u32}, {@code *const [5:0]u8}): it covers several cells, as a slice does. */
    static boolean isArrayPointer(String type) {
        String t = type.startsWith("?") ? type.substring(1) : type;
        if (t.startsWith("*const ")) t = t.substring(7);
        else if (t.startsWith("*")) t = t.substring(1);
        else return false;
        return t.startsWith("[") && !t.startsWith("[*") && !t.startsWith("[]");
    }

    /** {@code N} of an array type {@code [N]T}, or 0. */
    static long arrayLength(String type) {
        if (!type.startsWith("[")) return 0;
        int close = type.indexOf(']');
        if (close < 0) return 0;
        String n = type.substring(1, close);
        int colon = n.indexOf(':');
        if (colon >= 0) n = n.substring(0, colon);
        try {
            return Long.parseLong(n);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A type as a learner reads it: {@code main.Node} is {@code Node}, and so is a name under a file
     * module ({@code 13-alloclower-i.Node}); std's generic types keep their own name without the
     * module path ({@code std.array_list.ArrayListAligned(u8,null)} is {@code ArrayListAligned(u8,null)}).
     */
    static String shortType(String type) {
        if (type == null) return "";
        var sb = new StringBuilder();
        int i = 0;
        while (i < type.length()) {
            char c = type.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_' || c == '@') {
                int j = i;
                while (j < type.length() && (Character.isLetterOrDigit(type.charAt(j)) || "_.-@\"".indexOf(type.charAt(j)) >= 0)) j++;
                String word = type.substring(i, j);
                int dot = word.lastIndexOf('.');
                sb.append(dot >= 0 && dot < word.length() - 1 ? word.substring(dot + 1) : word);
                i = j;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    /** Shortens {@code text} to what fits in {@code width} pixels of a cell (its 4-pixel margins left out), with an ellipsis. */
    static String fit(String text, double width) {
        return ScenePainter.fit(text, width - 8, ScenePainter.FONT);
    }
}

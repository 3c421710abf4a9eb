package org.heaplab.ui.console;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.heaplab.trace.Snapshot;

/** The Console: the program's output and Zig's reports so far, and what in it links somewhere. */
public final class ConsoleViewModel {
    /** A link in the text: [start, end) and where it goes: a source position or a block address. */
    public record Link(int start, int end, String file, int line, int column, long address) {}

    static final Pattern LOCATION = Pattern.compile("([A-Za-z0-9_./\\\\-]+\\.zig):(\\d+):(\\d+)");
    static final Pattern ADDRESS = Pattern.compile("memory address (0x[0-9a-f]+) leaked");

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");

    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }

    public void show(Snapshot s) {
        text.set(s == null ? "" : printable(s.output()));
    }

    /**
     * Output as the Console shows it: a byte that is not UTF-8 (undefined memory printed with
     * {@code {s}} is 0xAA bytes) decodes to U+FFFD, which the window's fonts leave to a fallback
     * font that draws it as a wide CJK-looking glyph; it is shown as a middle dot, as a hex dump
     * shows an unprintable byte.
     */
    static String printable(String output) {
        return output.indexOf('\uFFFD') < 0 ? output : output.replace('\uFFFD', '\u00B7');
    }

    public void clear() { text.set(""); }

    /** The links in a piece of the console text, offsets relative to it. */
    public static List<Link> links(String s) {
        List<Link> out = new ArrayList<>();
        Matcher m = LOCATION.matcher(s);
        while (m.find()) {
            out.add(new Link(m.start(), m.end(), m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), 0));
        }
        Matcher a = ADDRESS.matcher(s);
        while (a.find()) out.add(new Link(a.start(1), a.end(1), null, 0, 0, Long.parseUnsignedLong(a.group(1).substring(2), 16)));
        out.sort(java.util.Comparator.comparingInt(Link::start));
        return out;
    }
}

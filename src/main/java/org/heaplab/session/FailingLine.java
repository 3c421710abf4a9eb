package org.heaplab.session;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.heaplab.runtime.Frame;
import org.heaplab.runtime.Machine;
import org.heaplab.source.Span;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SnapshotBuilder;
import org.heaplab.trace.StopReason;

/**
 * The values of the variables used on the line where a run stopped, as dcc shows them: the
 * locals of the faulting frame (read from the paused machine through a snapshot) whose names
 * appear on that line, outside strings and comments, in the order they appear.
 */
final class FailingLine {
    private FailingLine() {}

    private static final Pattern NAME = Pattern.compile("@?[A-Za-z_][A-Za-z0-9_]*");
    private static final int MAX_VALUE = 80;

    /** "total = 250, i = 6"; empty when the machine has no faulting frame or no local of it is named on the line. */
    static String values(Machine m) {
        try {
            Frame f = m.vm().faultFrame();
            if (f == null) return "";
            Span at = userSpan(m);
            if (at == null) return "";
            var b = new SnapshotBuilder(m);
            Snapshot s = b.build(new SnapshotBuilder.Stop(m.vm().steps(), Snapshot.RunState.FINISHED, new StopReason.Paused(), f, "", List.of(), null, -1),
                    null);
            if (s.top() == null) return "";
            StringBuilder line = new StringBuilder();
            for (int l = at.line(); l <= Math.max(at.line(), at.endLine()); l++) line.append(at.file().lineText(l)).append('\n');
            return values(s.top().locals(), line.toString());
        } catch (RuntimeException | StackOverflowError e) {
            // the values are a help: a state the lab cannot read leaves them out
            return "";
        }
    }

    /** The locals named in {@code lineText}, as "name = value" pairs. */
    static String values(List<Snapshot.Local> locals, String lineText) {
        Set<String> names = new LinkedHashSet<>();
        Matcher mt = NAME.matcher(code(lineText));
        while (mt.find()) if (!mt.group().startsWith("@")) names.add(mt.group());
        List<String> out = new ArrayList<>();
        for (String n : names) {
            for (Snapshot.Local l : locals) {
                if (!l.name().equals(n)) continue;
                String v = l.value() == null ? "?" : l.value();
                if (v.length() > MAX_VALUE) v = v.substring(0, MAX_VALUE - 3) + "...";
                out.add(n + " = " + v);
                break;
            }
        }
        return String.join(", ", out);
    }

    /** The line without its string and character literals and its comment. */
    private static String code(String text) {
        var sb = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
                sb.append(' ');
                continue;
            }
            if (c == '"' || c == '\'') {
                quote = c;
                sb.append(' ');
            } else if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '/') {
                while (i < text.length() && text.charAt(i) != '\n') i++;
                sb.append('\n');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static Span userSpan(Machine m) {
        for (long a : m.faultTrace().addresses()) {
            if (!m.isUserCode(a)) continue;
            Span s = m.spanOf(a);
            if (s != null) return s;
        }
        return null;
    }
}

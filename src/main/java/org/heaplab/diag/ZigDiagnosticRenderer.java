package org.heaplab.diag;

import java.util.List;

/**
 * Renders diagnostics as {@code zig run} prints them when stderr is not a terminal:
 * {@code main.zig:3:11: error: message} and {@code note:} lines, no source excerpt.
 */
public final class ZigDiagnosticRenderer {
    private ZigDiagnosticRenderer() {}

    public static String render(List<Diagnostic> diagnostics) {
        var out = new StringBuilder();
        for (Diagnostic d : diagnostics) out.append(render(d));
        return out.toString();
    }

    public static String render(Diagnostic d) {
        var out = new StringBuilder();
        out.append(d.location()).append(": ").append(label(d.severity())).append(": ").append(d.message()).append('\n');
        for (Diagnostic.Note n : d.notes()) {
            out.append(n.location()).append(": note: ").append(n.message()).append('\n');
        }
        return out.toString();
    }

    private static String label(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTE -> "note";
        };
    }
}

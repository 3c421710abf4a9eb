package org.heaplab.ui.problems;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.diag.Diagnostic;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SourcePos;

/** The Problems list: the compiler's errors for the text in the editor, then the memory errors of the last run. */
public final class ProblemsViewModel {
    /** A problem: its text, where it is, and the error card it comes from (null for compile errors). */
    public record Problem(String severity, String message, SourcePos position, Snapshot.MemoryError error) {
        public String label() {
            return (position == null ? "" : position.shortText() + ": ") + severity + ": " + message;
        }
    }

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private List<Problem> compile = List.of();
    private List<Problem> run = List.of();

    public ObservableList<Problem> problems() { return problems; }

    public void showDiagnostics(List<Diagnostic> diagnostics) {
        List<Problem> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            SourcePos p = d.span() == null ? null : SourcePos.of(d.span());
            out.add(new Problem(d.severity().name().toLowerCase(java.util.Locale.ROOT), d.message(), p, null));
        }
        compile = List.copyOf(out);
        problems.setAll(merge());
    }

    public void show(Snapshot s) {
        List<Problem> out = new ArrayList<>();
        if (s != null) {
            for (Snapshot.MemoryError e : s.errors()) {
                SourcePos where = e.at() != null ? e.at() : e.allocatedAt();
                out.add(new Problem("memory", e.title() + (e.address() != 0 ? " (block 0x" + Long.toHexString(e.address()) + ", " + e.size()
                        + " bytes)" : ""), where, e));
            }
        }
        run = List.copyOf(out);
        problems.setAll(merge());
    }

    private List<Problem> merge() {
        List<Problem> all = new ArrayList<>(compile);
        all.addAll(run);
        return all;
    }
}

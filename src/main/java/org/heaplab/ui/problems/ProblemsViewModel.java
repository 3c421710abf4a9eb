package org.heaplab.ui.problems;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.diag.Diagnostic;
import org.heaplab.session.ReportKind;
import org.heaplab.session.ReportKinds;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.SourcePos;

/**
 * The Problems list: the compiler's errors for the text in the editor, then the memory errors of
 * the last run; each with its plain-language explanation and the scenario that teaches it.
 */
public final class ProblemsViewModel {
    /**
     * A problem: its text, where it is, and the error card it comes from (null for compile
     * errors); {@code explanation} says what it means and how to fix it, {@code lesson} is the id
     * of the scenario that teaches it (null: none).
     */
    public record Problem(String severity, String message, SourcePos position, Snapshot.MemoryError error, String explanation, String lesson) {
        public Problem(String severity, String message, SourcePos position, Snapshot.MemoryError error) {
            this(severity, message, position, error, null, null);
        }

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
            ReportKind k = ReportKinds.ofDiagnostic(d);
            out.add(new Problem(d.severity().name().toLowerCase(java.util.Locale.ROOT), d.message(), p, null,
                    k.title() + ": " + k.explanation(), k.lesson()));
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
                        + " bytes)" : ""), where, e, e.explanation(), e.lesson()));
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

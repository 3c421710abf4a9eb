package org.heaplab.ui.defer;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.heaplab.trace.Snapshot;
import org.heaplab.trace.ProgramNames;
import org.heaplab.trace.SourcePos;

/** The Defer queue pane's rows: per scope, the pending defers in the order they will run. */
public final class DeferViewModel {
    /** One defer: "errdefer allocator.free(players);", whether it runs only on error, whether it is running now. */
    public record DeferRow(String text, SourcePos position, boolean onErrorOnly, boolean firing, boolean onErrorPath, int order) {
        /** How the pane labels it. */
        public String label() {
            String when = firing ? (onErrorPath ? "running now (leaving with an error)" : "running now")
                    : onErrorOnly ? "runs only if the scope exits with an error" : "runs when the scope exits";
            return order + ". " + text + "    line " + position.line() + ", " + when;
        }
    }

    /** A scope: "main, scope opened at line 40". */
    public record ScopeRow(String title, List<DeferRow> defers) {}

    private final ObservableList<ScopeRow> scopes = FXCollections.observableArrayList();

    public ObservableList<ScopeRow> scopes() { return scopes; }

    public void show(Snapshot s) {
        List<ScopeRow> rows = new ArrayList<>();
        if (s != null) {
            for (Snapshot.DeferScope sc : s.defers()) {
                List<DeferRow> ds = new ArrayList<>();
                int n = 1;
                for (Snapshot.PendingDefer p : sc.defers()) ds.add(new DeferRow(p.text(), p.position(), p.onErrorOnly(), p.firing(), p.onErrorPath(), n++));
                String opened = sc.opened() == null ? "" : ", scope from line " + sc.opened().line();
                rows.add(new ScopeRow(ProgramNames.of(s).strip(sc.function()) + opened, List.copyOf(ds)));
            }
        }
        scopes.setAll(rows);
    }
}

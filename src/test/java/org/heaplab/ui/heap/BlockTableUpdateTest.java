package org.heaplab.ui.heap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.heaplab.trace.Snapshot;
import org.junit.jupiter.api.Test;

/**
 * The block table changes in place from step to step: a new block's row is inserted, a freed
 * block's row replaced, a row that did not change stays the same object (its cells are not
 * rendered again), and the table always ends equal to the step's rows.
 */
class BlockTableUpdateTest {
    private static HeapViewModel.BlockRow row(long address, Snapshot.BlockState state, boolean changed) {
        return new HeapViewModel.BlockRow("debug#0@" + Long.toHexString(address), address, 16, 16, 8, "DebugAllocator #0", state, null, null,
                changed, true, false);
    }

    private static List<HeapViewModel.BlockRow> rows(long... addresses) {
        List<HeapViewModel.BlockRow> out = new ArrayList<>();
        for (long a : addresses) out.add(row(a, Snapshot.BlockState.LIVE, false));
        return out;
    }

    /** The list's changes, counted: added, removed and replaced rows. */
    private static final class Changes implements ListChangeListener<HeapViewModel.BlockRow> {
        int added, removed, replaced;

        @Override
        public void onChanged(Change<? extends HeapViewModel.BlockRow> c) {
            while (c.next()) {
                if (c.wasReplaced()) replaced += c.getAddedSize();
                else if (c.wasAdded()) added += c.getAddedSize();
                else if (c.wasRemoved()) removed += c.getRemovedSize();
            }
        }
    }

    @Test
    void aStepChangesOnlyTheRowsItChanged() {
        ObservableList<HeapViewModel.BlockRow> table = FXCollections.observableArrayList();
        HeapViewModel.update(table, rows(0x100, 0x200, 0x300, 0x400));
        var unchanged = table.get(0);
        var changes = new Changes();
        table.addListener(changes);

        // 0x200 freed (its row changes), 0x300 gone, 0x250 new, 0x500 new at the end
        var next = rows(0x100, 0x200, 0x250, 0x400, 0x500);
        next.set(1, row(0x200, Snapshot.BlockState.FREED, true));
        next.set(2, row(0x250, Snapshot.BlockState.LIVE, true));
        HeapViewModel.update(table, next);

        assertThat(table).containsExactlyElementsOf(next);
        assertThat(table.get(0)).isSameAs(unchanged);
        assertThat(table.get(1).state()).isEqualTo(Snapshot.BlockState.FREED);
        assertThat(changes.added).isEqualTo(2);
        assertThat(changes.removed).isEqualTo(1);
        assertThat(changes.replaced).isEqualTo(1);
    }

    @Test
    void aStepThatChangedNothingChangesNoRow() {
        ObservableList<HeapViewModel.BlockRow> table = FXCollections.observableArrayList();
        HeapViewModel.update(table, rows(0x100, 0x200));
        var changes = new Changes();
        table.addListener(changes);
        HeapViewModel.update(table, rows(0x100, 0x200));
        assertThat(changes.added + changes.removed + changes.replaced).isZero();
    }

    @Test
    void rowsInAnotherOrderOrAllNewAreSetAtOnce() {
        ObservableList<HeapViewModel.BlockRow> table = FXCollections.observableArrayList();
        HeapViewModel.update(table, rows(0x100, 0x200, 0x300));
        HeapViewModel.update(table, rows(0x300, 0x100, 0x200));
        assertThat(table).containsExactlyElementsOf(rows(0x300, 0x100, 0x200));
        HeapViewModel.update(table, rows(0x700, 0x800));
        assertThat(table).containsExactlyElementsOf(rows(0x700, 0x800));
        HeapViewModel.update(table, List.of());
        assertThat(table).isEmpty();
    }
}

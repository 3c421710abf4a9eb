package org.heaplab.ui.faults;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.heaplab.session.faults.Compare;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The fault-injection control: "fail allocation N", "and every one after", which allocator,
 * "resizes too", and the allocator standing in for the root one. The same settings show in two
 * places: a menu button by the run buttons and a row in the Breakpoints tab ({@code idPrefix}
 * tells their nodes apart).
 */
public final class FaultControl {
    private FaultControl() {}

    /** The row of controls, bound to {@code f}. */
    public static FlowPane row(FaultSettings f, String idPrefix) {
        var failN = new Spinner<Integer>(0, 1_000_000, f.failAlloc.get());
        failN.setId(idPrefix + "fail-alloc");
        failN.setEditable(true);
        failN.setPrefWidth(90);
        failN.setTooltip(new Tooltip("The Nth allocation reaching the allocator returns null (error.OutOfMemory); 0: none fails"));
        failN.valueProperty().addListener((o, a, b) -> f.failAlloc.set(b == null ? 0 : b));
        f.failAlloc.addListener((o, a, b) -> {
            if (failN.getValue() == null || failN.getValue() != b.intValue()) failN.getValueFactory().setValue(b.intValue());
        });
        var fromOn = new CheckBox("and every one after");
        fromOn.setId(idPrefix + "fail-from-on");
        fromOn.selectedProperty().bindBidirectional(f.fromOn);
        var target = new ChoiceBox<String>();
        target.setId(idPrefix + "fail-in");
        target.getItems().addAll(FaultSettings.TARGETS);
        target.valueProperty().bindBidirectional(f.target);
        target.setTooltip(new Tooltip("Which allocator of the chain fails: root is the one the program made first (its GeneralPurposeAllocator)"));
        var resizes = new CheckBox("resizes too");
        resizes.setId(idPrefix + "fail-resizes");
        resizes.selectedProperty().bindBidirectional(f.failResizes);
        var off = fromOn.disableProperty();
        off.bind(f.failAlloc.isEqualTo(0));
        resizes.disableProperty().bind(f.failAlloc.isEqualTo(0));
        target.disableProperty().bind(f.failAlloc.isEqualTo(0));

        var on = new ChoiceBox<Compare.Choice>();
        on.setId(idPrefix + "root-allocator");
        on.getItems().add(null);
        on.getItems().addAll(Compare.choices(Compare.DEFAULT_WITH).stream().filter(c -> !c.label().equals("own")).toList());
        on.setConverter(new StringConverter<>() {
            @Override
            public String toString(Compare.Choice c) { return c == null ? "as written" : c.label(); }

            @Override
            public Compare.Choice fromString(String s) { return null; }
        });
        on.setValue(f.substitute.get());
        on.valueProperty().addListener((o, a, b) -> f.substitute.set(b));
        f.substitute.addListener((o, a, b) -> {
            if (b != null && !on.getItems().contains(b)) on.getItems().add(b);
            on.setValue(b);
        });
        on.setTooltip(new Tooltip("The allocator that stands in for the program's root allocator; the program's text is unchanged"));
        var clear = new Button(null, new FontIcon("mdi2c-close-circle-outline"));
        clear.setId(idPrefix + "faults-clear");
        clear.setTooltip(new Tooltip("No faults: every allocation as the program makes it"));
        clear.setOnAction(e -> f.clear());

        var row = new FlowPane(8, 4, new Label("Fail allocation"), failN, fromOn, new Label("in"), target, resizes, new Label("Root allocator:"), on, clear);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setPadding(new Insets(4, 6, 4, 6));
        row.setId(idPrefix + "fault-row");
        return row;
    }

    /**
     * The button by the run buttons: an icon (the toolbar is full), with the next run's faults as
     * its text when there are any; it opens the row of controls under it.
     */
    public static Button menuButton(FaultSettings f) {
        var menu = new ContextMenu(new CustomMenuItem(row(f, "toolbar-"), false));
        var b = new Button(null, new FontIcon("mdi2f-flash-alert-outline"));
        b.setId("faults-menu");
        b.setTooltip(new Tooltip("Fault injection: fail the Nth allocation, or run on another allocator"));
        b.textProperty().bind(Bindings.createStringBinding(() -> {
            var parts = new java.util.ArrayList<String>();
            if (f.failAlloc.get() > 0) parts.add("fail #" + f.failAlloc.get() + (f.fromOn.get() ? "+" : ""));
            if (f.substitute.get() != null) parts.add("on " + f.substitute.get().label());
            return String.join(", ", parts);
        }, f.failAlloc, f.fromOn, f.substitute));
        b.setOnAction(e -> {
            if (menu.isShowing()) menu.hide();
            else menu.show(b, javafx.geometry.Side.BOTTOM, 0, 0);
        });
        b.setFocusTraversable(false);
        return b;
    }
}

package org.heaplab.ui.faults;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
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
 * places: the Run button's context menu and a row in the Breakpoints tab ({@code idPrefix}
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
     * The control by the run buttons: the Run button's context menu (a right-click) holds the
     * row, and its tooltip says what the next run will have done to its allocators.
     */
    public static void attach(ButtonBase run, FaultSettings f) {
        var menu = new ContextMenu(new CustomMenuItem(row(f, "toolbar-"), false));
        menu.setId("faults-menu");
        run.setContextMenu(menu);
        String plain = run.getTooltip() == null ? "" : run.getTooltip().getText();
        var tip = new Tooltip();
        tip.textProperty().bind(Bindings.createStringBinding(() -> plain + "\n" + summary(f), f.failAlloc, f.fromOn, f.target, f.failResizes,
                f.substitute));
        run.setTooltip(tip);
    }

    /** What the next run will have done to its allocators, in words. */
    public static String summary(FaultSettings f) {
        var parts = new java.util.ArrayList<String>();
        if (f.failAlloc.get() > 0) {
            parts.add("allocation " + f.failAlloc.get() + (f.fromOn.get() ? " and every one after" : "") + " fails"
                    + (f.target.get().equals("root") ? "" : " in " + f.target.get()) + (f.failResizes.get() ? ", resizes too" : ""));
        }
        if (f.substitute.get() != null) parts.add("the root allocator is " + f.substitute.get().label());
        return parts.isEmpty() ? "Right-click: fail an allocation, or run on another allocator" : "Fault injection: " + String.join("; ", parts)
                + " (right-click to change)";
    }
}

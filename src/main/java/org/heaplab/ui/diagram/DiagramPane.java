package org.heaplab.ui.diagram;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.heaplab.picture.DiagramLayout;
import org.heaplab.picture.Palette;
import org.heaplab.picture.Export;
import org.heaplab.picture.Scene;
import org.heaplab.picture.ScenePainter;
import org.heaplab.ui.common.Selection;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The memory diagram in the window: the scene painted on a canvas the size of the view, with
 * zoom (Ctrl + wheel, the buttons, "fit") and pan (wheel, drag). Clicking a block, a cell or an
 * allocator selects it in every pane; hovering a shape or an arrow shows what it is (an arrow's
 * address and target). The picture can be exported as SVG or PNG, as {@code heaplab picture}
 * writes it.
 */
public final class DiagramPane extends BorderPane {
    private static final double MIN_ZOOM = 0.2;
    private static final double MAX_ZOOM = 3;

    private final DiagramViewModel vm;
    private final Selection selection;
    private final ObservableValue<Boolean> dark;
    private final Canvas canvas = new Canvas();
    private final Pane view = new Pane(canvas);
    private final Label zoomLabel = new Label("100%");
    private final Tooltip tip = new Tooltip();
    private double zoom = 1;
    private double panX;
    private double panY;
    private double dragX;
    private double dragY;
    private boolean dragged;
    private Scene scene = Scene.EMPTY;
    private int columns = 2;
    /** Until the learner zooms, the picture is zoomed to fit the view's width (never above 100%). */
    private boolean autoFit = true;

    public DiagramPane(DiagramViewModel vm, Selection selection, ObservableValue<Boolean> dark) {
        this.vm = vm;
        this.selection = selection;
        this.dark = dark;
        setId("diagram-pane");
        getStyleClass().add("diagram-pane");
        canvas.setId("diagram-canvas");
        view.setMinSize(0, 0);
        view.setPrefSize(200, 200);
        canvas.widthProperty().bind(view.widthProperty());
        canvas.heightProperty().bind(view.heightProperty());
        view.widthProperty().addListener((o, a, b) -> relayoutForWidth());
        view.heightProperty().addListener((o, a, b) -> paint());
        var clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(view.widthProperty());
        clip.heightProperty().bind(view.heightProperty());
        view.setClip(clip);
        setTop(toolbar());
        // before a run: what the picture will show, as the Stack tab says what it will
        var empty = new javafx.scene.control.Label("Run or step the program to see its memory: the stack's frames, the heap's blocks "
                + "inside the allocators that own them, and an arrow from every pointer.");
        empty.setId("diagram-empty");
        empty.setWrapText(true);
        empty.setMaxWidth(320);
        empty.setMouseTransparent(true);
        empty.getStyleClass().add("diagram-empty");
        setCenter(new javafx.scene.layout.StackPane(view, empty));

        vm.sceneProperty().addListener((o, a, s) -> {
            empty.setVisible(s == null || s.boxes().isEmpty());
            scene = s;
            if (autoFit) fitWidth();
            clampPan();
            paint();
        });
        selection.currentProperty().addListener((o, a, t) -> {
            // a block or local selected in another pane is brought into view here
            String key = selectedKey();
            if (key != null && !visible(key)) reveal(key);
            else paint();
        });
        dark.addListener((o, a, b) -> paint());

        tip.setShowDelay(Duration.millis(250));
        tip.setShowDuration(Duration.seconds(20));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        canvas.setOnScroll(this::scrolled);
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(e -> {
            double dx = e.getX() - dragX, dy = e.getY() - dragY;
            if (Math.abs(dx) + Math.abs(dy) > 2) dragged = true;
            panX -= dx / zoom;
            panY -= dy / zoom;
            dragX = e.getX();
            dragY = e.getY();
            clampPan();
            paint();
        });
        canvas.setOnMouseClicked(e -> {
            if (!dragged && e.getButton() == MouseButton.PRIMARY) clicked(e.getX(), e.getY());
        });
        canvas.setOnMouseMoved(this::hovered);
        canvas.setOnMouseExited(e -> tip.hide());
        var menu = new javafx.scene.control.ContextMenu();
        canvas.setOnContextMenuRequested(e -> {
            menu.hide();
            menu.getItems().setAll(questionsAt(scene.boxAt(sceneX(e.getX()), sceneY(e.getY()))));
            if (!menu.getItems().isEmpty()) menu.show(canvas, e.getScreenX(), e.getScreenY());
        });
    }

    private HBox toolbar() {
        var out = button("mdi2m-magnify-minus-outline", "Zoom out", "diagram-zoom-out", () -> zoomBy(1 / 1.25));
        var in = button("mdi2m-magnify-plus-outline", "Zoom in", "diagram-zoom-in", () -> zoomBy(1.25));
        var fit = button("mdi2a-arrow-expand-horizontal", "Fit the picture's width to the view", "diagram-fit", this::fit);
        var all = button("mdi2f-fit-to-page-outline", "Show the whole picture", "diagram-fit-all", this::fitAll);
        var actual = button("mdi2n-numeric-1-box-outline", "Actual size", "diagram-actual", () -> setZoom(1));
        var export = button("mdi2e-export-variant", "Export the picture as SVG or PNG", "diagram-export", this::export);
        zoomLabel.setId("diagram-zoom");
        zoomLabel.setMinWidth(Region.USE_PREF_SIZE);
        var title = new Label("Memory");
        title.getStyleClass().add("pane-title");
        var spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        var bar = new HBox(4, title, spacer, out, zoomLabel, in, actual, fit, all, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(2, 6, 2, 6));
        return bar;
    }

    private static Button button(String icon, String tooltip, String id, Runnable action) {
        var b = new Button(null, new FontIcon(icon));
        b.setTooltip(new Tooltip(tooltip));
        b.setId(id);
        b.getStyleClass().addAll("flat", "small");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    // ------------------------------------------------------------------ painting

    /** The scene shown now. */
    public Scene scene() { return scene; }

    public double zoom() { return zoom; }

    private void paint() {
        var g = canvas.getGraphicsContext2D();
        Palette palette = palette();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(javafx.scene.paint.Color.web(palette.get("background")));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        g.setTransform(zoom, 0, 0, zoom, -panX * zoom, -panY * zoom);
        double[] shown = {panX, panY, canvas.getWidth() / zoom, canvas.getHeight() / zoom};
        new ScenePainter(palette).paint(scene, new FxSurface(g), selectedKey(), shown);
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    private Palette palette() {
        return Boolean.TRUE.equals(dark.getValue()) ? Palette.DARK : Palette.LIGHT;
    }

    /** The key of the box the selection names, or null. */
    private String selectedKey() {
        return switch (selection.get()) {
            case Selection.Local l -> l.key();
            case Selection.Allocator a -> "alloc#" + a.id();
            case Selection.Block b -> {
                // the block the snapshot says explains the address; its box, when the picture draws it, has its key
                var s = vm.snapshot();
                var block = s == null ? null : s.blockAt(b.address());
                Scene.Box box = block == null ? null : scene.box(block.key());
                yield box == null || box.has("ghost") ? null : box.key();
            }
            case null, default -> null;
        };
    }

    // ------------------------------------------------------------------ zoom and pan

    private void fitWidth() {
        if (scene.width() <= 0 || view.getWidth() <= 0) return;
        zoom = Math.max(0.5, Math.min(1, view.getWidth() / scene.width()));
        zoomLabel.setText(Math.round(zoom * 100) + "%");
    }

    private void relayoutForWidth() {
        if (autoFit) {
            // the narrowest picture, zoomed to fit when the view is narrower still
            if (columns != 1 && DiagramLayout.widthFor(2, 2) > view.getWidth()) {
                columns = 1;
                vm.setColumns(1);
            } else if (DiagramLayout.widthFor(2, 2) <= view.getWidth() && columns < 2) {
                columns = 2;
                vm.setColumns(2);
            }
            fitWidth();
            clampPan();
            paint();
            return;
        }
        // as many blocks side by side as the view holds at this zoom, so the picture grows down, not out of sight
        int n = 1;
        while (n < 4 && DiagramLayout.widthFor(n + 1, 2) * zoom <= view.getWidth()) n++;
        if (n != columns) {
            columns = n;
            vm.setColumns(n);
        }
        clampPan();
        paint();
    }

    private void zoomBy(double f) {
        setZoom(zoom * f);
    }

    public void setZoom(double z) {
        autoFit = false;
        double cx = panX + view.getWidth() / 2 / zoom;
        double cy = panY + view.getHeight() / 2 / zoom;
        zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z));
        panX = cx - view.getWidth() / 2 / zoom;
        panY = cy - view.getHeight() / 2 / zoom;
        zoomLabel.setText(Math.round(zoom * 100) + "%");
        relayoutForWidth();
    }

    /** Zooms so the picture's width fits the view (never above 100%), and keeps it so as the view changes. */
    public void fit() {
        autoFit = true;
        panX = 0;
        relayoutForWidth();
    }

    /** Zooms so the whole picture shows (never above 100%). */
    public void fitAll() {
        if (scene.width() <= 0 || view.getWidth() <= 0) return;
        double z = Math.min(1, Math.min(view.getWidth() / scene.width(), view.getHeight() / scene.height()));
        zoom = Math.max(MIN_ZOOM, z);
        panX = 0;
        panY = 0;
        zoomLabel.setText(Math.round(zoom * 100) + "%");
        paint();
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            double before = zoom;
            double mx = panX + e.getX() / zoom, my = panY + e.getY() / zoom;
            zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom * (e.getDeltaY() > 0 ? 1.1 : 1 / 1.1)));
            if (zoom != before) {
                autoFit = false;
                panX = mx - e.getX() / zoom;
                panY = my - e.getY() / zoom;
                zoomLabel.setText(Math.round(zoom * 100) + "%");
                relayoutForWidth();
            }
        } else {
            panX -= (e.isShiftDown() ? e.getDeltaY() : e.getDeltaX()) / zoom;
            panY -= (e.isShiftDown() ? 0 : e.getDeltaY()) / zoom;
            clampPan();
            paint();
        }
        e.consume();
    }

    private void clampPan() {
        double maxX = Math.max(0, scene.width() - view.getWidth() / zoom);
        double maxY = Math.max(0, scene.height() - view.getHeight() / zoom);
        panX = Math.max(0, Math.min(panX, maxX));
        panY = Math.max(0, Math.min(panY, maxY));
    }

    private boolean visible(String key) {
        Scene.Box b = scene.box(key);
        if (b == null) return true;
        double vw = view.getWidth() / zoom, vh = view.getHeight() / zoom;
        return b.x() >= panX && b.y() >= panY && b.x() + Math.min(b.w(), vw) <= panX + vw && b.y() + Math.min(b.h(), vh) <= panY + vh;
    }

    /** Scrolls so that the box of {@code key} is in view. */
    public void reveal(String key) {
        Scene.Box b = scene.box(key);
        if (b == null) return;
        double vw = view.getWidth() / zoom, vh = view.getHeight() / zoom;
        if (b.x() < panX || b.x() + Math.min(b.w(), vw) > panX + vw) panX = b.x() - 20;
        if (b.y() < panY || b.y() + Math.min(b.h(), vh) > panY + vh) panY = b.y() - 20;
        clampPan();
        paint();
    }

    // ------------------------------------------------------------------ pointing

    private double sceneX(double x) { return panX + x / zoom; }

    private double sceneY(double y) { return panY + y / zoom; }

    private org.heaplab.ui.common.WriteQuestions questions = org.heaplab.ui.common.WriteQuestions.NONE;

    /** Where the right-click questions about a cell's or a block's bytes go (the History tab). */
    public void setWriteQuestions(org.heaplab.ui.common.WriteQuestions q) { this.questions = q; }

    /** The right-click menu's items for a box of the picture (none for boxes that stand for no bytes). */
    public java.util.List<javafx.scene.control.MenuItem> questionsAt(Scene.Box b) {
        return DiagramQuestions.itemsFor(b, vm.snapshot(), questions);
    }

    /** Selects what was clicked: a block, a local's cell, an allocator. */
    public void clicked(double x, double y) {
        Scene.Box b = scene.boxAt(sceneX(x), sceneY(y));
        Selection.Target t = targetOf(b);
        if (t != null) selection.select(t);
    }

    /** What selecting {@code b} selects, or null. */
    Selection.Target targetOf(Scene.Box b) {
        if (b == null) return null;
        if (b.has("allocator")) return new Selection.Allocator(Integer.parseInt(b.key().substring("alloc#".length())));
        if (b.has("block") && !b.has("ghost")) return new Selection.Block(b.address());
        if (b.has("cell") || b.has("allocator-link")) {
            if (b.key().startsWith("block@") && b.address() != 0) return new Selection.Block(b.address());
            long to = 0;
            for (Scene.Arrow a : scene.arrows()) if (a.from().equals(b.key()) && a.target() > 0) to = a.target();
            return new Selection.Local(b.key(), to);
        }
        return null;
    }

    private void hovered(MouseEvent e) {
        double x = sceneX(e.getX()), y = sceneY(e.getY());
        Scene.Arrow a = scene.arrowAt(x, y, 5 / zoom);
        String text = a != null ? a.tooltip() : null;
        if (text == null) {
            Scene.Box b = scene.boxAt(x, y);
            text = b == null ? null : b.tooltip();
        }
        if (text == null || text.isEmpty()) {
            tip.hide();
            return;
        }
        if (!text.equals(tip.getText()) || !tip.isShowing()) {
            tip.setText(text);
            tip.show(canvas, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    // ------------------------------------------------------------------ export

    private void export() {
        var chooser = new FileChooser();
        chooser.setTitle("Export the memory picture");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("SVG picture", "*.svg"),
                new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName("memory.svg");
        File f = getScene() == null ? null : chooser.showSaveDialog(getScene().getWindow());
        if (f != null) export(f.toPath(), err -> {
            var alert = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR, err);
            alert.setHeaderText("The picture was not exported");
            alert.show();
        });
    }

    /** Writes the picture shown to {@code file} (.png, else SVG), off the JavaFX thread; {@code failed} hears why it could not. */
    public void export(Path file, Consumer<String> failed) {
        Scene s = scene;
        Palette p = palette();
        var worker = new Thread(() -> {
            try {
                Export.write(s, p, file, 2);
            } catch (IOException | RuntimeException e) {
                Platform.runLater(() -> failed.accept("Cannot write " + file + ": " + e.getMessage()));
            }
        }, "heaplab-export");
        worker.setDaemon(true);
        worker.start();
    }
}

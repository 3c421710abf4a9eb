package org.heaplab.ui.editor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import org.controlsfx.control.PopOver;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.event.MouseOverTextEvent;
import org.fxmisc.richtext.model.StyleSpans;
import org.heaplab.diag.Diagnostic;
import org.heaplab.ui.common.Styles;
import org.heaplab.ui.common.TaskRunner;

/**
 * The program editor: a RichTextFX {@code CodeArea} with highlighting from Heap Lab's lexer
 * (debounced, computed on a worker thread, only the newest result applied), a gutter with line
 * numbers, breakpoints (click to toggle) and the current-line arrow, and diagnostics underlined
 * with their message on hover.
 */
public final class EditorPane extends BorderPane {
    private final CodeArea area = new CodeArea();
    private final ObservableSet<Integer> breakpoints = FXCollections.observableSet();
    private final IntegerProperty currentLine = new SimpleIntegerProperty(this, "currentLine", 0);
    private final ObjectProperty<List<Diagnostic>> diagnostics = new SimpleObjectProperty<>(this, "diagnostics", List.of());
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize", 14);
    private final TaskRunner.Lane worker;
    private long highlightRequest;
    private final Tooltip hover = new Tooltip();
    private PopOver valuePopOver;
    private java.util.function.Function<String, Node> hoverDetails = w -> null;
    private final RunOnSource runOnSource = new RunOnSource(area, fontSize);

    public EditorPane() {
        this(TaskRunner.javafx());
    }

    /** An editor whose highlighting runs on {@code tasks}' lane (never on the JavaFX thread). */
    public EditorPane(TaskRunner tasks) {
        worker = tasks.lane("highlight");
        getStyleClass().add("editor-pane");
        area.setId("editor");
        area.getStyleClass().add("code");
        area.setParagraphGraphicFactory(this::gutter);
        setCenter(new javafx.scene.layout.StackPane(new VirtualizedScrollPane<>(area), runOnSource));

        area.multiPlainChanges().successionEnds(Duration.ofMillis(120)).subscribe(ignore -> highlight());
        area.plainTextChanges().subscribe(c -> {
            // where the edit starts (the text before it is unchanged), without copying the text
            var at = area.offsetToPosition(c.getPosition(), org.fxmisc.richtext.model.TwoDimensional.Bias.Forward);
            var shifted = shiftBreakpoints(breakpoints, at.getMajor() + 1, at.getMinor() == 0, newlines(c.getRemoved()), newlines(c.getInserted()));
            if (!shifted.equals(breakpoints)) {
                breakpoints.clear();
                breakpoints.addAll(shifted);
            }
        });
        diagnostics.addListener((o, a, b) -> highlight());
        breakpoints.addListener((SetChangeListener<Integer>) c -> refreshGutter());
        currentLine.addListener((o, old, now) -> {
            int line = now.intValue();
            if (line > 0 && line <= area.getParagraphs().size()) reveal(line - 1);
            // the gutters mark the line themselves (the arrow, and the line's background through its paragraph box's
            // pseudo-class): a step re-creates no line of the text (a paragraph style would replace two paragraphs, their
            // cells built, styled and laid out again)
        });
        fontSize.addListener((o, a, b) -> area.setStyle("-fx-font-size: " + b.intValue() + "px;"));
        area.setStyle("-fx-font-size: " + fontSize.get() + "px;");

        installAutoIndent();
        area.setMouseOverTextDelay(Duration.ofMillis(400));
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_BEGIN, e -> {
            var p = e.getScreenPosition();
            String msg = messageAt(e.getCharacterIndex());
            if (msg != null) {
                hover.setText(msg);
                hover.show(area, p.getX(), p.getY() + 12);
                return;
            }
            String word = identifierAt(e.getCharacterIndex());
            Node details = word == null ? null : hoverDetails.apply(word);
            if (details == null) return;
            valuePopOver = new PopOver(details);
            if (area.getScene() != null) valuePopOver.getRoot().getStylesheets().setAll(area.getScene().getStylesheets());
            valuePopOver.setArrowLocation(PopOver.ArrowLocation.TOP_LEFT);
            valuePopOver.setAutoHide(true);
            valuePopOver.show(area, p.getX(), p.getY() + 8);
        });
        area.addEventHandler(MouseOverTextEvent.MOUSE_OVER_TEXT_END, e -> {
            hover.hide();
            if (valuePopOver != null) valuePopOver.hide(javafx.util.Duration.millis(150));
            valuePopOver = null;
        });
    }

    public CodeArea area() { return area; }

    /** What hovering a name shows while the run is paused (a local's value), or null for nothing. */
    public void setHoverDetails(java.util.function.Function<String, Node> f) { this.hoverDetails = f; }

    /** The identifier under an offset, or null. */
    String identifierAt(int offset) {
        String t = area.getText();
        if (offset < 0 || offset >= t.length() || !isIdent(t.charAt(offset))) return null;
        int s = offset, e = offset;
        while (s > 0 && isIdent(t.charAt(s - 1))) s--;
        while (e < t.length() && isIdent(t.charAt(e))) e++;
        if (Character.isDigit(t.charAt(s))) return null;
        return t.substring(s, e);
    }

    private static boolean isIdent(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /**
     * Shows the run on the source: hit counts in the gutter, and at a pause ({@code pausedLine} >
     * 0) the assigned values and the loop iteration at the ends of lines; null clears it.
     */
    public void showRun(org.heaplab.trace.SourceRun run, String fileName, int pausedLine) {
        boolean hadHits = runOnSource.hasHits();
        if (run == null) runOnSource.clear();
        else runOnSource.show(run, fileName, pausedLine);
        // the counts follow the run in place (bound to its revision); the column comes and goes with them
        if (hadHits != runOnSource.hasHits()) refreshGutter();
    }

    /** Lines (1-based) with a breakpoint. */
    public ObservableSet<Integer> breakpoints() { return breakpoints; }

    /** The line the run is paused at (1-based), 0 for none. */
    public IntegerProperty currentLineProperty() { return currentLine; }

    public ObjectProperty<List<Diagnostic>> diagnosticsProperty() { return diagnostics; }

    public IntegerProperty fontSizeProperty() { return fontSize; }

    public String getText() { return area.getText(); }

    /** Replaces the text (opening a file): no undo back into the previous file. */
    public void setText(String text) {
        statementLines = null; // another program: where its statements are is not known until it compiles
        showRun(null, null, 0);
        area.replaceText(text);
        area.getUndoManager().forgetHistory();
        area.moveTo(0);
        area.requestFollowCaret();
    }

    /** Moves the caret to a line and column (1-based) and shows it. */
    public void goTo(int line, int column) {
        if (line < 1 || line > area.getParagraphs().size()) return;
        int col = Math.max(0, Math.min(column - 1, area.getParagraph(line - 1).length()));
        area.moveTo(line - 1, col);
        area.showParagraphInViewport(line - 1);
        area.requestFocus();
    }

    /** Marks a line (selects it) and scrolls to it, leaving the keyboard focus where it is. */
    public void showLine(int line) {
        if (line < 1 || line > area.getParagraphs().size()) return;
        // the caret at the line's start, so the view does not scroll sideways to its end
        area.selectRange(line - 1, area.getParagraph(line - 1).length(), line - 1, 0);
        area.showParagraphInViewport(line - 1);
    }

    /** The caret's line, 1-based. */
    public int caretLine() { return area.getCurrentParagraph() + 1; }

    private static int newlines(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return n;
    }

    /**
     * Breakpoints after an edit that starts on {@code line} ({@code atLineStart}: at its first
     * column) and removed {@code removed} and inserted {@code inserted} line breaks. A line keeps
     * its breakpoint while its text survives: lines below move with their text, lines the edit
     * deleted lose theirs, and text typed at the start of a line pushes that line's breakpoint down
     * with it.
     */
    static java.util.Set<Integer> shiftBreakpoints(java.util.Set<Integer> lines, int line, boolean atLineStart, int removed, int inserted) {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        for (int bp : lines) {
            if (bp < line) {
                out.add(bp);
            } else if (bp == line) {
                if (!atLineStart) out.add(bp);
                else if (removed == 0) out.add(line + inserted);
                // else: the line was deleted from its first column
            } else if (bp < line + removed || bp == line + removed && !atLineStart) {
                continue; // a deleted line, or the tail of one joined to the edited line
            } else {
                out.add(bp + inserted - removed);
            }
        }
        return out;
    }

    /** Lines where a statement starts, from the last compilation; null when unknown (nothing compiled yet). */
    private java.util.NavigableSet<Integer> statementLines;

    /** Where statements start (from a compilation): a breakpoint set on another line goes to the next of these. */
    public void setStatementLines(java.util.NavigableSet<Integer> lines) {
        this.statementLines = lines == null || lines.isEmpty() ? null : lines;
    }

    /**
     * Sets or clears a breakpoint. One set on a line where no statement starts (a blank line, a
     * comment, a closing brace) goes to the next line that has one, as IDEs do: it would never
     * stop where it was put.
     */
    public void toggleBreakpoint(int line) {
        if (breakpoints.remove(line)) return;
        breakpoints.add(breakableLine(statementLines, line));
    }

    /** Moves breakpoints on lines without a statement to the next line with one (after a compile tells where statements are). */
    public void snapBreakpoints() {
        var moved = new java.util.TreeSet<Integer>();
        for (int b : breakpoints) moved.add(breakableLine(statementLines, b));
        if (!moved.equals(breakpoints)) {
            breakpoints.clear();
            breakpoints.addAll(moved);
        }
    }

    /** The line a breakpoint on {@code line} stops at: it, or the next line where a statement starts; it when unknown or past the last one. */
    static int breakableLine(java.util.NavigableSet<Integer> lines, int line) {
        if (lines == null || lines.contains(line)) return line;
        Integer next = lines.higher(line);
        return next == null ? line : next;
    }

    /** Enter keeps the indent (a level more after an opening brace); a closer typed on an empty line goes back a level. */
    private void installAutoIndent() {
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != javafx.scene.input.KeyCode.ENTER || e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) return;
            var sel = area.getSelection();
            int start = sel.getStart();
            int par = area.offsetToPosition(start, org.fxmisc.richtext.model.TwoDimensional.Bias.Backward).getMajor();
            int lineStart = area.getAbsolutePosition(par, 0);
            String line = area.getParagraph(par).getText();
            String before = line.substring(0, Math.min(line.length(), start - lineStart));
            int endInLine = Math.min(line.length(), Math.max(0, sel.getEnd() - lineStart));
            String after = line.substring(endInLine);
            var ins = AutoIndent.newline(before, after);
            area.replaceSelection(ins.text());
            area.moveTo(start + ins.caret());
            area.requestFollowCaret();
            e.consume();
        });
        area.addEventFilter(javafx.scene.input.KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (ch.length() != 1 || area.getSelection().getLength() > 0) return;
            int caret = area.getCaretPosition();
            int par = area.getCurrentParagraph();
            String before = area.getParagraph(par).getText().substring(0, area.getCaretColumn());
            int drop = AutoIndent.dedentFor(before, ch.charAt(0));
            if (drop > 0) area.deleteText(caret - drop, caret);
        });
    }

    public void zoom(int delta) {
        fontSize.set(Math.max(8, Math.min(40, fontSize.get() + delta)));
    }

    private String messageAt(int offset) {
        for (Diagnostic d : diagnostics.get()) {
            if (d.span() == null || d.span().file().isLibrary()) continue;
            int end = Math.max(d.span().end(), d.span().start() + 1);
            if (offset >= d.span().start() && offset < end) return d.message();
        }
        return null;
    }

    private void highlight() {
        String text = area.getText();
        List<Highlighter.Mark> marks = new ArrayList<>();
        for (Diagnostic d : diagnostics.get()) {
            if (d.span() == null || d.span().file().isLibrary()) continue;
            marks.add(new Highlighter.Mark(d.span().start(), d.span().end(), Styles.DIAGNOSTIC));
        }
        long request = ++highlightRequest;
        worker.submit(() -> Highlighter.compute(text, marks), (StyleSpans<Collection<String>> spans) -> {
            if (request != highlightRequest || !area.getText().equals(text)) return; // a newer edit wins
            area.setStyleSpans(0, spans);
        });
    }

    /** Scrolls paragraph {@code p} into view unless it is wholly in view already (showing it lays the text out again). */
    private void reveal(int p) {
        var line = area.getParagraphBoundsOnScreen(p);
        var view = area.localToScreen(area.getLayoutBounds());
        if (line.isPresent() && view != null && line.get().getMinY() >= view.getMinY() - 0.5 && line.get().getMaxY() <= view.getMaxY() + 0.5) return;
        area.showParagraphInViewport(p);
    }

    /** Re-creates the visible gutter cells. */
    private void refreshGutter() {
        area.setParagraphGraphicFactory(null);
        area.setParagraphGraphicFactory(this::gutter);
    }

    /** RichTextFX's style class for a line's box (its gutter and its text). */
    private static final String PARAGRAPH_BOX = "paragraph-box";
    /** The pseudo-class of the paused line's box. */
    static final javafx.css.PseudoClass RUN_LINE = javafx.css.PseudoClass.getPseudoClass(Styles.CURRENT_LINE);

    private Node gutter(int paragraph) {
        int line = paragraph + 1;
        var dot = new Circle(5);
        dot.getStyleClass().add(Styles.BREAKPOINT);
        dot.setVisible(breakpoints.contains(line));
        var number = new Label(Integer.toString(line));
        number.getStyleClass().add(Styles.LINE_NUMBER);
        number.setMinWidth(Region.USE_PREF_SIZE);
        int digits = Integer.toString(Math.max(99, area.getParagraphs().size())).length();
        number.setPrefWidth(digits * 9 + 6);
        number.setAlignment(Pos.CENTER_RIGHT);
        var arrow = new Polygon(0, 0, 9, 5, 0, 10);
        arrow.getStyleClass().add(Styles.CURRENT_ARROW);
        // shown by its opacity: a change of visibility would lay the line out again, and with it every line on screen
        arrow.opacityProperty().bind(javafx.beans.binding.Bindings.when(currentLine.isEqualTo(line)).then(1.0).otherwise(0.0));
        var box = new HBox(4, dot, number);
        // the paused line's background: a pseudo-class of the paragraph box this gutter sits in, set by the gutter while it sits
        // there (held weakly by the line property, kept by the box)
        javafx.beans.InvalidationListener mark = o -> {
            if (box.getParent() != null && box.getParent().getStyleClass().contains(PARAGRAPH_BOX)) {
                box.getParent().pseudoClassStateChanged(RUN_LINE, currentLine.get() == line);
            }
        };
        box.parentProperty().addListener((o, was, now) -> {
            if (was != null && was.getStyleClass().contains(PARAGRAPH_BOX)) was.pseudoClassStateChanged(RUN_LINE, false);
            mark.invalidated(o);
        });
        box.getProperties().put(RUN_LINE, mark);
        currentLine.addListener(new javafx.beans.WeakInvalidationListener(mark));
        if (runOnSource.hasHits()) {
            var hits = new Label();
            hits.getStyleClass().add(RunOnSource.HITS);
            // the count is laid out on its own, in a cell whose width only the column sets: a new count (every step, on the
            // lines that ran) lays out no line of the text
            hits.setManaged(false);
            var cell = new Pane(hits) {
                @Override
                protected void layoutChildren() {
                    hits.resizeRelocate(0, 0, getWidth(), getHeight());
                }
            };
            cell.setMinWidth(Region.USE_PREF_SIZE);
            cell.setMaxWidth(Region.USE_PREF_SIZE);
            // follows the run in place, touching the label only when its count or the column's width changes (a
            // relayout of every visible line at each step is what a bound text would cost); held weakly, kept by the label
            javafx.beans.InvalidationListener follow = o -> {
                String t = runOnSource.hitsText(line);
                if (!t.equals(hits.getText())) hits.setText(t);
                double w = runOnSource.hitsColumnChars() * 7 + 4.0;
                if (w != cell.getPrefWidth()) cell.setPrefWidth(w);
            };
            follow.invalidated(null);
            hits.getProperties().put(RunOnSource.HITS, follow);
            runOnSource.revision.addListener(new javafx.beans.WeakInvalidationListener(follow));
            hits.setAlignment(Pos.CENTER_RIGHT);
            box.getChildren().add(cell);
        }
        box.getChildren().add(arrow);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 6, 0, 4));
        box.getStyleClass().add(Styles.GUTTER);
        box.setOnMouseClicked(e -> toggleBreakpoint(line));
        box.setCursor(javafx.scene.Cursor.HAND);
        return box;
    }

    public void shutdown() {
        worker.shutdown();
    }
}

package org.heaplab.ui.console;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.layout.BorderPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.heaplab.trace.SourcePos;
import org.heaplab.ui.common.Selection;
import org.heaplab.ui.common.Styles;

/**
 * The Console: what the program printed and Zig's reports, in a read-only RichTextFX area.
 * Locations ({@code main.zig:12:5}) link to the line, a leak report's address to the block.
 */
public final class ConsolePane extends BorderPane {
    private final StyleClassedTextArea area = new StyleClassedTextArea();

    public ConsolePane(ConsoleViewModel vm, Selection selection) {
        getStyleClass().add("console-pane");
        area.setId("console");
        area.getStyleClass().add("console");
        area.setEditable(false);
        area.setWrapText(false);
        vm.textProperty().addListener((o, old, now) -> update(old, now));
        area.setOnMouseClicked(e -> {
            var hit = area.hit(e.getX(), e.getY());
            int offset = hit.getCharacterIndex().orElse(-1);
            if (offset < 0) return;
            for (ConsoleViewModel.Link l : ConsoleViewModel.links(lineAround(offset))) {
                int lineStart = lineStart(offset);
                if (offset >= lineStart + l.start() && offset < lineStart + l.end()) {
                    if (l.file() != null) selection.select(new Selection.Line(new SourcePos(l.file(), l.line(), l.column(), l.line(), l.column())));
                    else selection.select(new Selection.Block(l.address()));
                    return;
                }
            }
        });
        area.setOnMouseMoved(e -> {
            var hit = area.hit(e.getX(), e.getY());
            int offset = hit.getCharacterIndex().orElse(-1);
            boolean overLink = offset >= 0 && area.getStyleOfChar(offset).contains(Styles.LINK);
            area.setCursor(overLink ? Cursor.HAND : Cursor.TEXT);
        });
        setCenter(new VirtualizedScrollPane<>(area));
    }

    public StyleClassedTextArea area() { return area; }

    private void update(String old, String now) {
        if (now.startsWith(old) && old.equals(area.getText())) {
            String added = now.substring(old.length());
            if (added.isEmpty()) return;
            int at = area.getLength();
            area.appendText(added);
            style(at, added);
        } else {
            area.replaceText(now);
            style(0, now);
        }
        area.showParagraphAtBottom(Math.max(0, area.getParagraphs().size() - 1));
    }

    /** Styles links in the text appended at {@code at} (whole lines around it, so a link split across appends still shows). */
    private void style(int at, String added) {
        int from = lineStart(at);
        String text = area.getText(from, area.getLength());
        List<ConsoleViewModel.Link> links = ConsoleViewModel.links(text);
        if (links.isEmpty()) return;
        var b = new StyleSpansBuilder<Collection<String>>();
        int pos = 0;
        for (ConsoleViewModel.Link l : links) {
            if (l.start() < pos) continue;
            b.add(new ArrayList<>(), l.start() - pos);
            b.add(List.of(Styles.LINK), l.end() - l.start());
            pos = l.end();
        }
        b.add(new ArrayList<>(), text.length() - pos);
        area.setStyleSpans(from, b.create());
    }

    private int lineStart(int offset) {
        String t = area.getText();
        int i = Math.min(offset, t.length());
        while (i > 0 && t.charAt(i - 1) != '\n') i--;
        return i;
    }

    private String lineAround(int offset) {
        String t = area.getText();
        int s = lineStart(offset);
        int e = t.indexOf('\n', s);
        return t.substring(s, e < 0 ? t.length() : e);
    }
}

package org.heaplab.ui.diagram;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.heaplab.picture.ScenePainter;
import org.heaplab.picture.Surface;

/** Paints the diagram on the window's canvas. */
final class FxSurface implements Surface {
    private final GraphicsContext g;
    private final Font[] fonts = new Font[64];
    /** The palette's colours, parsed once a paint. */
    private final java.util.Map<String, Color> colours = new java.util.HashMap<>();

    FxSurface(GraphicsContext g) {
        this.g = g;
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        g.setLineCap(StrokeLineCap.BUTT);
    }

    @Override
    public void begin(String classes, String key, String tooltip) { }

    @Override
    public void end() { }

    @Override
    public void rect(double x, double y, double w, double h, double radius, String fill, String stroke, double strokeWidth, boolean dashed) {
        if (fill != null) {
            g.setFill(colour(fill));
            g.fillRoundRect(x, y, w, h, radius * 2, radius * 2);
        }
        if (stroke != null) {
            g.setStroke(colour(stroke));
            g.setLineWidth(strokeWidth);
            g.setLineDashes(dashed ? new double[] {5, 3} : null);
            g.strokeRoundRect(x, y, w, h, radius * 2, radius * 2);
            g.setLineDashes((double[]) null);
        }
    }

    @Override
    public void text(double x, double y, String text, String color, boolean bold, double size, double maxWidth) {
        if (text == null || text.isEmpty() || maxWidth <= 0) return;
        g.setFont(font(bold, size));
        g.setFill(colour(color));
        g.fillText(ScenePainter.fit(text, maxWidth, size), x, y);
    }

    @Override
    public void arrow(double[] p, String color, double width, boolean dashed) {
        Color c = colour(color);
        g.setStroke(c);
        g.setLineWidth(width);
        g.setLineDashes(dashed ? new double[] {5, 3} : null);
        g.beginPath();
        g.moveTo(p[0], p[1]);
        g.bezierCurveTo(p[2], p[3], p[4], p[5], p[6], p[7]);
        g.stroke();
        g.setLineDashes((double[]) null);
        double[] h = ScenePainter.arrowHead(p);
        g.setFill(c);
        g.fillPolygon(new double[] {h[0], h[2], h[4]}, new double[] {h[1], h[3], h[5]}, 3);
    }

    private Color colour(String web) {
        return colours.computeIfAbsent(web, Color::web);
    }

    private Font font(boolean bold, double size) {
        int i = (int) Math.min(31, Math.max(0, Math.round(size))) * 2 + (bold ? 1 : 0);
        if (fonts[i] == null) fonts[i] = Font.font("Monospaced", bold ? FontWeight.BOLD : FontWeight.NORMAL, size);
        return fonts[i];
    }
}

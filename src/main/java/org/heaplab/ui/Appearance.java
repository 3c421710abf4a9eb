package org.heaplab.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.heaplab.ui.heap.HeapPane;
import org.heaplab.ui.settings.Settings;
import org.heaplab.ui.settings.SettingsDialog;

/**
 * The window's look and the settings behind it: the stylesheets (the lab's, and the light or
 * dark theme's tokens over AtlantaFX's Primer), the theme switch, the settings dialog, and
 * keeping the settings on disk as they change rather than only at a clean exit.
 */
final class Appearance {
    private final AppContext ctx;

    Appearance(AppContext ctx) {
        this.ctx = ctx;
    }

    static String css(String name) {
        return HeapLabApp.class.getResource(name).toExternalForm();
    }

    /** Styles the scene, follows the theme setting, and saves view settings as they change. */
    void install(Scene scene) {
        var settings = ctx.settings;
        scene.getStylesheets().add(css("lab.css"));
        applyTheme(scene);
        settings.theme.addListener((o, a, b) -> applyTheme(scene));
        // zoom scales the whole window, not only the editor: the panes' sizes are in em of the root's font
        applyZoom(scene);
        settings.fontSize.addListener((o, a, b) -> applyZoom(scene));
        // view settings are kept as they change, not only at a clean exit
        settings.theme.addListener((o, a, b) -> saveSettings());
        settings.fontSize.addListener((o, a, b) -> saveSettings());
        settings.stepsPerSecond.addListener((o, a, b) -> saveSettings());
        settings.recentFiles().addListener((ListChangeListener<String>) c -> saveSettings());
    }

    /** The editor's font size at which the panes have their designed size (Primer's 14px). */
    static final int BASE_FONT = 14;

    /** The panes' font size for the editor's: the same, so Ctrl+= and Ctrl+- scale everything together. */
    static double paneFontSize(int editorFontSize) {
        return Math.max(9, Math.min(32, editorFontSize));
    }

    private void applyZoom(Scene scene) {
        scene.getRoot().setStyle(String.format(java.util.Locale.ROOT, "-fx-font-size: %.1fpx;", paneFontSize(ctx.settings.fontSize.get())));
    }

    private void applyTheme(Scene scene) {
        boolean dark = ctx.settings.theme.get() == Settings.Theme.DARK;
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
        scene.getStylesheets().removeIf(s -> s.contains("tokens-"));
        scene.getStylesheets().addFirst(css(dark ? "tokens-dark.css" : "tokens-light.css"));
        ctx.tasks.ui(() -> {
            for (Node n : scene.getRoot().lookupAll(".heap-pane")) if (n instanceof HeapPane hp) hp.applyThemeColors();
        });
    }

    /** Light to dark and back. */
    void toggleTheme() {
        var theme = ctx.settings.theme;
        theme.set(theme.get() == Settings.Theme.DARK ? Settings.Theme.LIGHT : Settings.Theme.DARK);
    }

    void editSettings() {
        if (SettingsDialog.show(ctx.stage, ctx.settings)) saveSettings();
    }

    private void saveSettings() {
        try {
            ctx.settings.save();
        } catch (IOException e) {
            ctx.notify("Could not save the settings: " + e.getMessage());
        }
    }
}

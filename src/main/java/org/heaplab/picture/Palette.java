package org.heaplab.picture;

import java.util.Map;

/**
 * The diagram's colours, light and dark, by role. One table for the window, the SVG and the PNG,
 * so an exported picture looks like the window; a teacher restyles an SVG through its classes.
 */
public record Palette(Map<String, String> colours) {
    public static final Palette LIGHT = new Palette(Map.ofEntries(
            Map.entry("background", "#ffffff"), Map.entry("heading", "#1f2328"), Map.entry("text", "#1f2328"), Map.entry("muted", "#57606a"),
            Map.entry("frame", "#eef3fb"), Map.entry("frame-stroke", "#7d9ccf"), Map.entry("current-stroke", "#2f6fde"),
            Map.entry("cell", "#ffffff"), Map.entry("cell-stroke", "#c8ced6"), Map.entry("changed", "#fff1a8"),
            Map.entry("allocator", "#f6f8fa"), Map.entry("allocator-stroke", "#8c959f"),
            Map.entry("area", "#edf7ef"), Map.entry("area-stroke", "#86c196"), Map.entry("bar", "#dfe3e8"), Map.entry("bar-used", "#3fa55b"),
            Map.entry("block", "#fff8e6"), Map.entry("block-stroke", "#d39e00"), Map.entry("new-stroke", "#e36209"),
            Map.entry("ghost-stroke", "#a8b0ba"), Map.entry("ghost-text", "#8c959f"),
            Map.entry("orphan", "#e4e4e4"), Map.entry("orphan-stroke", "#7a7a7a"), Map.entry("badge", "#cf222e"), Map.entry("badge-text", "#ffffff"),
            Map.entry("pointer", "#2f6fde"), Map.entry("dangling", "#cf222e"), Map.entry("span", "#2f6fde0d"), Map.entry("dead", "#fbeaea"),
            Map.entry("more", "#eef0f2"), Map.entry("selected", "#8250df"), Map.entry("uses", "#8c959f")));

    public static final Palette DARK = new Palette(Map.ofEntries(
            Map.entry("background", "#0d1117"), Map.entry("heading", "#e6edf3"), Map.entry("text", "#e6edf3"), Map.entry("muted", "#9da7b3"),
            Map.entry("frame", "#162238"), Map.entry("frame-stroke", "#3d5a8a"), Map.entry("current-stroke", "#58a6ff"),
            Map.entry("cell", "#0d1117"), Map.entry("cell-stroke", "#30363d"), Map.entry("changed", "#5a4a00"),
            Map.entry("allocator", "#161b22"), Map.entry("allocator-stroke", "#6e7681"),
            Map.entry("area", "#12261a"), Map.entry("area-stroke", "#2f6f44"), Map.entry("bar", "#30363d"), Map.entry("bar-used", "#3fb950"),
            Map.entry("block", "#2b2111"), Map.entry("block-stroke", "#bb8009"), Map.entry("new-stroke", "#f0883e"),
            Map.entry("ghost-stroke", "#6e7681"), Map.entry("ghost-text", "#8b949e"),
            Map.entry("orphan", "#30363d"), Map.entry("orphan-stroke", "#8b949e"), Map.entry("badge", "#f85149"), Map.entry("badge-text", "#ffffff"),
            Map.entry("pointer", "#58a6ff"), Map.entry("dangling", "#f85149"), Map.entry("span", "#58a6ff14"), Map.entry("dead", "#3b1719"),
            Map.entry("more", "#21262d"), Map.entry("selected", "#bc8cff"), Map.entry("uses", "#6e7681")));

    public String get(String role) {
        return colours.getOrDefault(role, "#ff00ff");
    }
}

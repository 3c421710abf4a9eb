package org.heaplab.ui.common;

/** Style-class and pseudo-class names the panes and their stylesheets share. */
public final class Styles {
    private Styles() {}

    public static final String CURRENT_LINE = "current-line";
    public static final String CURRENT_ARROW = "current-arrow";
    public static final String BREAKPOINT = "breakpoint";
    public static final String LINE_NUMBER = "line-number";
    public static final String GUTTER = "gutter";
    public static final String DIAGNOSTIC = "diagnostic";
    /** Rows and cells that changed since the last step. */
    public static final String CHANGED = "changed";
    public static final String LINK = "link";
    public static final String MUTED = "muted";
    public static final String PANE_TITLE = "pane-title";
    public static final String ERROR_CARD = "error-card";
    public static final String FIRING = "firing";
    public static final String ON_ERROR = "on-error";
}

package org.heaplab.ui;

/** Starts the JavaFX application (a plain class, so JavaFX on the class path needs no module setup). */
public final class Launcher {
    private Launcher() {}

    public static void launch(String[] args) {
        javafx.application.Application.launch(HeapLabApp.class, args);
    }
}

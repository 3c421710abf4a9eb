package org.heaplab.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

/** The lab's window. The full window (editor and panes) comes with its own issue; this opens the frame. */
public final class HeapLabApp extends Application {
    @Override
    public void start(Stage stage) {
        var root = new BorderPane(new Label("Heap Lab"));
        stage.setTitle("Heap Lab");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }
}

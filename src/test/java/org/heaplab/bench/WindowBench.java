package org.heaplab.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.heaplab.ui.HeapLabApp;
import org.heaplab.ui.editor.EditorPane;

/**
 * The window's figures, printed (not asserted), as a learner meets them:
 *
 * <ul>
 *   <li>{@code start}: cold start to a painted window, from the JVM's start to the end of the
 *   first pulse that lays out the shown window (run it in a fresh JVM each time:
 *   bench/window.sh start, with and without class data sharing);</li>
 *   <li>{@code step}: a step (F10) to the panes painted, with 1,000 live blocks
 *   (bench/blocks.zig): from the button's action to the end of the pulse after the snapshot
 *   reached the panes.</li>
 * </ul>
 *
 * <pre>bench/window.sh start|step [steps]</pre>
 */
public final class WindowBench {
    public static void main(String[] args) throws Exception {
        String mode = args.length > 0 ? args[0] : "start";
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 40;
        long mainAt = System.currentTimeMillis();
        long jvmAt = ManagementFactory.getRuntimeMXBean().getStartTime();
        var shown = new CountDownLatch(1);
        Stage[] stage = new Stage[1];
        long[] painted = new long[1];
        long[] toolkit = new long[2];
        long[] fxCpu = new long[2];
        Platform.startup(() -> {
            toolkit[0] = System.currentTimeMillis();
            fxCpu[0] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            stage[0] = new Stage();
            var app = new HeapLabApp();
            app.start(stage[0], mode.equals("step") ? List.of(Path.of("bench/blocks.zig").toAbsolutePath().toString()) : List.of());
            toolkit[1] = System.currentTimeMillis();
            afterNextPulse(stage[0].getScene(), () -> {
                painted[0] = System.currentTimeMillis();
                fxCpu[1] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                shown.countDown();
            });
        });
        if (!shown.await(120, TimeUnit.SECONDS)) throw new IllegalStateException("the window did not show");
        if (mode.equals("start")) {
            System.out.printf("cold start to a painted window: %d ms (JVM to main %d ms, JavaFX's start %d ms, the window built %d ms, "
                    + "its first frame laid out %d ms)%n", painted[0] - jvmAt, mainAt - jvmAt, toolkit[0] - mainAt, toolkit[1] - toolkit[0],
                    painted[0] - toolkit[1]);
            // processor time does not grow when other programs share the machine
            long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
            System.out.printf("  processor time: the JavaFX thread building and laying out the window %d ms; the whole process so far %d ms%n",
                    (fxCpu[1] - fxCpu[0]) / 1_000_000, process / 1_000_000);
        } else {
            step(stage[0].getScene(), steps);
        }
        Platform.exit();
        System.exit(0);
    }

    /** Runs {@code r} once, after the next pulse has laid the scene out (what the next frame paints). */
    static void afterNextPulse(Scene scene, Runnable r) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            r.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) throws Exception {
        var f = new java.util.concurrent.FutureTask<>(c);
        Platform.runLater(f);
        return f.get(60, TimeUnit.SECONDS);
    }

    private static Node find(Scene scene, String id) {
        return scene.getRoot().lookup(id);
    }

    private static String status(Scene scene) throws Exception {
        return fx(() -> ((StatusBar) find(scene, "#status-bar")).getText());
    }

    private static void waitFor(Scene scene, String prefix) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!status(scene).startsWith(prefix)) {
            if (System.nanoTime() > end) throw new IllegalStateException("the window did not reach \"" + prefix + "\": " + status(scene));
            Thread.sleep(20);
        }
    }

    /** The processor time of the interpreter's thread so far (0 when it is not found). */
    private static long runThreadCpu() {
        var threads = ManagementFactory.getThreadMXBean();
        for (var e : Thread.getAllStackTraces().keySet()) {
            if (e.getName().startsWith("heaplab-run")) return threads.getThreadCpuTime(e.threadId());
        }
        return 0;
    }

    private static void step(Scene scene, int steps) throws Exception {
        fx(() -> {
            Parent p = (Parent) find(scene, "#editor");
            while (!(p instanceof EditorPane)) p = p.getParent();
            ((EditorPane) p).toggleBreakpoint(27);
            ((Button) find(scene, "#run")).fire();
            return null;
        });
        waitFor(scene, "Paused (breakpoint) at line 27");
        Label stepLabel = fx(() -> (Label) find(scene, "#step-count"));
        System.out.printf("paused with %s%n", fx(() -> ((Label) ((StatusBar) find(scene, "#status-bar")).getRightItems().getFirst()).getText()));
        List<Double> times = new ArrayList<>();
        List<Double> fxCpu = new ArrayList<>();
        List<Double> runCpu = new ArrayList<>();
        var threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < steps + 5; i++) {
            var done = new CountDownLatch(1);
            long[] t = new long[4];
            long runBefore = runThreadCpu();
            fx(() -> {
                String before = stepLabel.getText();
                javafx.beans.value.ChangeListener<String>[] l = new javafx.beans.value.ChangeListener[1];
                l[0] = (o, a, b) -> {
                    if (b.equals(before)) return;
                    stepLabel.textProperty().removeListener(l[0]);
                    afterNextPulse(scene, () -> {
                        t[1] = System.nanoTime();
                        t[3] = threads.getCurrentThreadCpuTime();
                        done.countDown();
                    });
                };
                stepLabel.textProperty().addListener(l[0]);
                t[0] = System.nanoTime();
                t[2] = threads.getCurrentThreadCpuTime();
                ((Button) find(scene, "#step-over")).fire();
                return null;
            });
            if (!done.await(60, TimeUnit.SECONDS)) throw new IllegalStateException("a step did not reach the panes");
            waitFor(scene, "Paused");
            if (i >= 5) { // the first steps warm the JIT up
                times.add((t[1] - t[0]) / 1e6);
                fxCpu.add((t[3] - t[2]) / 1e6);
                runCpu.add((runThreadCpu() - runBefore) / 1e6);
            }
        }
        Collections.sort(fxCpu);
        Collections.sort(runCpu);
        Collections.sort(times);
        Consumer<String> out = System.out::println;
        out.accept(String.format("a step (F10) to the panes painted, 1,000 live blocks, %d steps: median %.1f ms, 90th percentile %.1f ms, worst %.1f ms",
                times.size(), times.get(times.size() / 2), times.get((int) (times.size() * 0.9)), times.getLast()));
        // processor time does not grow when other programs share the machine: the work a step costs, thread by thread
        out.accept(String.format("processor time a step: the JavaFX thread median %.1f ms (90th percentile %.1f ms), the interpreter's thread median %.1f ms",
                fxCpu.get(fxCpu.size() / 2), fxCpu.get((int) (fxCpu.size() * 0.9)), runCpu.get(runCpu.size() / 2)));
    }
}

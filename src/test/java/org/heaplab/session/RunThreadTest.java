package org.heaplab.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A program runs on a thread with the large stack it needs, whatever the calling thread is named. */
class RunThreadTest {
    @Test
    void aThreadNamedLikeARunsIsNotTakenForOne() throws Exception {
        var ranOn = new AtomicReference<Thread>();
        var caller = new Thread(() -> Session.run("main.zig", "const std = @import(\"std\");\npub fn main() void {\n    std.debug.print(\"hi\\n\", .{});\n}\n",
                Session.Mode.RUN, RunSettings.defaults(), (fd, b) -> ranOn.set(Thread.currentThread())), "heaplab-run-lookalike");
        caller.start();
        caller.join(30_000);
        assertThat(ranOn.get()).isNotNull().isNotSameAs(caller).isInstanceOf(RunThread.class);
    }

    @Test
    void theDebuggersRunStaysOnItsOwnThread() throws Exception {
        var ranOn = new AtomicReference<Thread>();
        var stops = new StopQueue();
        Debugger d = Debugger.prepare("main.zig", "const std = @import(\"std\");\npub fn main() void {\n    std.debug.print(\"hi\\n\", .{});\n}\n",
                Session.Mode.RUN, RunSettings.defaults(), new Debugger.Listener() {
                    @Override
                    public void snapshot(org.heaplab.trace.Snapshot s) { stops.snapshot(s); }

                    @Override
                    public void finished(Session.Outcome o, org.heaplab.trace.Snapshot last) {
                        ranOn.set(Thread.currentThread());
                        stops.finished(o, last);
                    }
                });
        d.start(Debugger.Command.CONTINUE);
        assertThat(stops.next(30_000)).isNotNull();
        assertThat(ranOn.get()).isInstanceOf(RunThread.class).extracting(Thread::getName).isEqualTo("heaplab-run");
        d.send(Debugger.Command.STOP);
    }
}

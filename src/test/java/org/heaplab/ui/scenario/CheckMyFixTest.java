package org.heaplab.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.heaplab.scenario.ScenarioParser;
import org.heaplab.scenario.Step;
import org.heaplab.scenario.Target;
import org.junit.jupiter.api.Test;

/** "Check my fix" runs the learner's program on its own: the window's run, of the program before the fix, is forgotten first. */
class CheckMyFixTest {
    @Test
    void checkingAFixForgetsTheWindowsRun() throws Exception {
        String program = "pub fn main() void {}\n";
        var files = Map.of("main.zig", program, "solution.zig", program);
        var scenario = ScenarioParser.parse("99-fix", "scenario.txt", """
                title: A fix
                topic: Tests
                idea: A task.
                program: main.zig
                solution: solution.zig

                predict: Does it compile?
                  * yes
                  - no
                  explain: It is a valid program.

                run to end

                expect: exit code 0

                task: Make it compile.
                  check: compiles
                """, files::get);
        var forgotten = new AtomicInteger();
        var vm = new WalkthroughViewModel(org.heaplab.ui.common.TaskRunner.sameThread(), new WalkthroughViewModel.Lab() {
            @Override public boolean runTo(Target target) { return true; }

            @Override public void focus(Step.Focus focus) { }

            @Override public String programText() { return program; }

            @Override public void forgetRun() { forgotten.incrementAndGet(); }
        }, ScenarioProgress.load(Files.createTempDirectory("progress")));
        vm.open(scenario);
        var end = new org.heaplab.trace.Snapshot(1, org.heaplab.trace.Snapshot.RunState.FINISHED,
                new org.heaplab.trace.StopReason.Finished(org.heaplab.trace.StopReason.Ending.EXITED, 0, null), null, java.util.List.of(),
                java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(), 0, "", java.util.List.of(), null, 0,
                org.heaplab.trace.Snapshot.Changes.NONE);
        for (int i = 0; i < 8 && !"Check my fix".equals(vm.primaryAction()); i++) {
            vm.act(0);
            vm.stopped(end, null);
        }
        assertThat(vm.primaryAction()).isEqualTo("Check my fix");
        vm.act(-1);
        assertThat(forgotten).hasValue(1);
        // the same-thread runner checks at once: the fix (the program compiles) passes
        assertThat(vm.primaryAction()).isEqualTo("Next");
    }
}

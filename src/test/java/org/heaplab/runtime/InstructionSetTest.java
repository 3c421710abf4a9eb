package org.heaplab.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.runtime.code.Op;
import org.heaplab.runtime.code.Operand;
import org.heaplab.session.Compilation;
import org.heaplab.source.SourceFile;
import org.heaplab.source.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The code generator, the instruction table ({@link Op}) and the VM agree. Every program of the
 * conformance corpus (cases and probes), Heap Lab's own cases and the scenarios' programs (what
 * learners start from and the solutions) is compiled; every instruction of every function,
 * std's included, is decoded with the table (each code word the image's for its opcode, with the
 * VM's handler); and every opcode of the table, those emitted first,
 * is given to the VM, which must have a handler for it. (That the VM assigns every opcode a
 * handler is also checked when compiling: Handlers.of is a switch over the table without a
 * default. This test catches an assigned handler that does not exist: a handler number without
 * a case in Vm.loop, or an opcode sent to Instructions.rare that has no case there.)
 */
class InstructionSetTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final List<Path> FOLDERS = List.of(RESOURCES.resolve("conformance"), RESOURCES.resolve("cases"), Path.of("scenarios"));

    /** Where an opcode was first seen. */
    private record Use(Image image, FnCode fn, int pc) {}

    private static final Map<Op, Use> firstUse = new EnumMap<>(Op.class);
    private static final List<String> malformed = new ArrayList<>();
    private static int programs;

    @BeforeAll
    static void compileEveryProgram() throws IOException {
        for (Path folder : FOLDERS) {
            List<Path> files;
            try (Stream<Path> s = Files.walk(folder)) {
                files = s.filter(p -> p.toString().endsWith(".zig")).sorted().toList();
            }
            for (Path p : files) {
                Compilation c = Compilation.compile(new SourceFile(p.getFileName().toString(), Files.readString(p)), mode(p),
                        p.getFileName().toString().endsWith("_lc.zig"));
                if (!c.ok()) continue;
                programs++;
                for (FnCode fn : c.image().functions()) decode(c.image(), fn, p);
            }
        }
    }

    private static Sema.Mode mode(Path p) throws IOException {
        Path cmd = p.resolveSibling("cmd");
        boolean test = p.getFileName().toString().startsWith("test_") || Files.exists(cmd) && Files.readString(cmd).trim().equals("test");
        return test ? Sema.Mode.TEST : Sema.Mode.RUN;
    }

    /** Walks a function's code by the table's lengths, checking each operand against its kind. */
    private static void decode(Image image, FnCode fn, Path program) {
        int[] code = fn.code();
        BitSet starts = new BitSet();
        List<Integer> labels = new ArrayList<>();
        for (int pc = 0; pc < code.length; ) {
            String at = program + ": " + fn.name() + " at " + pc;
            int number = code[pc] & Op.OPCODE;
            if (number >= Op.count()) {
                malformed.add(at + ": no opcode " + number);
                return;
            }
            Op op = Op.of(code[pc]);
            if ((code[pc] & ~Op.STATEMENT) != image.opcodeWord(op)) malformed.add(at + ": " + op + "'s word is not the image's");
            int len = op.length(code, pc);
            if (pc + len > code.length) {
                malformed.add(at + ": " + op + " runs past the end");
                return;
            }
            List<Operand> kinds = op.operands();
            for (int i = 0; i < kinds.size(); i++) {
                int v = code[pc + 1 + i];
                boolean ok = switch (kinds.get(i)) {
                    case DEF, REG -> v >= 0 && v < fn.registerCount();
                    case OPT_DEF, OPT_REG -> v >= -1 && v < fn.registerCount();
                    case K -> v >= 0 && v < fn.consts().length;
                    case FN -> v >= 0 && v < image.functions().size();
                    case STMT -> v >= 0 && v < fn.statements().size();
                    case LABEL -> labels.add(v);
                    case ARGS -> Arrays.stream(code, pc + 2 + i, pc + 2 + i + v).allMatch(a -> a >= 0 && a < fn.registerCount());
                    case TYPE, LOAD, SIZE, IMM -> true;
                };
                if (!ok) malformed.add(at + ": " + op + " operand " + i + " (" + kinds.get(i) + ") is " + v);
            }
            starts.set(pc);
            firstUse.putIfAbsent(op, new Use(image, fn, pc));
            // a superinstruction's other parts follow it (each perhaps the first of another one)
            int next = pc + len;
            for (Op part : op.parts().isEmpty() ? List.<Op>of() : op.parts().subList(1, op.parts().size())) {
                Op then = next < code.length ? Op.of(code[next]) : null;
                if (then == null || (then.parts().isEmpty() ? then : then.parts().getFirst()) != part) {
                    malformed.add(at + ": " + op + " is not followed by " + part);
                    break;
                }
                next += then.length(code, next);
            }
            pc += len;
        }
        // a function whose body cannot fall off its end may bind its last labels at the end of
        // its code: only dead jumps (an if's jump to its end, after a branch that returned) go there
        starts.set(code.length);
        for (int target : labels) if (!starts.get(target)) malformed.add(program + ": " + fn.name() + ": a jump to " + target + ", not an instruction");
        for (FnCode.Statement st : fn.statements()) {
            int pc = st.pc();
            if (!starts.get(pc) || (code[pc] & Op.STATEMENT) == 0 && Op.of(code[pc]) != Op.STMT) {
                malformed.add(program + ": " + fn.name() + ": statement at " + pc + " is not marked");
            }
        }
    }

    @Test
    void everyInstructionDecodesWithTheTable() {
        assertThat(programs).as("programs compiled").isGreaterThan(150);
        assertThat(malformed).isEmpty();
    }

    /**
     * Each opcode of the table run through the VM's dispatch, alone in a function of its own
     * (with the other parts of a superinstruction; jumps sent to the return after them), on a machine of a compiled program: the first
     * instruction the compiler emitted with it, or for an opcode no program makes, one made up
     * from its operand kinds. The handler may do anything with the zeros in its registers
     * (panic, fault, call a function that stops at the step limit) but report that the VM has
     * no code for it.
     */
    @Test
    void everyOpcodeHasAHandlerInTheVm() {
        assertThat(firstUse.keySet()).as("opcodes emitted").hasSizeGreaterThan(80);
        Use host = firstUse.values().stream()
                .filter(u -> u.fn().registerCount() >= 8 && u.fn().consts().length > 0 && !u.fn().statements().isEmpty())
                .findFirst().orElseThrow();
        List<String> missing = new ArrayList<>();
        for (Op op : Op.values()) {
            Use use = firstUse.get(op);
            int[] instruction = use != null ? emitted(use) : madeUp(op, host.image());
            try {
                runAlone(use != null ? use : host, instruction);
            } catch (Instructions.MissingHandler ex) {
                missing.add(ex.getMessage() + (use != null ? "" : " (no program makes it)"));
            } catch (RuntimeException ex) {
                // a handler ran
            }
        }
        assertThat(missing).isEmpty();
    }

    /** The instruction at the use, with the others of its superinstruction. */
    private static int[] emitted(Use use) {
        int[] code = use.fn().code();
        int end = use.pc();
        for (int i = 0; i < Math.max(1, Op.of(code[use.pc()]).parts().size()); i++) end += Op.of(code[end]).length(code, end);
        return Arrays.copyOfRange(code, use.pc(), end);
    }

    /** An instruction of opcode {@code op} (with its superinstruction's other parts) whose operands are the smallest valid ones of their kinds. */
    private static int[] madeUp(Op op, Image image) {
        int[] all = madeUpOne(op, image);
        for (Op part : op.parts().isEmpty() ? List.<Op>of() : op.parts().subList(1, op.parts().size())) {
            int[] next = madeUpOne(part, image);
            int n = all.length;
            all = Arrays.copyOf(all, n + next.length);
            System.arraycopy(next, 0, all, n, next.length);
        }
        return all;
    }

    private static int[] madeUpOne(Op op, Image image) {
        List<Operand> kinds = op.operands();
        int[] ins = new int[1 + kinds.size()];
        ins[0] = image.opcodeWord(op);
        for (int i = 0; i < kinds.size(); i++) {
            ins[1 + i] = switch (kinds.get(i)) {
                case DEF, REG, K, FN, STMT, LABEL, ARGS, IMM -> 0;
                case OPT_DEF, OPT_REG -> -1;
                case TYPE -> Operand.U64;
                case LOAD -> Operand.LD_64;
                case SIZE -> 8;
            };
        }
        return ins;
    }

    private static void runAlone(Use use, int[] instructions) {
        int len = instructions.length;
        int[] probe = Arrays.copyOf(instructions, len + 1);
        probe[len] = use.image().opcodeWord(Op.RETV);
        for (int pc = 0; pc < len; ) {
            probe[pc] &= ~Op.STATEMENT;
            Op op = Op.of(probe[pc]);
            List<Operand> kinds = op.operands();
            for (int i = 0; i < kinds.size(); i++) if (kinds.get(i) == Operand.LABEL) probe[pc + 1 + i] = len;
            pc += op.length(probe, pc);
        }
        FnCode fn = use.fn();
        var alone = new FnCode(fn.function(), probe, new Span[probe.length], fn.consts(), fn.registerCount(), fn.constBase(), fn.constValues(),
                fn.frameSize(), new FnCode.Param[0], List.of(), fn.statements());
        var machine = new Machine(use.image(), Machine.Settings.defaults(), (fd, bytes) -> { });
        machine.vm.setLimits(10_000, 5_000);
        machine.vm.call(alone, new long[0], 0);
    }
}

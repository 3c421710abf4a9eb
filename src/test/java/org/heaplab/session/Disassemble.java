package org.heaplab.session;

import java.nio.file.Files;
import java.nio.file.Path;
import org.heaplab.lang.check.Sema;
import org.heaplab.runtime.code.FnCode;
import org.heaplab.source.SourceFile;

/** Development aid: prints the VM code of a program's own functions (arguments: a .zig file, optionally part of function names, which includes std's). */
public class Disassemble {
    public static void main(String[] args) throws Exception {
        var file = new SourceFile(Path.of(args[0]).getFileName().toString(), Files.readString(Path.of(args[0])));
        Compilation c = Compilation.compile(file, Sema.Mode.RUN);
        if (!c.ok()) {
            System.out.print(c.renderAll());
            return;
        }
        for (FnCode fn : c.image().functions()) {
            if (args.length > 1 ? !fn.name().contains(args[1]) : fn.isLibrary()) continue;
            System.out.println("fn " + fn.name() + " (frame " + fn.frameSize() + " bytes)");
            System.out.print(fn.disassemble(i -> c.image().functions().get(i).name()));
            for (int i = 0; i < fn.statements().size(); i++) {
                var st = fn.statements().get(i);
                System.out.println("  statement " + i + " at pc " + st.pc() + ": line " + st.span().line() + " col " + st.span().column());
            }
        }
    }
}

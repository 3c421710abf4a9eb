package org.heaplab.lang.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.heaplab.diag.Diagnostic;
import org.heaplab.lang.ast.Ast;
import org.heaplab.lang.parse.Parser;
import org.heaplab.lang.types.Namespace;
import org.heaplab.lang.types.StructType;
import org.heaplab.source.LabFiles;
import org.heaplab.source.SourceFile;

/** Module loading: the user's file, Heap Lab's std (parsed from resources on first import), the builtin module, and their namespaces. */
final class Modules {
    private final Sema sema;

    Modules(Sema sema) {
        this.sema = sema;
    }

    final Map<String, StructType> files = new HashMap<>();

    final Map<SourceFile, Ast.Container> asts = new HashMap<>();

    // ------------------------------------------------------------------ files and modules

    /** The struct type of a file, creating its namespace the first time. */
    StructType fileStruct(SourceFile file, Ast.Container ast, String qualifiedName) {
        return fileStruct(file, ast, qualifiedName, (file.isLibrary() ? "std/" : "") + file.name());
    }

    private StructType fileStruct(SourceFile file, Ast.Container ast, String qualifiedName, String key) {
        StructType existing = files.get(key);
        if (existing != null) return existing;
        var ns = new Namespace(qualifiedName, file, null);
        var st = new StructType(qualifiedName, StructType.Kind.FILE, ns, null);
        st.resolveWith(sema.containers::resolveFields);
        files.put(key, st);
        asts.put(file, ast);
        declareMembers(ns, ast.members());
        // a file's fields (rare, e.g. Allocator.zig) are its top-level field declarations
        return st;
    }

    StructType stdRoot() { return importFile("std", null); }

    /** {@code @import(path)} from a file: "std", "builtin", or a path relative to the importing file. */
    StructType importFile(String path, SourceFile from) {
        if (path.equals("std")) return loadLibrary("std.zig");
        if (path.equals("builtin")) return builtinModule();
        if (from != null && from.isLibrary()) {
            String dir = from.name().contains("/") ? from.name().substring(0, from.name().lastIndexOf('/') + 1) : "";
            return loadLibrary(normalize(dir + path));
        }
        return null;
    }

    static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) parts.pollLast();
            else if (!p.equals(".") && !p.isEmpty()) parts.addLast(p);
        }
        return String.join("/", parts);
    }

    StructType loadLibrary(String path) {
        StructType st = files.get("std/" + path);
        if (st != null) return st;
        String text = readResource("/org/heaplab/std/" + path);
        var file = new SourceFile(path, text, true);
        file.showLinesAs(StdLines.of(path, text));
        List<Diagnostic> diags = new ArrayList<>();
        Ast.Container ast = Parser.parseFile(file, diags);
        if (!diags.isEmpty()) throw new IllegalStateException("Heap Lab's std does not parse: " + diags);
        String q = path.equals("std.zig") ? "std" : path.substring(0, path.length() - 4).replace('/', '.');
        st = fileStruct(file, ast, q);
        files.put("std/" + path, st);
        return st;
    }

    /** The key of {@code @import("builtin")}, the build's options (std/builtin.zig is another file: std.builtin). */
    private static final String BUILD_OPTIONS = "@builtin";

    StructType builtinModule() {
        StructType st = files.get(BUILD_OPTIONS);
        if (st != null) return st;
        String text = "pub const is_test = " + (sema.mode == Sema.Mode.TEST) + ";\n"
                + "pub const mode: std.builtin.OptimizeMode = .Debug;\n"
                + "pub const single_threaded = true;\n"
                + "pub const link_libc = " + sema.linkLibc + ";\n"
                + "pub const zig_version_string = \"0.14.0\";\n"
                + "pub const abi: std.Target.Abi = .gnu;\n"
                + "pub const cpu: std.Target.Cpu = .{ .arch = .x86_64 };\n"
                + "pub const os: std.Target.Os = .{ .tag = .linux };\n"
                + "pub const object_format: std.Target.ObjectFormat = .elf;\n"
                + "pub const target: std.Target = .{ .cpu = cpu, .os = os, .abi = abi, .ofmt = object_format };\n"
                + "const std = @import(\"std\");\n"
                + sema.labDefaults.builtinDeclarations(sema.mode == Sema.Mode.TEST);
        var file = new SourceFile("builtin.zig", text, true);
        List<Diagnostic> diags = new ArrayList<>();
        Ast.Container ast = Parser.parseFile(file, diags);
        return fileStruct(file, ast, "builtin", BUILD_OPTIONS);
    }

    static String readResource(String path) {
        try (InputStream in = Sema.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing std source " + path);
            return LabFiles.readText(in, path, LabFiles.PROGRAM_LIMIT);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ containers

    void declareMembers(Namespace ns, List<Ast.Member> members) {
        for (Ast.Member m : members) {
            switch (m) {
                case Ast.VarDecl v -> ns.add(v.name(), v, v.isPub());
                case Ast.FnDecl f -> ns.add(f.name(), f, f.isPub());
                default -> { }
            }
        }
    }
}

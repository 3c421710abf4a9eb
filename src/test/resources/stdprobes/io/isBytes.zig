const std = @import("std");

pub fn main() !void {
    var fbs = std.io.fixedBufferStream("MAGICdata");
    const r = fbs.reader();
    std.debug.print("MAGIC: {}\n", .{try r.isBytes("MAGIC")});
    std.debug.print("dada: {}\n", .{try r.isBytes("dada")});
    std.debug.print("past end: {any}\n", .{r.isBytes("xyz")});
}

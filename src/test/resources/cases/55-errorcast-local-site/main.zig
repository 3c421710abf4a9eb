const std = @import("std");
const Wide = error{ NotFound, Denied, Busy };
const Narrow = error{ NotFound, Denied };
fn check(e: Wide) Narrow {
    return @errorCast(e);
}
pub fn main() void {
    std.debug.print("{}\n", .{check(error.Denied)});
    var e: Wide = error.NotFound;
    _ = &e;
    const n: Narrow = @errorCast(e);
    std.debug.print("{}\n", .{n});
    e = error.Busy;
    const m: Narrow = @errorCast(e);
    std.debug.print("{}\n", .{m});
}

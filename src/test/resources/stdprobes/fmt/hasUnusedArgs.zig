const std = @import("std");
const fmt = std.fmt;

pub fn main() void {
    var st = fmt.ArgState{ .args_len = 2 };
    std.debug.print("fresh: {}\n", .{st.hasUnusedArgs()});
    _ = st.nextArg(null);
    std.debug.print("one used: {}\n", .{st.hasUnusedArgs()});
    _ = st.nextArg(null);
    std.debug.print("both used: {}\n", .{st.hasUnusedArgs()});
    var none = fmt.ArgState{ .args_len = 0 };
    std.debug.print("no args: {}\n", .{none.hasUnusedArgs()});
}

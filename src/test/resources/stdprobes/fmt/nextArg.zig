const std = @import("std");
const fmt = std.fmt;

pub fn main() void {
    var st = fmt.ArgState{ .args_len = 3 };
    std.debug.print("implicit: {?}\n", .{st.nextArg(null)});
    std.debug.print("explicit 2: {?}\n", .{st.nextArg(2)});
    std.debug.print("implicit: {?}\n", .{st.nextArg(null)});
    std.debug.print("out of range: {?}\n", .{st.nextArg(5)});
    std.debug.print("used mask: {b}\n", .{st.used_args});
}

const std = @import("std");
fn f() noreturn {
    std.process.exit(3);
}
pub fn main() void {
    const x: u32 = 1 + f();
    _ = x;
}

const std = @import("std");
const Color = enum { red, green, blue };
pub fn main() void {
    const c: Color = .bleu;
    _ = c;
}

const S = struct { a: u8 };
pub fn main() void {
    const x: u8 = @bitCast(S{ .a = 1 });
    _ = x;
}

fn f(comptime n: u8) type {
    _ = n;
    return struct {};
}
const T = f(return);
pub fn main() void {
    _ = T;
}

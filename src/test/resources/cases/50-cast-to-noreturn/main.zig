pub fn main() void {
    const x: noreturn = 5;
    _ = x;
}

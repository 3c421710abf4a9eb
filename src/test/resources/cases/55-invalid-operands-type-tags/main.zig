fn f() !u8 {
    return 1;
}
pub fn main() void {
    var o: ?u8 = 3;
    _ = &o;
    const e = f();
    _ = e catch 0;
    const r = e + 1;
    _ = r;
    const q = o * 2;
    _ = q;
}

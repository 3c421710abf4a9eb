fn f() noreturn {
    return 5;
}
pub fn main() void {
    f();
}

const Parser = struct {
    last: anyerror!u8 = 1,
    fn step(x: u8) !u8 {
        if (x > 9) return error.TooBig;
        return x;
    }
};

fn load() !u8 {
    return 1;
}

fn callDiscarded() void {
    _ = load();
}

fn groupedCall() void {
    _ = (load());
}

fn methodCall() void {
    _ = Parser.step(3);
}

fn fieldValue() void {
    const p = Parser{};
    _ = p.last;
}

fn localValue() void {
    const r = load();
    _ = r;
}

pub fn main() void {
    callDiscarded();
    groupedCall();
    methodCall();
    fieldValue();
    localValue();
}

const std = @import("std");

const Stack = struct {
    len: usize = 0,
    fn push(self: *Stack) void {
        self.len += 1;
    }
};

fn valueAccess() void {
    const f = std.mem.indexOfScalr;
    _ = f;
}

fn methodOnInstance() void {
    var s = Stack{};
    s.pushh();
}

fn methodOnType() void {
    var s = Stack{};
    Stack.pushAll(&s);
}

fn addressOf() void {
    const p = &Stack.capacity;
    _ = p;
}

fn objectOfCall() void {
    _ = std.ascii.Tables.lookup('a');
}

fn errorSet() void {
    const E = error{Full};
    const e = E.Empty;
    _ = e;
}

pub fn main() void {
    valueAccess();
    methodOnInstance();
    methodOnType();
    addressOf();
    objectOfCall();
    errorSet();
}

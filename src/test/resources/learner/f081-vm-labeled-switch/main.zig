const std = @import("std");

const Op = enum(u8) { load, add, jump_back_if_pos, print, halt };

fn interpret(code: []const u8) u32 {
    var pc: usize = 0;
    var acc: i32 = 0;
    var steps: u32 = 0;
    sw: switch (@as(Op, @enumFromInt(code[0]))) {
        .load => {
            acc = @as(i8, @bitCast(code[pc + 1]));
            pc += 2;
            steps += 1;
            continue :sw @enumFromInt(code[pc]);
        },
        .add => {
            acc += @as(i8, @bitCast(code[pc + 1]));
            pc += 2;
            steps += 1;
            continue :sw @enumFromInt(code[pc]);
        },
        .jump_back_if_pos => {
            steps += 1;
            if (acc > 0) pc -= code[pc + 1] else pc += 2;
            continue :sw @enumFromInt(code[pc]);
        },
        .print => {
            std.debug.print("acc={d}\n", .{acc});
            pc += 1;
            steps += 1;
            continue :sw @enumFromInt(code[pc]);
        },
        .halt => {},
    }
    return steps;
}

pub fn main() void {
    const O = struct {
        fn b(o: Op) u8 {
            return @intFromEnum(o);
        }
    };
    const code = [_]u8{ O.b(.load), 3, O.b(.print), O.b(.add), 0xff, O.b(.jump_back_if_pos), 3, O.b(.print), O.b(.halt) };
    std.debug.print("steps {d}\n", .{interpret(&code)});
}

const std = @import("std");
const Allocator = std.mem.Allocator;

const Player = struct {
    score: u32,
};

const Move = struct {
    x: u8,
    y: u8,
};

pub const Game = struct {
    players: []Player,
    history: []Move,
    names: [][]const u8,
    allocator: Allocator,

    fn init(allocator: Allocator, player_count: usize) !Game {
        const players = try allocator.alloc(Player, player_count);
        errdefer allocator.free(players);

        // store 10 most recent moves per player
        const history = try allocator.alloc(Move, player_count * 10);

        const names = try allocator.alloc([]const u8, player_count);

        return .{
            .players = players,
            .history = history,
            .names = names,
            .allocator = allocator,
        };
    }

    fn deinit(game: Game) void {
        const allocator = game.allocator;
        allocator.free(game.players);
        allocator.free(game.history);
        allocator.free(game.names);
    }
};

pub fn main() !void {
    var gpa = std.heap.GeneralPurposeAllocator(.{}){};
    defer _ = gpa.deinit();
    // the third allocation (names) fails, as it could on a machine out of memory
    var failing = std.testing.FailingAllocator.init(gpa.allocator(), .{ .fail_index = 2 });
    const allocator = failing.allocator();

    const game = Game.init(allocator, 3) catch |err| {
        std.debug.print("Game.init failed: {s}\n", .{@errorName(err)});
        return;
    };
    defer game.deinit();
}

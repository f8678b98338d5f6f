using Ipmi.Protocol;
using Ipmi.Protocol.Commands;

namespace Ipmi.Lan.Tests.Support;

/// <summary>
/// A test command source: Get Device ID (App 01h, User) answering fixed bytes, Chassis Control (Operator), a
/// faulting App 99h, and counters of how often they ran.
/// </summary>
public sealed class GetDeviceIdStub : ICommandSource
{
    /// <summary>Device ID 20h, revision 01h, firmware 1.02, IPMI 2.0, additional support BFh, manufacturer 7154, product 0001h.</summary>
    public static readonly byte[] Response = [0x20, 0x01, 0x01, 0x02, 0x02, 0xBF, 0xF2, 0x1B, 0x00, 0x01, 0x00];

    private int _calls;
    private int _executions;

    /// <summary>Get Device ID runs.</summary>
    public int Calls => Volatile.Read(ref _calls);

    /// <summary>When set, Chassis Control waits for it (an action that takes seconds).</summary>
    public TaskCompletionSource? ChassisControlHold { get; set; }

    /// <summary>Runs of any of the stub's handlers (the probe the fuzz tests watch).</summary>
    public int Executions => Volatile.Read(ref _executions);

    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.App, 0x01, PrivilegeLevel.User, (_, _, response, _) =>
        {
            Interlocked.Increment(ref _calls);
            Interlocked.Increment(ref _executions);
            Response.CopyTo(response);
            return ValueTask.FromResult(CommandResult.Ok(Response.Length));
        }),
        new(NetFn.Chassis, 0x02, PrivilegeLevel.Operator, async (_, _, _, _) =>
        {
            Interlocked.Increment(ref _executions);
            if (ChassisControlHold is { } hold)
                await hold.Task;
            return CommandResult.Ok(0);
        }),
        new(NetFn.App, 0x99, PrivilegeLevel.User, (_, _, _, _) =>
        {
            Interlocked.Increment(ref _executions);
            throw new InvalidOperationException("boom");
        }),
    ];
}

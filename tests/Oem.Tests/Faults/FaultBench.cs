using System.Diagnostics;
using I2cBridge.Queue;
using I2cBridge.Simulated;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.Logging.Abstractions;
using Oem.Handlers;
using Oem.Handlers.App;
using Oem.Node;
using Oem.State;
using Oem.Tests.Handlers.Support;
using Oem.Tests.Support;

namespace Oem.Tests.Faults;

/// <summary>
/// Every handler group over the simulated demo node (real drivers, real bus queue, simulated bus 1) on manual time,
/// called the way the LAN dispatcher calls them: an exception escaping a handler becomes the completion code of
/// <see cref="CompletionCodeMapper"/>. Each call must finish within <see cref="RealTimeBudget"/> of wall time.
/// </summary>
public sealed class FaultBench : IAsyncDisposable
{
    /// <summary>ipmitool's budget for one command: 1 s per try and 4 retries, rounded up.</summary>
    public static readonly TimeSpan RealTimeBudget = TimeSpan.FromSeconds(5);

    private readonly CompletionCodeMapper _mapper = new();
    private readonly string _stateDirectory = Directory.CreateTempSubdirectory("faults-test-").FullName;

    public FaultBench()
    {
        Node = DemoNode.Create(Time);
        Handlers = new OemHandlers(Node, Time, new StateDirectory(_stateDirectory, NullLoggerFactory.Instance), new OemHandlerOptions(),
            NullLoggerFactory.Instance, [new I2cTarget(1, 0x50)]);
    }

    public ManualTimeProvider Time { get; } = new();
    public ManagedNode Node { get; }
    public OemHandlers Handlers { get; }

    public SimulatedFaultInjector Faults => Node.Board!.Buses[1].Faults;

    public I2cBusQueue Queue => Node.Queues[1];

    /// <summary>Runs one request through its registration at Administrator privilege, advancing manual time while it runs.</summary>
    public async Task<(CompletionCode Code, byte[] Data)> CallAsync(BenchCommand command)
    {
        var registration = Handlers.Commands.Single(c => c.Key == new CommandKey(command.NetFn, command.Command, command.Group));
        var response = new byte[CommandRegistration.MaxResponseData];
        var context = new CommandContext(1, PrivilegeLevel.Administrator, 2, 1);
        var clock = Stopwatch.StartNew();
        var call = Dispatch(registration, context, Hex.Bytes(command.Request), response);
        await Time.RunUntilAsync(call, TimeSpan.FromMilliseconds(10), maxSteps: 2000);
        Assert.That(clock.Elapsed, Is.LessThan(RealTimeBudget), $"{command} took {clock.Elapsed.TotalSeconds:F1} s");
        var result = await call;
        return (result.Code, response[..result.DataLength]);
    }

    /// <summary>One refresh cycle of every sensor, as the background refresher runs it.</summary>
    public Task RefreshAsync() => Time.RunUntilAsync(Node.Refresher!.RefreshOnceAsync(CancellationToken.None), TimeSpan.FromMilliseconds(10));

    /// <summary>
    /// Holds the bus worker inside a transaction and fills the queue behind it, so the next request is refused with
    /// BusBusy. Disposing the returned gate lets the worker go and waits until the queue has drained.
    /// </summary>
    public async Task<IAsyncDisposable> FillQueueAsync()
    {
        var entered = new SemaphoreSlim(0);
        var release = new ManualResetEventSlim();
        var held = new List<Task>
        {
            Queue.ExecuteAsync(_ => { entered.Release(); release.Wait(TimeSpan.FromSeconds(10)); return true; }, I2cTransactionOptions.Write).AsTask(),
        };
        Assert.That(await entered.WaitAsync(TimeSpan.FromSeconds(5)), Is.True, "the worker never took the holding transaction");
        for (var i = 0; i < Node.Profile.Buses[0].QueueDepth; i++)
            held.Add(Queue.ExecuteAsync(_ => true, I2cTransactionOptions.Write).AsTask());
        Assert.That(Queue.Pending, Is.EqualTo(Node.Profile.Buses[0].QueueDepth));
        return new Gate(release, held);
    }

    public async ValueTask DisposeAsync()
    {
        Handlers.Dispose();
        await Node.DisposeAsync();
        Directory.Delete(_stateDirectory, recursive: true);
    }

    private async Task<CommandResult> Dispatch(CommandRegistration registration, CommandContext context, byte[] request, byte[] response)
    {
        try
        {
            return await registration.Handler(context, request, response, CancellationToken.None);
        }
        catch (Exception e) when (e is not AssertionException)
        {
            return _mapper.Map(e);
        }
    }

    private sealed class Gate(ManualResetEventSlim release, List<Task> held) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            release.Set();
            await Task.WhenAll(held).WaitAsync(TimeSpan.FromSeconds(5));
            release.Dispose();
        }
    }
}

/// <summary>A request as ipmitool sends it, and the 7-bit address of the chip it reaches on bus 1 (null: no bus traffic).</summary>
public sealed record BenchCommand(string Name, NetFn NetFn, byte Command, string Request, int? Address, byte Group = 0)
{
    public override string ToString() => Name;
}

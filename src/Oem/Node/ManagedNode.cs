using I2cBridge;
using I2cBridge.Queue;
using Oem.Node.Sensors;
using Oem.PassThrough;
using Oem.Platform;
using Oem.Simulation;

namespace Oem.Node;

/// <summary>
/// A node built by <see cref="NodeFactory"/>: its capabilities, plus what the host needs to run it — the sensor
/// refresher to start (a hosted service) and, for simulated buses, the demo board.
/// </summary>
public sealed class ManagedNode : IManagedNode
{
    private readonly IReadOnlyList<I2cBus> _ownedBuses;
    private int _disposed;

    internal ManagedNode(PlatformProfile profile, IReadOnlyDictionary<int, I2cBusQueue> queues, IReadOnlyList<I2cBus> ownedBuses, DemoBoard? board)
    {
        Profile = profile;
        Queues = queues;
        _ownedBuses = ownedBuses;
        Board = board;
        // A pass-through node's bus belongs to its BMC link; raw transfers go through the BMC's own Master Write-Read.
        I2c = queues.Count > 0 && profile.Node.Kind is not (NodeKind.Ipmb or NodeKind.Ssif) ? new QueuedI2cAccess(queues) : null;
    }

    public PlatformProfile Profile { get; }

    public PlatformIdentity Identity => Profile.Identity;

    public IChassisPower? Power { get; internal init; }

    public ISensorSource? Sensors => SensorCache;

    public IFruStore? Fru { get; internal init; }

    public IIdentifyLed? Identify { get; internal init; }

    public II2cAccess? I2c { get; }

    /// <summary>Reads the sensors in the background; null without sensors. The host starts and stops it.</summary>
    public SensorRefresher? Refresher { get; internal init; }

    /// <summary>The simulated board behind the "simulated" buses; null on real hardware.</summary>
    public DemoBoard? Board { get; }

    public IReadOnlyDictionary<int, I2cBusQueue> Queues { get; }

    /// <summary>The BMC a pass-through node (profile kind ipmb or ssif) forwards to; null for chip and register nodes.</summary>
    public PassThroughBmc? PassThrough { get; internal init; }

    internal SensorCache? SensorCache { get; init; }

    /// <summary>
    /// Stops the refresher and releases the link, queues, buses and board, once: later calls return at once. The host's
    /// container disposes the node once per registration (ManagedNode and IManagedNode), and the IPMB requester's
    /// cancellation source must not be cancelled after it was disposed.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        if (Refresher is not null)
        {
            await Refresher.StopAsync(CancellationToken.None).ConfigureAwait(false);
            Refresher.Dispose();
        }
        if (PassThrough is not null)
            await PassThrough.DisposeAsync().ConfigureAwait(false);
        foreach (var queue in Queues.Values)
            await queue.DisposeAsync().ConfigureAwait(false);
        foreach (var bus in _ownedBuses)
            bus.Dispose();
        Board?.Dispose();
    }
}

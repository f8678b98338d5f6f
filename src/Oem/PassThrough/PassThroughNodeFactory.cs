using System.Text.RegularExpressions;
using I2cBridge;
using I2cBridge.Ipmb;
using I2cBridge.Linux;
using I2cBridge.Queue;
using I2cBridge.Simulated;
using I2cBridge.Ssif;
using Microsoft.Extensions.Logging;
using Oem.Node;
using Oem.Platform;
using Oem.Simulation;

namespace Oem.PassThrough;

/// <summary>
/// Builds the <see cref="ManagedNode"/> of an ipmb or ssif profile: the BMC's bus behind one <see cref="I2cBusQueue"/>
/// and the <see cref="IBmcLink"/> over it. A "simulated" bus carries a <see cref="SimulatedIpmiBmc"/> (behind
/// <see cref="SimulatedIpmbBmc"/> or <see cref="SimulatedSsifBmc"/>) and, for IPMB, our own slave endpoint. On Linux,
/// IPMB needs the ipmb_dev_int driver (i2c-dev cannot receive the BMC's response writes): /dev/ipmb-N for /dev/i2c-N.
/// </summary>
public static partial class PassThroughNodeFactory
{
    /// <summary>The sidecar's 7-bit IPMB address when the profile gives none (8-bit 0x82, customary for a remote console).</summary>
    public const int DefaultOwnAddress = 0x41;

    /// <summary>
    /// Bytes one Get SDR may return from the simulated IPMB BMC: an IPMB message is at most 32 bytes (IPMB v1.0 §2.11),
    /// of which 7 are frame and 3 completion code and next record ID.
    /// </summary>
    public const int SimulatedIpmbMaxRead = 22;

    public static ManagedNode Create(PlatformProfile profile, NodeOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        var node = profile.Node;
        var busProfile = profile.FindBus(node.Bus!.Value)!;
        var address = node.Address!.Value;
        var queueOptions = new I2cBusQueueOptions { Capacity = busProfile.QueueDepth, DefaultTimeout = TimeSpan.FromMilliseconds(busProfile.TimeoutMs) };
        SimulatedIpmiBmc? simulated = null;
        I2cBus? bus = null;
        I2cBusQueue? queue = null;
        try
        {
            IBmcLink link;
            if (busProfile.IsSimulated)
            {
                var simulatedBus = new SimulatedI2cBus(busProfile.Id, new SimulatedBusOptions { SpeedHz = busProfile.SpeedHz, SimulateTiming = options.SimulateTiming });
                bus = simulatedBus;
                simulated = new SimulatedIpmiBmc { MaxReadBytes = node.Kind == NodeKind.Ipmb ? SimulatedIpmbMaxRead : 0xFF };
                simulatedBus.Attach(address, node.Kind == NodeKind.Ipmb ? new SimulatedIpmbBmc(simulated) : new SimulatedSsifBmc(simulated));
            }
            if (node.Kind == NodeKind.Ipmb)
            {
                var own = node.OwnAddress ?? DefaultOwnAddress;
                IIpmbChannel channel;
                if (bus is SimulatedI2cBus simulatedBus)
                {
                    queue = new I2cBusQueue(simulatedBus, queueOptions, time);
                    var i2cChannel = new I2cIpmbChannel(queue, (byte)(own << 1));
                    simulatedBus.Attach(own, new SimulatedSlaveEndpoint(i2cChannel.DeliverSlaveWrite));
                    channel = i2cChannel;
                }
                else
                    channel = new LinuxIpmbDevChannel(busProfile.Id, IpmbDevicePath(busProfile));
                var requester = new IpmbRequesterOptions { OwnAddress = (byte)(own << 1), ResponseTimeout = TimeSpan.FromMilliseconds(busProfile.TimeoutMs) };
                link = new IpmbBmcLink(channel, (byte)(address << 1), requester, time);
            }
            else
            {
                bus ??= new LinuxI2cBus(busProfile.Id, new LinuxI2cBusOptions { DevicePath = busProfile.Device });
                queue = new I2cBusQueue(bus, queueOptions, time);
                link = new SsifBmcLink(queue, address, new SsifOptions { TransactionTimeout = TimeSpan.FromMilliseconds(busProfile.TimeoutMs) }, time);
            }

            PassThroughLog.NodeCreated(loggers.CreateLogger(typeof(PassThroughNodeFactory)), profile.Name, node.Kind.ToString().ToUpperInvariant(),
                address, busProfile.Id, simulated is null ? "" : " (simulated)");
            var queues = queue is null ? new Dictionary<int, I2cBusQueue>() : new Dictionary<int, I2cBusQueue> { [busProfile.Id] = queue };
            return new ManagedNode(profile, queues, bus is null ? [] : [bus], null)
            {
                PassThrough = new PassThroughBmc(node.Kind, link, simulated),
            };
        }
        catch
        {
            queue?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            bus?.Dispose();
            throw;
        }
    }

    /// <summary>The ipmb_dev_int device of the bus: the profile's /dev/ipmb-N as is, /dev/i2c-N mapped to /dev/ipmb-N.</summary>
    public static string IpmbDevicePath(BusProfile bus) =>
        I2cDevicePath().Match(bus.Device) is { Success: true } match ? $"/dev/ipmb-{match.Groups[1].Value}" : bus.Device;

    [GeneratedRegex(@"^/dev/i2c-(\d+)$")]
    private static partial Regex I2cDevicePath();
}

using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.Logging.Abstractions;
using Oem.Node;
using Oem.PassThrough;
using Oem.Platform;
using Oem.Simulation;

namespace Oem.Tests.PassThrough;

/// <summary>
/// The whole pass-through stack from a profile: <see cref="NodeFactory"/> builds the simulated bus, the simulated BMC
/// behind its IPMB or SSIF front and the link; <see cref="PassThroughCommandSources"/> answers over it.
/// </summary>
[TestFixture("ipmb-demo.json", NodeKind.Ipmb)]
[TestFixture("ssif-demo.json", NodeKind.Ssif)]
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class PassThroughNodeTests(string profileFile, NodeKind kind) : IAsyncDisposable
{
    private readonly ManagedNode _node = new NodeFactory(TimeProvider.System, NullLoggerFactory.Instance)
        .Create(ProfileLoader.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "platforms", profileFile)));

    public ValueTask DisposeAsync() => _node.DisposeAsync();

    private PassThroughCommandSources Sources() => PassThroughCommandSources.Create(_node, TimeProvider.System, NullLoggerFactory.Instance);

    [Test]
    public void Profile_builds_a_pass_through_node_over_a_simulated_bmc()
    {
        Assert.That(_node.PassThrough?.Kind, Is.EqualTo(kind));
        Assert.That(_node.PassThrough!.Simulated, Is.Not.Null);
        Assert.That(_node.Sensors, Is.Null, "a pass-through node has no sensors of its own");
    }

    [Test]
    public async Task Get_device_id_crosses_the_bus_and_returns_the_bmcs_identity()
    {
        var (code, data) = await Forwarding.RunAsync(Sources().Sources.SelectMany(s => s.Commands), new CommandKey(NetFn.App, 0x01));
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data[6] | data[7] << 8 | data[8] << 16, Is.EqualTo((int)SimulatedIpmiBmc.SimulatedManufacturerId));
        Assert.That(_node.Queues.Values.Single().Statistics.Transactions, Is.GreaterThan(0));
    }

    [Test]
    public async Task Sdr_cache_fills_over_the_bus()
    {
        var sources = Sources();
        Assert.That(await sources.SdrCache.UpdateAsync(CancellationToken.None), Is.True);
        Assert.That(sources.SdrCache.Snapshot!.Records, Has.Count.EqualTo(_node.PassThrough!.Simulated!.SensorRecords.Count));
    }

    [Test]
    public async Task Chassis_power_off_and_on_reach_the_bmc()
    {
        var commands = Sources().Sources.SelectMany(s => s.Commands).ToList();
        await Forwarding.RunAsync(commands, new CommandKey(NetFn.Chassis, 0x02), 0x00);
        Assert.That(_node.PassThrough!.Simulated!.PowerOn, Is.False);
        await Forwarding.RunAsync(commands, new CommandKey(NetFn.Chassis, 0x02), 0x01);
        Assert.That(_node.PassThrough.Simulated.PowerOn, Is.True);
    }

    [Test, Description("The host disposes the node once for each of its two registrations (ManagedNode, IManagedNode).")]
    public async Task Disposing_the_node_twice_is_harmless()
    {
        await _node.DisposeAsync();
        Assert.That(async () => await _node.DisposeAsync(), Throws.Nothing);
    }

    [Test]
    public async Task Chip_node_is_refused()
    {
        await using var chips = new NodeFactory(TimeProvider.System, NullLoggerFactory.Instance)
            .Create(ProfileLoader.Load(Path.Combine(AppContext.BaseDirectory, "fixtures", "platforms", ProfileLoader.DemoProfileFileName)));
        Assert.That(() => PassThroughCommandSources.Create(chips, TimeProvider.System, NullLoggerFactory.Instance), Throws.ArgumentException);
    }
}

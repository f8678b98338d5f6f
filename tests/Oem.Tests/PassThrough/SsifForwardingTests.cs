using I2cBridge.Queue;
using I2cBridge.Simulated;
using I2cBridge.Ssif;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Oem.PassThrough;
using Oem.Simulation;

namespace Oem.Tests.PassThrough;

/// <summary>
/// LAN requests forwarded over SSIF on the simulated bus (IPMI v2.0 §12.8): the SSIF message is NetFn/LUN, command,
/// data; the answer comes back as NetFn/LUN, command, completion code, data and is relayed from the completion code on.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SsifForwardingTests : IAsyncDisposable
{
    private readonly SimulatedI2cBus _bus = new(4);
    private readonly SimulatedIpmiBmc _bmc = new();
    private readonly SimulatedSsifBmc _ssif;
    private readonly I2cBusQueue _queue;
    private readonly SsifBmcLink _link;
    private readonly IReadOnlyList<CommandRegistration> _commands;

    public SsifForwardingTests()
    {
        _ssif = new SimulatedSsifBmc(_bmc);
        _bus.Attach(0x10, _ssif);
        _queue = new I2cBusQueue(_bus);
        _link = new SsifBmcLink(_queue, 0x10, new SsifOptions { ResponseTimeout = TimeSpan.FromMilliseconds(200), PollInterval = TimeSpan.FromMilliseconds(5) }, TimeProvider.System);
        _commands = [.. new PassThroughCommands(_link).Commands];
    }

    public async ValueTask DisposeAsync()
    {
        await _link.DisposeAsync();
        await _queue.DisposeAsync();
        _bus.Dispose();
    }

    [Test, Description("Get Sensor Reading of sensor 1: NetFn 0x04 << 2 = 0x10, cmd 0x2D, sensor 0x01")]
    public async Task Get_sensor_reading_goes_out_as_an_ssif_message()
    {
        await Forwarding.RunAsync(_commands, new CommandKey(NetFn.SensorEvent, 0x2D), 0x01);
        Assert.That(_ssif.LastRequest, Is.EqualTo(new byte[] { 0x10, 0x2D, 0x01 }));
    }

    [Test, Description("CPU Temp at 52 °C with M=1: raw 0x34, scanning enabled (0x40), no threshold crossed")]
    public async Task Sensor_reading_answer_is_relayed()
    {
        var (code, data) = await Forwarding.RunAsync(_commands, new CommandKey(NetFn.SensorEvent, 0x2D), 0x01);
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data, Is.EqualTo(new byte[] { 0x34, 0x40, 0x00 }));
    }

    [Test, Description("The first request opens the client: Get System Interface Capabilities (App 0x57, SSIF) goes first")]
    public async Task First_request_is_preceded_by_the_capabilities_query()
    {
        await Forwarding.RunAsync(_commands, new CommandKey(NetFn.App, 0x01));
        await Forwarding.RunAsync(_commands, new CommandKey(NetFn.App, 0x01));
        Assert.That(_bmc.CountOf(NetFn.App, 0x57), Is.EqualTo(1));
        Assert.That(_bmc.CountOf(NetFn.App, 0x01), Is.EqualTo(2));
    }

    [Test, Description("A response over 32 bytes comes back as a multi-part read (§12.12) and is relayed whole")]
    public async Task Long_fru_read_is_reassembled_from_a_multi_part_response()
    {
        var (code, data) = await Forwarding.RunAsync(_commands, new CommandKey(NetFn.Storage, 0x11), 0x00, 0x00, 0x00, 0x40);
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data[0], Is.EqualTo(0x40), "count returned");
        Assert.That(data.Length, Is.EqualTo(1 + 0x40));
        Assert.That(data[1], Is.EqualTo(0x01), "FRU common header format version");
    }

    [Test, Description("The BMC never gets its answer ready (NACKs every read): the client's poll deadline becomes 0xC3")]
    public void Bmc_that_stays_busy_times_out_as_c3()
    {
        _ssif.BusyPolls = 1000;
        var e = Assert.ThrowsAsync<I2cBridge.I2cException>(() => Forwarding.RunAsync(_commands, new CommandKey(NetFn.App, 0x01)));
        Assert.That(new Oem.Handlers.CompletionCodeMapper().Map(e!), Is.EqualTo(CompletionCode.Timeout));
    }
}

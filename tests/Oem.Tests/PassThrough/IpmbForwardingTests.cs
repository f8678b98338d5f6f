using I2cBridge;
using I2cBridge.Ipmb;
using I2cBridge.Queue;
using I2cBridge.Simulated;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Oem.Handlers;
using Oem.PassThrough;
using Oem.Simulation;

namespace Oem.Tests.PassThrough;

/// <summary>
/// LAN requests forwarded over IPMB on the simulated bus: the frame the sidecar writes (IPMB v1.0 §2.11, Figure 2-4:
/// rsSA, netFn/rsLUN, chk1, rqSA, rqSeq/rqLUN, cmd, data, chk2 — checksums worked out by hand below), the answer
/// relayed unchanged, and transport failures mapped to completion codes.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class IpmbForwardingTests : IAsyncDisposable
{
    private const int BmcAddress = 0x10;   // 8-bit 0x20
    private const int OwnAddress = 0x41;   // 8-bit 0x82

    private readonly SimulatedI2cBus _bus = new(3);
    private readonly SimulatedIpmiBmc _bmc = new();
    private readonly RecordingIpmbBmc _wire;
    private readonly I2cBusQueue _queue;
    private readonly IpmbBmcLink _link;
    private readonly IReadOnlyList<CommandRegistration> _commands;

    public IpmbForwardingTests()
    {
        _wire = new RecordingIpmbBmc(_bmc);
        _bus.Attach(BmcAddress, _wire);
        _queue = new I2cBusQueue(_bus, new I2cBusQueueOptions { DefaultTimeout = TimeSpan.FromSeconds(1) });
        var channel = new I2cIpmbChannel(_queue, OwnAddress << 1);
        _bus.Attach(OwnAddress, new SimulatedSlaveEndpoint(channel.DeliverSlaveWrite));
        _link = new IpmbBmcLink(channel, BmcAddress << 1,
            new IpmbRequesterOptions { OwnAddress = OwnAddress << 1, ResponseTimeout = TimeSpan.FromMilliseconds(50), MaxRetries = 1 }, TimeProvider.System);
        _commands = [.. new PassThroughCommands(_link).Commands];
    }

    public async ValueTask DisposeAsync()
    {
        await _link.DisposeAsync();
        await _queue.DisposeAsync();
        _bus.Dispose();
    }

    [Test, Description("Get Device ID (App 0x06/0x01, no data): 20 | 06<<2 = 18 | -(20+18) = C8 | 82 | seq 0 | 01 | -(82+00+01) = 7D")]
    public async Task Get_device_id_goes_out_as_an_ipmb_request_frame()
    {
        await Forwarding.RunAsync(_commands, new CommandKey(NetFn.App, 0x01));
        Assert.That(_wire.Writes.Single(), Is.EqualTo(new byte[] { 0x18, 0xC8, 0x82, 0x00, 0x01, 0x7D }));
    }

    [Test, Description("Get Sensor Reading of sensor 2 (Sensor/Event 0x04/0x2D): 20 | 10 | D0 | 82 | 00 | 2D | 02 | -(82+00+2D+02) = 4F")]
    public async Task Get_sensor_reading_carries_its_data_byte_in_the_frame()
    {
        await Forwarding.RunAsync(_commands, new CommandKey(NetFn.SensorEvent, 0x2D), 0x02);
        Assert.That(_wire.Writes.Single(), Is.EqualTo(new byte[] { 0x10, 0xD0, 0x82, 0x00, 0x2D, 0x02, 0x4F }));
    }

    [Test, Description("DCMI Get Power Reading keeps the 0xDC body byte: 20 | 2C<<2 = B0 | 30 | 82 | 00 | 02 | DC 01 00 00 | -(82+02+DC+01) = 9F")]
    public async Task Dcmi_request_keeps_its_defining_body_byte()
    {
        var (code, _) = await Forwarding.RunAsync(_commands, new CommandKey(NetFn.GroupExtension, 0x02, 0xDC), 0xDC, 0x01, 0x00, 0x00);
        Assert.That(_wire.Writes.Single(), Is.EqualTo(new byte[] { 0xB0, 0x30, 0x82, 0x00, 0x02, 0xDC, 0x01, 0x00, 0x00, 0x9F }));
        Assert.That(code, Is.EqualTo(CompletionCode.InvalidCommand), "the simulated BMC has no DCMI: its 0xC1 is relayed");
    }

    [Test]
    public async Task Successive_requests_take_successive_sequence_numbers()
    {
        await Forwarding.RunAsync(_commands, new CommandKey(NetFn.App, 0x01));
        await Forwarding.RunAsync(_commands, new CommandKey(NetFn.App, 0x01));
        Assert.That(_wire.Writes.Select(w => w[3] >> 2), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(_wire.Writes[1][^1], Is.EqualTo(0x79), "-(82+04+01)");
    }

    [Test, Description("IPMI v2.0 Table 20-2: device 20, revision 3, firmware 2.17, IPMI 2.0, support 8F, manufacturer 343, product 0x0B0C")]
    public async Task Get_device_id_answer_is_the_bmcs_own_relayed_unchanged()
    {
        var (code, data) = await Forwarding.RunAsync(_commands, new CommandKey(NetFn.App, 0x01));
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data, Is.EqualTo(new byte[] { 0x20, 0x03, 0x02, 0x17, 0x02, 0x8F, 0x57, 0x01, 0x00, 0x0C, 0x0B }));
    }

    [Test]
    public async Task Bmc_error_completion_code_is_relayed()
    {
        var (code, data) = await Forwarding.RunAsync(_commands, new CommandKey(NetFn.SensorEvent, 0x2D), 0x77);
        Assert.That((code, data.Length), Is.EqualTo((CompletionCode.RequestedDataNotPresent, 0)));
    }

    [Test]
    public async Task Chassis_control_reaches_the_bmc()
    {
        var (code, _) = await Forwarding.RunAsync(_commands, new CommandKey(NetFn.Chassis, 0x02), 0x00);
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(_bmc.PowerOn, Is.False);
        var (_, status) = await Forwarding.RunAsync(_commands, new CommandKey(NetFn.Chassis, 0x01));
        Assert.That(status[0] & 0x01, Is.Zero, "Table 28-3 byte 1 bit 0: power is off");
    }

    [Test, Description("No response: the requester resends once, then gives up; the mapper answers 0xC3")]
    public async Task Unanswered_request_times_out_as_c3()
    {
        _bus.Detach(BmcAddress);
        _bus.Attach(BmcAddress, new SilentDevice());
        var e = Assert.ThrowsAsync<I2cException>(() => Forwarding.RunAsync(_commands, new CommandKey(NetFn.App, 0x01)));
        Assert.That(new CompletionCodeMapper().Map(e!), Is.EqualTo(CompletionCode.Timeout));
        await Task.CompletedTask;
    }

    [Test, Description("Nobody ACKs the BMC's address: the write fails with a NACK; the mapper answers 0xCE")]
    public async Task Nacked_request_is_response_unavailable_ce()
    {
        _bus.Detach(BmcAddress);
        var e = Assert.ThrowsAsync<I2cException>(() => Forwarding.RunAsync(_commands, new CommandKey(NetFn.App, 0x01)));
        Assert.That(e!.Failure, Is.EqualTo(I2cFailure.Nack));
        Assert.That(new CompletionCodeMapper().Map(e), Is.EqualTo(CompletionCode.ResponseUnavailable));
        await Task.CompletedTask;
    }

    /// <summary>ACKs and swallows every write: a BMC that never answers.</summary>
    private sealed class SilentDevice : SimulatedI2cDevice
    {
        public override void Write(ReadOnlySpan<byte> data)
        {
        }

        public override void Read(Span<byte> data) => data.Fill(0xFF);
    }
}

using I2cBridge.Queue;
using I2cBridge.Simulated;
using I2cBridge.Ssif;

namespace I2cBridge.Tests.Ssif;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public class SsifClientTests
{
    private const int SsifAddress = 0x10;
    private static readonly SsifOptions Fast = new() { PollInterval = TimeSpan.FromMilliseconds(1), ResponseTimeout = TimeSpan.FromSeconds(5) };
    private readonly SimulatedI2cBus _bus = new(4);
    private readonly RecordingSsif _wire;
    private readonly I2cBusQueue _queue;

    public SsifClientTests()
    {
        _wire = new RecordingSsif(new SimulatedSsifBmc(new EchoResponder()));
        _bus.Attach(SsifAddress, _wire);
        _queue = new I2cBusQueue(_bus);
    }

    [TearDown]
    public async Task DisposeAsync()
    {
        await _queue.DisposeAsync();
        _bus.Dispose();
    }

    [Test]
    public async Task Open_reads_the_system_interface_capabilities()
    {
        using var client = await SsifClient.OpenAsync(_queue, SsifAddress, Fast);

        Assert.That(client.Capabilities, Is.EqualTo(new SsifCapabilities(SsifMultiPart.StartMiddleEnd, true, 0, 255, 255)));
        Assert.That(client.PecInUse, Is.True);
        Assert.That(_wire.Log, Is.EqualTo(new[] { "W02:3", "R03" }), "single-part write of 18 57 00, then a single-part read");
    }

    [Test]
    public async Task Get_Device_ID_is_a_single_part_write_and_read()
    {
        using var client = await SsifClient.OpenAsync(_queue, SsifAddress, Fast);
        _wire.Log.Clear();

        var response = await client.SendAsync(0x06 << 2, 0x01, ReadOnlyMemory<byte>.Empty);

        Assert.That(response[..4], Is.EqualTo(new byte[] { 0x1C, 0x01, 0x00, 0x20 }));
        Assert.That(_wire.Log, Is.EqualTo(new[] { "W02:2", "R03" }));
        Assert.That(_wire.Bmc.BadPecWrites, Is.EqualTo(0));
    }

    [Test, Description("72-byte request: start 32, middle 32, end 8; 73-byte response: start 30, block 0 of 31, end 12")]
    public async Task Long_messages_go_multi_part_both_ways()
    {
        using var client = await SsifClient.OpenAsync(_queue, SsifAddress, Fast);
        _wire.Log.Clear();
        var data = Enumerable.Range(0, 70).Select(i => (byte)i).ToArray();

        var response = await client.SendAsync(EchoResponder.NetFn << 2, 0x01, data);

        Assert.That(_wire.Log, Is.EqualTo(new[] { "W06:32", "W07:32", "W08:8", "R03", "R09", "R09" }));
        Assert.That(response[..3], Is.EqualTo(new byte[] { (EchoResponder.NetFn + 1) << 2, 0x01, 0x00 }));
        Assert.That(response[3..], Is.EqualTo(data));
    }

    [Test]
    public async Task The_client_polls_while_the_BMC_NACKs()
    {
        using var client = await SsifClient.OpenAsync(_queue, SsifAddress, Fast);
        _wire.Bmc.BusyPolls = 3;

        var response = await client.SendAsync(0x06 << 2, 0x01, ReadOnlyMemory<byte>.Empty);

        Assert.That(response[2], Is.EqualTo(0x00));
        Assert.That(_queue.Statistics.Errors(I2cFailure.Nack), Is.EqualTo(3));
    }

    [Test]
    public async Task Polling_ends_with_Timeout_at_the_deadline()
    {
        using var client = await SsifClient.OpenAsync(_queue, SsifAddress, Fast with { ResponseTimeout = TimeSpan.FromMilliseconds(40) });
        _wire.Bmc.BusyPolls = int.MaxValue;

        var e = Assert.ThrowsAsync<I2cException>(async () => await client.SendAsync(0x06 << 2, 0x01, ReadOnlyMemory<byte>.Empty))!;

        Assert.That(e.Failure, Is.EqualTo(I2cFailure.Timeout));
    }

    [Test]
    public async Task A_corrupted_PEC_on_the_response_fails_as_BadPec()
    {
        using var client = await SsifClient.OpenAsync(_queue, SsifAddress, Fast);
        _bus.Faults.Inject(new SimulatedFault { Kind = SimulatedFaultKind.BadPec, Address = SsifAddress });

        var e = Assert.ThrowsAsync<I2cException>(async () => await client.SendAsync(0x06 << 2, 0x01, ReadOnlyMemory<byte>.Empty))!;

        Assert.That(e.Failure, Is.EqualTo(I2cFailure.BadPec));
    }

    [Test]
    public async Task A_BMC_without_multi_part_refuses_long_requests_before_the_bus()
    {
        await using var queue = new I2cBusQueue(_bus);
        var plain = new SimulatedSsifBmc(new SimulatedBmcResponder { SsifCapabilities = SsifCapabilities.Default });
        _bus.Attach(0x11, plain);
        using var client = await SsifClient.OpenAsync(queue, 0x11, Fast);
        var transfers = _bus.Transfers;

        Assert.That(async () => await client.SendAsync(0x06 << 2, 0x01, new byte[40]), Throws.ArgumentException);
        Assert.That(_bus.Transfers, Is.EqualTo(transfers));
        Assert.That(client.PecInUse, Is.False);
    }

    /// <summary>OEM NetFn 0x30 command 0x01 echoes its request data.</summary>
    private sealed class EchoResponder : SimulatedBmcResponder
    {
        public const byte NetFn = 0x30;

        public override int Respond(byte netFn, byte command, ReadOnlySpan<byte> request, Span<byte> response)
        {
            if (netFn != NetFn)
                return base.Respond(netFn, command, request, response);
            response[0] = 0x00;
            request.CopyTo(response[1..]);
            return 1 + request.Length;
        }
    }

    /// <summary>Logs the SSIF SMBus commands on the wire: "Wcc:count" for block writes, "Rcc" for block reads that were ACKed.</summary>
    private sealed class RecordingSsif : SimulatedI2cDevice, ISmbusBlockSource
    {
        private byte _selected;

        public RecordingSsif(SimulatedSsifBmc bmc)
        {
            Bmc = bmc;
            bmc.Address = SsifAddress;
        }

        public SimulatedSsifBmc Bmc { get; }

        public List<string> Log { get; } = [];

        public override bool AcknowledgesAddress(bool read) => Bmc.AcknowledgesAddress(read);

        public override void Write(ReadOnlySpan<byte> data)
        {
            if (data.Length == 1)
                _selected = data[0];
            else
                Log.Add($"W{data[0]:X2}:{data[1]}");
            Bmc.Write(data);
        }

        public override void Read(Span<byte> data)
        {
            Log.Add($"R{_selected:X2}");
            Bmc.Read(data);
        }

        public int PeekBlockCount(byte command) => Bmc.PeekBlockCount(command);
    }
}

using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Oem.PassThrough;
using Oem.Simulation;

namespace Oem.Tests.PassThrough;

/// <summary>
/// The SDR cache against the simulated BMC: filling it (Reserve SDR Repository, Get SDR header then body chunks,
/// IPMI v2.0 §33.11-33.12), the 0xCA and 0xC5 fallbacks, invalidation by the repository timestamps (§33.9), and the
/// three commands answered from it.
/// </summary>
[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SdrCacheTests
{
    private static readonly CommandKey RepositoryInfo = new(NetFn.Storage, 0x20);
    private static readonly CommandKey Reserve = new(NetFn.Storage, 0x22);
    private static readonly CommandKey GetSdr = new(NetFn.Storage, 0x23);

    private readonly SimulatedIpmiBmc _bmc = new();
    private readonly DirectBmcLink _link;

    public SdrCacheTests() => _link = new DirectBmcLink(_bmc);

    private SdrCache Cache(int chunk = 16) =>
        new(_link, new PassThroughOptions { SdrReadChunk = chunk }, TimeProvider.System, NullLogger<SdrCache>.Instance);

    private byte[] BmcRecord(int index)
    {
        var record = _bmc.SensorRecords[index];
        var bytes = new byte[record.Length];
        record.WriteTo(bytes);
        return bytes;
    }

    private static byte[] GetSdrBytes(ushort reservation, ushort record, byte offset, byte count)
    {
        var bytes = new byte[GetSdrRequest.Length];
        new GetSdrRequest(reservation, record, offset, count).WriteTo(bytes);
        return bytes;
    }

    [Test]
    public async Task Fill_reads_every_record_along_the_next_id_chain()
    {
        var cache = Cache();
        Assert.That(await cache.UpdateAsync(CancellationToken.None), Is.True);
        Assert.That(cache.Snapshot!.Records, Has.Count.EqualTo(4));
        for (var i = 0; i < 4; i++)
            Assert.That(cache.Snapshot.Records[i], Is.EqualTo(BmcRecord(i)), $"record {i + 1}");
    }

    [Test, Description("Table 33-5 request bytes: reservation 0x0001, record 0x0000, offset 0, 5 bytes (the header); then offset 5, 16 bytes")]
    public async Task Fill_reads_the_header_first_then_the_body_in_chunks()
    {
        await Cache(chunk: 16).UpdateAsync(CancellationToken.None);
        var reads = _link.Requests.Where(r => r.NetFn == NetFn.Storage && r.Command == 0x23).Select(r => r.Data).ToList();
        Assert.That(reads[0], Is.EqualTo(new byte[] { 0x01, 0x00, 0x00, 0x00, 0x00, 0x05 }));
        Assert.That(reads[1], Is.EqualTo(new byte[] { 0x01, 0x00, 0x00, 0x00, 0x05, 0x10 }));
        var cpuTempLength = BmcRecord(0).Length;
        Assert.That(reads[^1][4] + reads[^1][5], Is.EqualTo(BmcRecord(3).Length), "the last read ends at the last record's end");
        Assert.That(cpuTempLength, Is.EqualTo(5 + 42 + 1 + "CPU Temp".Length));
    }

    [Test, Description("A BMC that returns at most 10 bytes per Get SDR answers 32 and 16 with 0xCA; 8 works and is kept")]
    public async Task Ca_halves_the_chunk_until_the_bmc_accepts_it()
    {
        var bmc = new SimulatedIpmiBmc { MaxReadBytes = 10 };
        var link = new DirectBmcLink(bmc);
        var cache = new SdrCache(link, new PassThroughOptions { SdrReadChunk = 32 }, TimeProvider.System, NullLogger<SdrCache>.Instance);
        await cache.UpdateAsync(CancellationToken.None);
        var counts = link.Requests.Where(r => r.Command == 0x23).Select(r => (int)r.Data[5]).ToList();
        Assert.That(counts.Count(c => c == 32), Is.EqualTo(1));
        Assert.That(counts.Count(c => c == 16), Is.EqualTo(1));
        Assert.That(counts.Skip(3).Max(), Is.EqualTo(8));
        Assert.That(cache.Snapshot!.Records.Select(r => r.Length), Is.EqualTo(bmc.SensorRecords.Select(r => r.Length)));
    }

    [Test, Description("Another client reserves during the fill: the BMC answers 0xC5, the cache reserves again and rereads the record")]
    public async Task Cancelled_reservation_is_renewed_and_the_record_read_again()
    {
        var getSdrs = 0;
        _link.BeforeSend = (netFn, command, _) =>
        {
            if (netFn == NetFn.Storage && command == 0x23 && ++getSdrs == 3)
                _bmc.Respond((byte)NetFn.Storage, 0x22, [], new byte[8]);
        };
        var cache = Cache();
        Assert.That(await cache.UpdateAsync(CancellationToken.None), Is.True);
        Assert.That(_link.CountOf(NetFn.Storage, 0x22), Is.EqualTo(2));
        Assert.That(cache.Snapshot!.Records[0], Is.EqualTo(BmcRecord(0)));
    }

    [Test]
    public async Task Unchanged_timestamps_keep_the_cache_without_reading_records()
    {
        var cache = Cache();
        await cache.UpdateAsync(CancellationToken.None);
        var reads = _link.CountOf(NetFn.Storage, 0x23);
        Assert.That(await cache.UpdateAsync(CancellationToken.None), Is.False);
        Assert.That(_link.CountOf(NetFn.Storage, 0x23), Is.EqualTo(reads));
        Assert.That(cache.Fills, Is.EqualTo(1));
    }

    [Test]
    public async Task Changed_addition_timestamp_reads_the_repository_again()
    {
        var cache = Cache();
        await cache.UpdateAsync(CancellationToken.None);
        _bmc.AddTemperatureSensor("Rear Temp", 30, 25);
        Assert.That(await cache.UpdateAsync(CancellationToken.None), Is.True);
        Assert.That(cache.Snapshot!.Records, Has.Count.EqualTo(5));
        Assert.That(FullSensorRecord.TryParse(cache.Snapshot.Records[4], out var added) ? added.IdString : null, Is.EqualTo("Rear Temp"));
        Assert.That(cache.Fills, Is.EqualTo(2));
    }

    [Test]
    public async Task Filled_cache_answers_locally_without_bus_traffic()
    {
        var cache = Cache();
        await cache.UpdateAsync(CancellationToken.None);
        var commands = new SdrCacheCommands(cache, _link).Commands.ToList();
        var before = _link.Requests.Count;
        var (code, info) = await Forwarding.RunAsync(commands, RepositoryInfo);
        var (_, reservation) = await Forwarding.RunAsync(commands, Reserve);
        var (_, record) = await Forwarding.RunAsync(commands, GetSdr, GetSdrBytes(0, 0, 0, 0xFF));
        Assert.That(_link.Requests.Count, Is.EqualTo(before));
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        GetSdrRepositoryInfoResponse.TryParse(info, out var parsed);
        Assert.That(parsed.RecordCount, Is.EqualTo(4));
        Assert.That(parsed.MostRecentAddition, Is.EqualTo(SimulatedIpmiBmc.SelClock - 3600), "the BMC's own timestamp, so clients' caches stay valid");
        Assert.That(reservation, Is.EqualTo(new byte[] { 0x01, 0x00 }));
        Assert.That(record[2..], Is.EqualTo(BmcRecord(0)));
    }

    [Test, Description("ipmitool-style partial read: reserve, then 10 bytes from offset 5 of the first record; next record ID 0x0002")]
    public async Task Partial_read_returns_the_slice_and_the_next_record_id()
    {
        var cache = Cache();
        await cache.UpdateAsync(CancellationToken.None);
        var commands = new SdrCacheCommands(cache, _link).Commands.ToList();
        var (_, reservation) = await Forwarding.RunAsync(commands, Reserve);
        var (code, data) = await Forwarding.RunAsync(commands, GetSdr, GetSdrBytes(reservation[0], 0x0001, 5, 10));
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data[..2], Is.EqualTo(new byte[] { 0x02, 0x00 }));
        Assert.That(data[2..], Is.EqualTo(BmcRecord(0)[5..15]));
    }

    [Test, Description("FreeIPMI-style whole-record reads (0xFF) from 0x0000 until next ID 0xFFFF")]
    public async Task Whole_record_reads_walk_the_chain_to_ffff()
    {
        var cache = Cache();
        await cache.UpdateAsync(CancellationToken.None);
        var commands = new SdrCacheCommands(cache, _link).Commands.ToList();
        var ids = new List<int>();
        ushort next = 0;
        for (var i = 0; i < 10 && next != 0xFFFF; i++)
        {
            var (code, data) = await Forwarding.RunAsync(commands, GetSdr, GetSdrBytes(0, next, 0, 0xFF));
            Assert.That(code, Is.EqualTo(CompletionCode.Normal));
            ids.Add(data[2] | data[3] << 8);
            next = (ushort)(data[0] | data[1] << 8);
        }
        Assert.That(ids, Is.EqualTo(new[] { 1, 2, 3, 4 }));
        Assert.That(next, Is.EqualTo(0xFFFF));
    }

    [Test]
    public async Task Partial_read_quoting_a_stale_reservation_is_c5()
    {
        var cache = Cache();
        await cache.UpdateAsync(CancellationToken.None);
        var commands = new SdrCacheCommands(cache, _link).Commands.ToList();
        await Forwarding.RunAsync(commands, Reserve);
        await Forwarding.RunAsync(commands, Reserve);
        var (code, _) = await Forwarding.RunAsync(commands, GetSdr, GetSdrBytes(0x0001, 0x0001, 5, 10));
        Assert.That(code, Is.EqualTo(CompletionCode.ReservationCanceled));
    }

    [Test]
    public async Task Refill_cancels_the_local_reservation()
    {
        var cache = Cache();
        await cache.UpdateAsync(CancellationToken.None);
        var commands = new SdrCacheCommands(cache, _link).Commands.ToList();
        var (_, reservation) = await Forwarding.RunAsync(commands, Reserve);
        _bmc.AddTemperatureSensor("Rear Temp", 30, 25);
        await cache.UpdateAsync(CancellationToken.None);
        var (code, _) = await Forwarding.RunAsync(commands, GetSdr, GetSdrBytes(reservation[0], 0x0001, 5, 10));
        Assert.That(code, Is.EqualTo(CompletionCode.ReservationCanceled));
    }

    [TestCase((ushort)0x0009, (byte)0, (byte)5, CompletionCode.RequestedDataNotPresent)]
    [TestCase((ushort)0x0001, (byte)200, (byte)5, CompletionCode.ParameterOutOfRange)]
    [TestCase((ushort)0x0001, (byte)50, (byte)20, CompletionCode.CannotReturnRequestedBytes)]
    public async Task Bad_get_sdr_gets_the_spec_completion_code(ushort record, byte offset, byte count, CompletionCode expected)
    {
        var cache = Cache();
        await cache.UpdateAsync(CancellationToken.None);
        var commands = new SdrCacheCommands(cache, _link).Commands.ToList();
        var (_, reservation) = await Forwarding.RunAsync(commands, Reserve);
        var (code, _) = await Forwarding.RunAsync(commands, GetSdr, GetSdrBytes(reservation[0], record, offset, count));
        Assert.That(code, Is.EqualTo(expected));
    }

    [Test]
    public async Task Until_filled_requests_are_forwarded()
    {
        var commands = new SdrCacheCommands(Cache(), _link).Commands.ToList();
        var (code, data) = await Forwarding.RunAsync(commands, GetSdr, GetSdrBytes(0, 0, 0, 5));
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(_link.CountOf(NetFn.Storage, 0x23), Is.EqualTo(1));
        Assert.That(data[2..], Is.EqualTo(BmcRecord(0)[..5]));
    }

    [Test, Description("A forwarded Add SDR that succeeds drops the cache: reads are forwarded until the next fill")]
    public async Task Forwarded_repository_change_drops_the_cache()
    {
        var cache = Cache();
        await cache.UpdateAsync(CancellationToken.None);
        _link.Override = (netFn, command, _) => netFn == NetFn.Storage && command == 0x24 ? new BmcResponse(CompletionCode.Normal, new byte[] { 0x05, 0x00 }) : null;
        var (code, _) = await Forwarding.RunAsync(new PassThroughCommands(_link, cache).Commands, new CommandKey(NetFn.Storage, 0x24), new byte[20]);
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(cache.Snapshot, Is.Null);
    }

    [Test, Description("Fills at start, then checks the timestamps once per interval and no more often")]
    public async Task Service_fills_at_start_and_checks_once_per_interval()
    {
        var time = new Support.ManualTimeProvider();
        var options = new PassThroughOptions { SdrCheckInterval = TimeSpan.FromSeconds(30) };
        var cache = new SdrCache(_link, options, time, NullLogger<SdrCache>.Instance);
        using var service = new SdrCacheService(cache, options, time, NullLogger<SdrCacheService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            await WaitUntil(() => cache.Snapshot is not null);
            var checks = _link.CountOf(NetFn.Storage, 0x20);
            time.Advance(TimeSpan.FromSeconds(29));
            await Task.Delay(50);
            Assert.That(_link.CountOf(NetFn.Storage, 0x20), Is.EqualTo(checks));
            _bmc.AddTemperatureSensor("Rear Temp", 30, 25);
            time.Advance(TimeSpan.FromSeconds(1));
            await WaitUntil(() => cache.Fills == 2);
            Assert.That(cache.Snapshot!.Records, Has.Count.EqualTo(5));
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(10);
        Assert.That(condition(), Is.True, "not reached within 2 s");
    }
}

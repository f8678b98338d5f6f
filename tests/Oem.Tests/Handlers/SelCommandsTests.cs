using System.Buffers.Binary;
using Ipmi.Protocol;
using Ipmi.Protocol.Sel;
using Oem.Handlers;
using Oem.Handlers.Sel;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SelCommandsTests : IDisposable
{
    /// <summary>ipmitool `sel add` of a temperature threshold event: record ID and timestamp are the BMC's to fill.</summary>
    private const string AddRequest = "00 00 02 00 00 00 00 20 00 04 01 30 01 57 2a 28";

    private readonly HandlerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private Task<(CompletionCode Code, byte[] Data)> Storage(byte command, string data = "", PrivilegeLevel privilege = PrivilegeLevel.Operator) =>
        _harness.CallAsync(NetFn.Storage, command, data, privilege);

    private async Task<string> ReserveAsync() => Hex.Of((await Storage(0x42)).Data);

    [Test]
    public async Task Add_assigns_id_and_timestamp_and_get_returns_the_record()
    {
        var (code, id) = await Storage(0x44, AddRequest);
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));

        var (getCode, data) = await Storage(0x43, "00 00 00 00 00 ff", PrivilegeLevel.User);

        Assert.That(getCode, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(data.AsSpan(0, 2)), Is.EqualTo("ff ff"), "the only entry: next ID 0xFFFF");
        Assert.That(data.AsSpan(2, 2).ToArray(), Is.EqualTo(id));
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(5)), Is.EqualTo(IpmiTimestamp.FromDateTimeOffset(_harness.Time.GetUtcNow())));
        Assert.That(Hex.Of(data.AsSpan(9)), Is.EqualTo("20 00 04 01 30 01 57 2a 28"));
    }

    [Test]
    public async Task Entries_chain_from_first_to_last()
    {
        await Storage(0x44, AddRequest);
        await Storage(0x44, AddRequest);
        var (_, first) = await Storage(0x43, "00 00 00 00 00 ff");
        var next = Hex.Of(first.AsSpan(0, 2));
        var (_, second) = await Storage(0x43, $"00 00 {next} 00 ff");
        var (_, last) = await Storage(0x43, "00 00 ff ff 00 ff");

        Assert.That(Hex.Of(second.AsSpan(0, 2)), Is.EqualTo("ff ff"));
        Assert.That(last.AsSpan(2, 2).ToArray(), Is.EqualTo(second.AsSpan(2, 2).ToArray()));
        Assert.That((await Storage(0x43, "00 00 99 00 00 ff")).Code, Is.EqualTo(CompletionCode.RequestedDataNotPresent));
    }

    [Test]
    public async Task Partial_reads_need_the_reservation()
    {
        await Storage(0x44, AddRequest);
        Assert.That((await Storage(0x43, "00 00 00 00 08 08")).Code, Is.EqualTo(CompletionCode.ReservationCanceled));
        var reservation = await ReserveAsync();
        var (code, data) = await Storage(0x43, $"{reservation} 00 00 08 08");
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(data.AsSpan(2)), Is.EqualTo("00 04 01 30 01 57 2a 28"));
        Assert.That((await Storage(0x43, $"{reservation} 00 00 08 09")).Code, Is.EqualTo(CompletionCode.CannotReturnRequestedBytes));
    }

    [Test, Description("ipmitool sel clear: reserve, then 'CLR' 0xAA; FreeIPMI then polls with 0x00")]
    public async Task Clear_erases_and_logs_the_clearing()
    {
        await Storage(0x44, AddRequest);
        var reservation = await ReserveAsync();

        var (code, data) = await Storage(0x47, $"{reservation} 43 4c 52 aa");
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(data), Is.EqualTo("01"));
        Assert.That(Hex.Of((await Storage(0x47, $"{reservation} 43 4c 52 00")).Data), Is.EqualTo("01"));

        var (_, info) = await Storage(0x40, "", PrivilegeLevel.User);
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(info.AsSpan(1)), Is.EqualTo(1));
        Assert.That(_harness.Handlers.Sel.TryGet(0, out var entry, out _), Is.True);
        Assert.That(entry.Event.SensorType, Is.EqualTo(Ipmi.Protocol.Sensors.SensorType.EventLoggingDisabled));
        Assert.That(entry.Event.EventData1, Is.EqualTo(0x02), "log area reset/cleared");
    }

    [Test]
    public async Task Clear_with_a_stale_reservation_is_0xC5_and_without_clr_0xCC()
    {
        var stale = await ReserveAsync();
        await ReserveAsync();
        Assert.That((await Storage(0x47, $"{stale} 43 4c 52 aa")).Code, Is.EqualTo(CompletionCode.ReservationCanceled));
        Assert.That((await Storage(0x47, "01 00 43 4c 51 aa")).Code, Is.EqualTo(CompletionCode.InvalidDataField));
    }

    [Test]
    public async Task Delete_needs_the_reservation_and_returns_the_id()
    {
        var (_, id) = await Storage(0x44, AddRequest);
        var reservation = await ReserveAsync();
        var (code, deleted) = await Storage(0x46, $"{reservation} {Hex.Of(id)}");
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(deleted, Is.EqualTo(id));
        Assert.That((await Storage(0x46, $"{reservation} {Hex.Of(id)}")).Code, Is.EqualTo(CompletionCode.ReservationCanceled), "a delete cancels the reservation");
    }

    [Test]
    public async Task The_log_survives_a_restart()
    {
        await Storage(0x44, AddRequest);
        _harness.Reopen();
        var (_, info) = await Storage(0x40);
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(info.AsSpan(1)), Is.EqualTo(1));
        Assert.That(Hex.Of((await Storage(0x43, "00 00 00 00 00 ff")).Data.AsSpan(11)), Is.EqualTo("04 01 30 01 57 2a 28"));
    }

    [Test]
    public async Task A_full_log_drops_events_and_reports_overflow()
    {
        using var harness = new HandlerHarness(options: new OemHandlerOptions { SelCapacity = 2 });
        Assert.That((await harness.CallAsync(NetFn.Storage, 0x44, AddRequest)).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That((await harness.CallAsync(NetFn.Storage, 0x44, AddRequest)).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That((await harness.CallAsync(NetFn.Storage, 0x44, AddRequest)).Code, Is.EqualTo(CompletionCode.OutOfSpace));
        var (_, info) = await harness.CallAsync(NetFn.Storage, 0x40, "");
        Assert.That(Hex.Of(info.AsSpan(3, 2)), Is.EqualTo("00 00"), "no free space");
        Assert.That(info[13] & 0x80, Is.EqualTo(0x80), "overflow");
    }

    [Test]
    public async Task A_full_log_refuses_an_add_without_changing_the_entries_or_the_file()
    {
        using var harness = new HandlerHarness(options: new OemHandlerOptions { SelCapacity = 2 });
        await harness.CallAsync(NetFn.Storage, 0x44, AddRequest);
        await harness.CallAsync(NetFn.Storage, 0x44, AddRequest);
        var file = Path.Combine(harness.StateDirectory, "sel.json");
        await harness.CallAsync(NetFn.Storage, 0x44, AddRequest); // sets the overflow flag
        var saved = await File.ReadAllTextAsync(file);

        for (var i = 0; i < 10; i++)
            Assert.That((await harness.CallAsync(NetFn.Storage, 0x44, AddRequest)).Code, Is.EqualTo(CompletionCode.OutOfSpace));

        Assert.That(await File.ReadAllTextAsync(file), Is.EqualTo(saved), "the file stays bounded: nothing is appended while full");
        Assert.That(Hex.Of((await harness.CallAsync(NetFn.Storage, 0x43, "00 00 ff ff 00 ff")).Data.AsSpan(2, 2)), Is.EqualTo("02 00"), "the last entry is still record 2");
    }

    [Test]
    public async Task An_overwriting_log_erases_the_oldest_entry_and_never_reports_overflow()
    {
        using var harness = new HandlerHarness(options: new OemHandlerOptions { SelCapacity = 2, SelWhenFull = SelFullPolicy.Overwrite });
        var reservation = Hex.Of((await harness.CallAsync(NetFn.Storage, 0x42, "")).Data);
        for (var i = 0; i < 2; i++)
            await harness.CallAsync(NetFn.Storage, 0x44, AddRequest);
        harness.Time.Advance(TimeSpan.FromSeconds(5));

        var third = await harness.CallAsync(NetFn.Storage, 0x44, AddRequest);

        Assert.That(third.Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(third.Data), Is.EqualTo("03 00"));
        var (_, info) = await harness.CallAsync(NetFn.Storage, 0x40, "");
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(info.AsSpan(1)), Is.EqualTo(2), "entries");
        Assert.That(info[13] & 0x80, Is.Zero, "no overflow: nothing was dropped");
        Assert.That(BinaryPrimitives.ReadUInt32LittleEndian(info.AsSpan(9)), Is.EqualTo(BinaryPrimitives.ReadUInt32LittleEndian(info.AsSpan(5))),
            "the erase timestamp is the addition that erased the oldest entry");
        Assert.That(Hex.Of((await harness.CallAsync(NetFn.Storage, 0x43, "00 00 00 00 00 ff")).Data.AsSpan(2, 2)), Is.EqualTo("02 00"), "the first entry is now record 2");
        Assert.That((await harness.CallAsync(NetFn.Storage, 0x46, $"{reservation} 02 00")).Code, Is.EqualTo(CompletionCode.ReservationCanceled),
            "erasing an entry ends reservations, as Delete SEL Entry does");
        harness.Reopen();
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian((await harness.CallAsync(NetFn.Storage, 0x40, "")).Data.AsSpan(1)), Is.EqualTo(2));
    }

    [Test]
    public async Task Set_sel_time_moves_the_clock_and_persists()
    {
        Assert.That((await Storage(0x49, "00 00 00 60")).Code, Is.EqualTo(CompletionCode.Normal));
        _harness.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.That(Hex.Of((await Storage(0x48, "", PrivilegeLevel.User)).Data), Is.EqualTo("0a 00 00 60"));
        _harness.Reopen();
        Assert.That(Hex.Of((await Storage(0x48)).Data), Is.EqualTo("0a 00 00 60"));
    }

    [Test]
    public async Task Utc_offset_round_trips_and_rejects_out_of_range()
    {
        Assert.That(Hex.Of((await Storage(0x5C)).Data), Is.EqualTo("ff 07"), "unspecified");
        Assert.That((await Storage(0x5D, "3c 00")).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of((await Storage(0x5C)).Data), Is.EqualTo("3c 00"));
        Assert.That((await Storage(0x5D, "00 10")).Code, Is.EqualTo(CompletionCode.ParameterOutOfRange));
    }

    [Test]
    public async Task Adding_needs_operator() =>
        Assert.That((await Storage(0x44, AddRequest, PrivilegeLevel.User)).Code, Is.EqualTo(CompletionCode.InsufficientPrivilege));
}

using System.Buffers.Binary;
using Ipmi.Protocol;
using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Sensors;
using Oem.Tests.Handlers.Support;

namespace Oem.Tests.Handlers;

[FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
public sealed class SensorAndSdrTests : IDisposable
{
    private readonly HandlerHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private Task<(CompletionCode Code, byte[] Data)> Storage(byte command, string data = "", PrivilegeLevel privilege = PrivilegeLevel.User) =>
        _harness.CallAsync(NetFn.Storage, command, data, privilege);

    private Task<(CompletionCode Code, byte[] Data)> Sensor(byte command, string data = "", PrivilegeLevel privilege = PrivilegeLevel.User) =>
        _harness.CallAsync(NetFn.SensorEvent, command, data, privilege);

    private static string Le16(int value) => $"{value & 0xFF:x2} {value >> 8:x2}";

    private async Task<FullSensorRecord> InletRecordAsync()
    {
        var (_, data) = await Storage(0x23, "00 00 01 00 00 ff");
        Assert.That(FullSensorRecord.TryParse(data.AsSpan(2), out var record), Is.True);
        return record;
    }

    [Test]
    public async Task Repository_info_counts_sensors_and_locators_and_keeps_its_timestamps()
    {
        var (code, first) = await Storage(0x20);
        _harness.Time.Advance(TimeSpan.FromHours(1));
        var (_, second) = await Storage(0x20);

        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(first[0], Is.EqualTo(0x51));
        Assert.That(BinaryPrimitives.ReadUInt16LittleEndian(first.AsSpan(1)), Is.EqualTo(6), "4 full records, MC and FRU locators");
        Assert.That(second, Is.EqualTo(first), "FreeIPMI keeps its SDR cache only while these bytes stay the same");
    }

    [Test, Description("ipmitool sdr: reserve, read the 5-byte header, then the body from offset 5 with the reservation")]
    public async Task Ipmitool_style_partial_reads_return_the_inlet_record()
    {
        var (_, reservation) = await Storage(0x22);
        var reserved = Hex.Of(reservation);
        var (code, header) = await Storage(0x23, $"{reserved} 00 00 00 05");
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(Hex.Of(header.AsSpan(0, 6)), Is.EqualTo("02 00 01 00 51 01"), "next ID 2; record 1, SDR 5.1, full sensor");

        var bodyLength = header[6];
        var (bodyCode, body) = await Storage(0x23, $"{reserved} 01 00 05 {bodyLength:x2}");
        Assert.That(bodyCode, Is.EqualTo(CompletionCode.Normal));

        var record = header[2..].Concat(body[2..]).ToArray();
        Assert.That(FullSensorRecord.TryParse(record, out var sensor), Is.True);
        Assert.That(sensor.IdString, Is.EqualTo("Inlet Temp"));
        Assert.That(sensor.Owner, Is.EqualTo(new SensorOwner(0x20, 0, 0, 1)));
        Assert.That(sensor.SensorType, Is.EqualTo(SensorType.Temperature));
        Assert.That(sensor.Units.Base, Is.EqualTo(SensorUnit.DegreesCelsius));
        Assert.That(sensor.EntityId, Is.EqualTo(EntityId.AirInlet));
        Assert.That(sensor.ReadableThresholds, Is.EqualTo(Thresholds.UpperNonCritical | Thresholds.UpperCritical | Thresholds.UpperNonRecoverable));
        Assert.That(sensor.SettableThresholds, Is.EqualTo(sensor.ReadableThresholds));
        Assert.That(sensor.Conversion.ToValue(sensor.Thresholds.UpperCritical), Is.EqualTo(45).Within(0.25));
        Assert.That(sensor.Conversion.Resolution, Is.EqualTo(0.5).Within(1e-9));
        Assert.That(sensor.PositiveHysteresis, Is.EqualTo(2), "1 °C at 0.5 °C per count");
    }

    [Test]
    public async Task Whole_record_reads_walk_the_chain_to_0xFFFF()
    {
        var types = new List<byte>();
        ushort id = 0;
        for (var i = 0; i < 10 && id != 0xFFFF; i++)
        {
            var (code, data) = await Storage(0x23, $"00 00 {Le16(id)} 00 ff");
            Assert.That(code, Is.EqualTo(CompletionCode.Normal));
            types.Add(data[5]);
            id = BinaryPrimitives.ReadUInt16LittleEndian(data);
        }
        Assert.That(types, Is.EqualTo(new byte[] { 0x01, 0x01, 0x01, 0x01, 0x12, 0x11 }));
        Assert.That(id, Is.EqualTo(0xFFFF));
    }

    [TestCase("00 00 09 00 00 ff", CompletionCode.RequestedDataNotPresent)]
    [TestCase("00 00 01 00 00 50", CompletionCode.CannotReturnRequestedBytes)]
    [TestCase("00 00 01 00 05 10", CompletionCode.ReservationCanceled)]
    [TestCase("00 00 01 00 00", CompletionCode.RequestDataLengthInvalid)]
    public async Task Get_sdr_failures(string request, CompletionCode expected) =>
        Assert.That((await Storage(0x23, request)).Code, Is.EqualTo(expected));

    [Test]
    public async Task Reading_converts_the_cached_value_through_the_sdr_factors()
    {
        _harness.Node.Cache.Record(0, 25, _harness.Time.GetUtcNow());
        var record = await InletRecordAsync();

        var (code, data) = await Sensor(0x2D, "01");

        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(record.Conversion.ToValue(data[0]), Is.EqualTo(25).Within(0.25));
        Assert.That(data[1], Is.EqualTo(0xC0), "events and scanning enabled, reading available");
        Assert.That(data[2] & 0x3F, Is.Zero, "no threshold crossed");
    }

    [Test]
    public async Task Reading_above_upper_critical_sets_both_upper_bits()
    {
        _harness.Node.Cache.Record(0, 46, _harness.Time.GetUtcNow());
        Assert.That((await Sensor(0x2D, "01")).Data[2] & 0x3F, Is.EqualTo(0x18));
    }

    [Test, Description("before the first refresh the answer comes at once with 'reading unavailable' (0x20)")]
    public async Task Initializing_sensor_reads_unavailable()
    {
        var (code, data) = await Sensor(0x2D, "02");
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data[1] & 0x20, Is.EqualTo(0x20));
    }

    [Test, Description("a main-domain sensor while the host is off: byte 2 = A0h (events on, scanning disabled, reading unavailable), no threshold bits")]
    public async Task Host_off_sensor_reads_scanning_disabled_and_unavailable()
    {
        _harness.Node.Cache.Record(0, 46, _harness.Time.GetUtcNow());
        _harness.Node.Cache.RecordHostOff(0);

        var (code, data) = await Sensor(0x2D, "01");

        Assert.That((code, data[1], data[2] & 0x3F), Is.EqualTo((CompletionCode.Normal, (byte)0xA0, 0)));
    }

    [TestCase("00")]
    [TestCase("05")]
    [TestCase("ff")]
    public async Task Unknown_sensor_numbers_are_0xCB(string number) =>
        Assert.That((await Sensor(0x2D, number)).Code, Is.EqualTo(CompletionCode.RequestedDataNotPresent));

    [Test]
    public async Task Get_thresholds_returns_the_readable_mask_and_raw_values()
    {
        var record = await InletRecordAsync();
        var (code, data) = await Sensor(0x27, "01");
        Assert.That(code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(data[0], Is.EqualTo(0x38));
        Assert.That(new[] { data[4], data[5], data[6] }.Select(r => record.Conversion.ToValue(r)), Is.EqualTo(new[] { 40.0, 45.0, 50.0 }).Within(0.25));
    }

    [Test]
    public async Task Set_thresholds_out_of_order_is_0xCC()
    {
        var record = await InletRecordAsync();
        var raw = record.Conversion.ToRaw(48);
        Assert.That((await Sensor(0x26, $"01 08 00 00 00 {raw:x2} 00 00", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.InvalidDataField));
        Assert.That(_harness.Node.Cache.GetThresholds(0).UpperNonCritical, Is.EqualTo(40));
    }

    [Test]
    public async Task Set_thresholds_updates_the_node_and_the_sdr()
    {
        var record = await InletRecordAsync();
        var (_, info) = await Storage(0x20);
        var (_, reservation) = await Storage(0x22);
        _harness.Time.Advance(TimeSpan.FromSeconds(5));
        var raw = record.Conversion.ToRaw(42);

        Assert.That((await Sensor(0x26, $"01 08 00 00 00 {raw:x2} 00 00", PrivilegeLevel.User)).Code, Is.EqualTo(CompletionCode.InsufficientPrivilege));
        Assert.That((await Sensor(0x26, $"01 08 00 00 00 {raw:x2} 00 00", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));

        Assert.That(_harness.Node.Cache.GetThresholds(0).UpperNonCritical, Is.EqualTo(42));
        Assert.That((await InletRecordAsync()).Thresholds.UpperNonCritical, Is.EqualTo(raw));
        Assert.That((await Storage(0x20)).Data.AsSpan(5, 4).ToArray(), Is.Not.EqualTo(info.AsSpan(5, 4).ToArray()), "addition timestamp moved");
        Assert.That((await Storage(0x23, $"{Hex.Of(reservation)} 01 00 05 10")).Code, Is.EqualTo(CompletionCode.ReservationCanceled));
    }

    [Test]
    public async Task Threshold_crossing_is_logged_with_raw_reading_and_threshold()
    {
        await _harness.Handlers.ThresholdEvents!.StartAsync(CancellationToken.None);
        var record = await InletRecordAsync();
        _harness.Node.Cache.Record(0, 25, _harness.Time.GetUtcNow());
        _harness.Node.Cache.Record(0, 41, _harness.Time.GetUtcNow());

        Assert.That(_harness.Handlers.Sel.TryGet(0xFFFF, out var entry, out _), Is.True);
        Assert.That(entry.Event.SensorType, Is.EqualTo(SensorType.Temperature));
        Assert.That(entry.Event.SensorNumber, Is.EqualTo(1));
        Assert.That(entry.Event.EventType, Is.EqualTo(EventReadingType.Threshold));
        Assert.That(entry.Event.Deassertion, Is.False);
        Assert.That(entry.Event.EventData1, Is.EqualTo(0x57), "reading and threshold in data 2/3; offset 07h upper non-critical going high");
        Assert.That(record.Conversion.ToValue(entry.Event.EventData2), Is.EqualTo(41).Within(0.25));
        Assert.That(record.Conversion.ToValue(entry.Event.EventData3), Is.EqualTo(40).Within(0.25));
    }

    [Test]
    public async Task Device_sdr_info_counts_sensors_or_records()
    {
        Assert.That(Hex.Of((await Sensor(0x20)).Data), Is.EqualTo("04 01"));
        Assert.That(Hex.Of((await Sensor(0x20, "01")).Data), Is.EqualTo("06 01"));
    }

    [Test, Description("ipmitool event: the 7-byte LAN form of Platform Event Message")]
    public async Task Platform_event_message_is_logged()
    {
        Assert.That((await Sensor(0x02, "04 01 30 01 09 ff ff", PrivilegeLevel.Operator)).Code, Is.EqualTo(CompletionCode.Normal));
        Assert.That(_harness.Handlers.Sel.TryGet(0, out var entry, out _), Is.True);
        Assert.That(entry.GeneratorId, Is.EqualTo(0x1081));
        Assert.That(entry.Event.SensorNumber, Is.EqualTo(0x30));
        Assert.That(entry.Event.EventData1, Is.EqualTo(0x09));
    }

    [Test]
    public async Task Hysteresis_reads_the_profiles_in_counts()
    {
        Assert.That(Hex.Of((await Sensor(0x25, "01 ff")).Data), Is.EqualTo("02 02"));
    }
}

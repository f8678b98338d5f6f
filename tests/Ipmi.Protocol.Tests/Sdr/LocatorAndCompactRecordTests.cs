using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Sdr;

public class CompactSensorRecordTests : WireVectorTests<CompactSensorRecord>
{
    protected override Parser Parse => CompactSensorRecord.TryParse;
    protected override int Length(CompactSensorRecord value) => value.Length;
    protected override int Write(CompactSensorRecord value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // Table 43-2, byte by byte: a power unit sensor (type 0x09, sensor-specific 0x6F), states 0 (power
        // off) and 4 (AC lost) enabled, no analog reading, shared by two sensor numbers.
        yield return Vector(
            "05 00 51 02 22" +      // record 5, v0x51, compact, 34 body bytes
            "20 00 40" +            // owner BMC, LUN 0, sensor 0x40
            "13 01 67 40 09 6F" +   // power unit 1, init, capabilities, type, event/reading type
            "11 00 11 00 11 00" +   // assertion / deassertion / reading masks
            "C0 00 00" +            // no analog reading, unspecified units
            "42 81" +               // input, share count 2; entity instance increments, modifier offset 1
            "00 00 00 00 00 00" +   // hysteresis, reserved, OEM
            "C7 50 53 55 20 50 57 52",  // "PSU PWR"
            new CompactSensorRecord
            {
                RecordId = 5,
                Owner = new SensorOwner(0x20, 0, 0, 0x40),
                EntityId = EntityId.PowerUnit,
                EntityInstance = 1,
                Initialization = 0x67,
                Capabilities = 0x40,
                SensorType = SensorType.PowerUnit,
                EventReadingType = EventReadingType.SensorSpecific,
                AssertionMask = 0x0011,
                DeassertionMask = 0x0011,
                ReadingMask = 0x0011,
                Units = new SensorUnits(AnalogDataFormat.None, SensorUnit.Unspecified),
                Direction = SensorDirection.Input,
                ShareCount = 2,
                EntityInstanceIncrements = true,
                IdStringModifierOffset = 1,
                IdString = "PSU PWR",
            }, "power unit, shared");
    }
}

public class FruDeviceLocatorRecordTests : WireVectorTests<FruDeviceLocatorRecord>
{
    protected override Parser Parse => FruDeviceLocatorRecord.TryParse;
    protected override int Length(FruDeviceLocatorRecord value) => value.Length;
    protected override int Write(FruDeviceLocatorRecord value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // Table 43-7: logical FRU device 1 behind the BMC, IPMI FRU inventory (0x10), system board.
        yield return Vector(
            "10 00 51 11 12" +            // record 16, FRU device locator, 18 body bytes
            "20 01 80 00 00 10 00 07 01 00" +
            "C7 42 6F 61 72 64 20 31",    // "Board 1"
            new FruDeviceLocatorRecord
            {
                RecordId = 16,
                FruDeviceId = 1,
                EntityId = EntityId.SystemBoard,
                EntityInstance = 1,
                IdString = "Board 1",
            }, "logical FRU 1");
    }
}

public class McDeviceLocatorRecordTests : WireVectorTests<McDeviceLocatorRecord>
{
    protected override Parser Parse => McDeviceLocatorRecord.TryParse;
    protected override int Length(McDeviceLocatorRecord value) => value.Length;
    protected override int Write(McDeviceLocatorRecord value, Span<byte> destination) => value.WriteTo(destination);

    public static IEnumerable<TestCaseData> Vectors()
    {
        // Table 43-8: the BMC at 0x20 on channel 0, capabilities chassis | SEL | SDR repo | sensor … (0xBF).
        yield return Vector(
            "01 00 51 12 0E" +
            "20 00 00 BF 00 00 00 2E 01 00" +
            "C3 42 4D 43",                // "BMC"
            new McDeviceLocatorRecord
            {
                RecordId = 1,
                Capabilities = 0xBF,
                EntityId = EntityId.ManagementControllerFirmware,
                EntityInstance = 1,
                IdString = "BMC",
            }, "BMC");
    }
}

public class SdrIdStringTests
{
    [TestCase("C5 46 61 6E 32 41", "Fan2A", TestName = "SdrIdString 8-bit ASCII")]
    [TestCase("83 29 DC A6", "IPMI", TestName = "SdrIdString 6-bit ASCII, the FRU spec §13.3 example IPMI = 29 DC A6")]
    [TestCase("42 12 AB", "12 -", TestName = "SdrIdString BCD plus")]
    public void TryRead_decodes_type(string hex, string expected)
    {
        Assert.That(SdrIdString.TryRead(Hex.Bytes(hex), out var text), Is.True);
        Assert.That(text, Is.EqualTo(expected));
    }

    [Test]
    public void TryRead_length_beyond_data_fails() =>
        Assert.That(SdrIdString.TryRead(Hex.Bytes("C5 46 61"), out _), Is.False);
}

public class SdrIdStringWriteTests
{
    [Test, Description("Characters outside Latin-1 (here a surrogate pair, two UTF-16 units) become '?' and the length byte agrees")]
    public void Write_non_latin1_text_keeps_length_consistent()
    {
        const string text = "T\U0001F525";
        var buffer = new byte[SdrIdString.Length(text)];
        Assert.That(SdrIdString.Write(text, buffer), Is.EqualTo(buffer.Length));
        Assert.That(buffer, Is.EqualTo(Hex.Bytes("C3 54 3F 3F")));
    }
}

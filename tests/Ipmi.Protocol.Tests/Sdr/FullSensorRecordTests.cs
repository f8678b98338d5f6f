using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Tests.Sensors;
using Ipmi.Protocol.Tests.Support;

namespace Ipmi.Protocol.Tests.Sdr;

public class FullSensorRecordTests : WireVectorTests<FullSensorRecord>
{
    protected override Parser Parse => FullSensorRecord.TryParse;
    protected override int Length(FullSensorRecord value) => value.Length;
    protected override int Write(FullSensorRecord value, Span<byte> destination) => value.WriteTo(destination);

    /// <summary>The record in a Get SDR response: the data after the 2-byte next record ID.</summary>
    private static string Record(string getSdrData) => getSdrData.Replace(" ", "")[4..];

    internal static readonly FullSensorRecord DellFan2A = new()
    {
        RecordId = 0x000D,
        Owner = new SensorOwner(0x20, 0, 0, 0x32),
        EntityId = EntityId.SystemBoard,
        EntityInstance = 1,
        Initialization = 0x7F,
        Capabilities = 0xD4,
        SensorType = SensorType.Fan,
        EventReadingType = EventReadingType.Threshold,
        AssertionMask = 0x3005,
        DeassertionMask = 0x0005,
        ReadingMask = 0x0003,
        Units = new SensorUnits(AnalogDataFormat.Unsigned, SensorUnit.Rpm),
        Linearization = Linearization.Linear,
        Factors = new SensorReadingFactors(120, 2, 0, 194, 0, SensorDirection.Unspecified, 0, 0),
        AnalogFlags = 0x07,
        NominalReading = 0x54,
        NormalMaximum = 0xC5,
        NormalMinimum = 0x8B,
        SensorMaximum = 0xFF,
        SensorMinimum = 0x00,
        Thresholds = new ThresholdValues(
            LowerNonCritical: 0x07, LowerCritical: 0x05, LowerNonRecoverable: 0x00,
            UpperNonCritical: 0xFF, UpperCritical: 0xFF, UpperNonRecoverable: 0xFF),
        PositiveHysteresis = 1,
        NegativeHysteresis = 1,
        IdString = "Fan2A",
    };

    internal static readonly FullSensorRecord DellInletTemp = DellFan2A with
    {
        RecordId = 0x0012,
        Owner = new SensorOwner(0x20, 0, 0, 0x04),
        Capabilities = 0x68,
        SensorType = SensorType.Temperature,
        AssertionMask = 0x3285,
        DeassertionMask = 0x3285,
        ReadingMask = 0x091B,
        Units = new SensorUnits(AnalogDataFormat.Unsigned, SensorUnit.DegreesCelsius),
        Factors = new SensorReadingFactors(1, 2, -128, 194, 0, SensorDirection.Unspecified, 0, 0),
        NominalReading = 0x97,
        Thresholds = new ThresholdValues(
            LowerNonCritical: 0x83, LowerCritical: 0x79, LowerNonRecoverable: 0x00,
            UpperNonCritical: 0xAA, UpperCritical: 0xAF, UpperNonRecoverable: 0xFF),
        IdString = "Inlet Temp",
    };

    public static IEnumerable<TestCaseData> Vectors()
    {
        yield return Vector(Record(DellR630.Fan2AGetSdr), DellFan2A, "Dell R630 Fan2A");
        yield return Vector(Record(DellR630.InletTempGetSdr), DellInletTemp, "Dell R630 Inlet Temp");
    }

    [Test]
    public void Threshold_masks_split_reading_mask()
    {
        Assert.That(DellInletTemp.ReadableThresholds, Is.EqualTo(
            Thresholds.LowerNonCritical | Thresholds.LowerCritical | Thresholds.UpperNonCritical | Thresholds.UpperCritical));
        Assert.That(DellInletTemp.SettableThresholds, Is.EqualTo(Thresholds.LowerNonCritical | Thresholds.UpperNonCritical));
    }

    [Test, Description("The Inlet Temp upper critical threshold 0xAF converts to 47 °C with the record's own factors")]
    public void Conversion_uses_record_factors_and_format() =>
        Assert.That(DellInletTemp.Conversion.ToValue(DellInletTemp.Thresholds.UpperCritical), Is.EqualTo(47.0));

    [Test]
    public void TryParse_record_shorter_than_its_length_fails() =>
        Assert.That(FullSensorRecord.TryParse(Hex.Bytes(Record(DellR630.Fan2AGetSdr))[..^1], out _), Is.False);

    [Test]
    public void TryParse_other_record_type_fails()
    {
        var bytes = Hex.Bytes(Record(DellR630.Fan2AGetSdr));
        bytes[3] = (byte)SdrRecordType.CompactSensor;
        Assert.That(FullSensorRecord.TryParse(bytes, out _), Is.False);
    }

    [Test]
    public void WriteTo_cuts_id_string_at_16_characters()
    {
        var record = DellFan2A with { IdString = "A very long sensor name" };
        var buffer = new byte[record.Length];
        record.WriteTo(buffer);
        Assert.That(buffer[47], Is.EqualTo(0xD0), "8-bit ASCII, 16 bytes");
        Assert.That(buffer[4], Is.EqualTo(42 + 17), "record length");
        FullSensorRecord.TryParse(buffer, out var parsed);
        Assert.That(parsed.IdString, Is.EqualTo("A very long sens"));
    }
}

using BenchmarkDotNet.Attributes;
using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;

namespace IpmiSidecar.Bench;

/// <summary>
/// The two encodings a sensor sweep repeats: a Full Sensor Record (IPMI v2.0 §43.1, what Get SDR returns)
/// and a Get Sensor Reading response (§35.14) from a value in degrees: raw conversion (§36.3), threshold
/// comparison, bytes.
/// </summary>
[MemoryDiagnoser]
public class SensorEncodingBenchmarks
{
    private static readonly FullSensorRecord Record = new()
    {
        RecordId = 0x0012,
        Owner = new SensorOwner(0x20, 0, 0, 0x04),
        EntityId = EntityId.SystemBoard,
        EntityInstance = 1,
        Initialization = 0x7F,
        Capabilities = 0x68,
        SensorType = SensorType.Temperature,
        EventReadingType = EventReadingType.Threshold,
        AssertionMask = 0x3285,
        DeassertionMask = 0x3285,
        ReadingMask = 0x091B,
        Units = new SensorUnits(AnalogDataFormat.TwosComplement, SensorUnit.DegreesCelsius),
        Factors = new SensorReadingFactors(1, 0, 0, 0, 0, SensorDirection.Unspecified, 0, 0),
        AnalogFlags = 0x01,
        NominalReading = 25,
        SensorMaximum = 127,
        SensorMinimum = 0x80,
        Thresholds = new ThresholdValues(
            LowerNonCritical: 5, LowerCritical: 0, LowerNonRecoverable: 0,
            UpperNonCritical: 40, UpperCritical: 45, UpperNonRecoverable: 50),
        PositiveHysteresis = 1,
        NegativeHysteresis = 1,
        IdString = "Inlet Temp",
    };

    private readonly byte[] _buffer = new byte[128];
    private readonly SensorConversion _conversion = Record.Conversion;
    private double _celsius = 41.5;

    [Benchmark]
    public int FullSensorRecordWriteTo() => Record.WriteTo(_buffer);

    [Benchmark]
    public int GetSensorReadingResponse()
    {
        _celsius = _celsius > 50 ? 20 : _celsius + 0.25;
        var raw = _conversion.ToRaw(_celsius);
        var value = (sbyte)raw;
        var crossed = Thresholds.None;
        if (value >= (sbyte)Record.Thresholds.UpperNonCritical)
            crossed |= Thresholds.UpperNonCritical;
        if (value >= (sbyte)Record.Thresholds.UpperCritical)
            crossed |= Thresholds.UpperCritical;
        var response = Ipmi.Protocol.SensorEvent.GetSensorReadingResponse.ForThreshold(raw,
            SensorReadingStatus.EventMessagesEnabled | SensorReadingStatus.ScanningEnabled, crossed);
        return response.WriteTo(_buffer);
    }
}

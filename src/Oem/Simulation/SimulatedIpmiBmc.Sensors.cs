using Ipmi.Protocol;
using Ipmi.Protocol.Sdr;
using Ipmi.Protocol.SensorEvent;
using Ipmi.Protocol.Sensors;
using Ipmi.Protocol.Storage;

namespace Oem.Simulation;

public sealed partial class SimulatedIpmiBmc
{
    /// <summary>A sensor and the value it reads with the host on and off.</summary>
    private sealed record Sensor(FullSensorRecord Record, double On, double Off)
    {
        public byte Raw(bool powerOn) => Record.Conversion.ToRaw(powerOn ? On : Off);
    }

    private readonly List<Sensor> _sensors;
    private ushort _sdrReservation;
    private uint _sdrAddition = SelClock - 3600;
    private uint _sdrErase = SelClock - 7200;

    /// <summary>The Full sensor records of the repository, in record-ID order.</summary>
    public IReadOnlyList<FullSensorRecord> SensorRecords
    {
        get
        {
            lock (_lock)
                return [.. _sensors.Select(s => s.Record)];
        }
    }

    /// <summary>Adds a temperature sensor (the next record ID and sensor number) and moves the addition timestamp.</summary>
    public void AddTemperatureSensor(string name, double on, double off)
    {
        lock (_lock)
        {
            var id = (ushort)(_sensors.Count + 1);
            _sensors.Add(Define(id, name, SensorType.Temperature, EntityId.SystemBoard, SensorUnit.DegreesCelsius, 0, 127, 1, on, off, 70, 80));
            _sdrAddition++;
            _sdrReservation++; // §33.11: a repository change cancels the reservation
        }
    }

    private static List<Sensor> DefaultSensors() =>
    [
        Define(1, "CPU Temp", SensorType.Temperature, EntityId.Processor, SensorUnit.DegreesCelsius, 0, 127, 1, 52, 24, 85, 95),
        Define(2, "Inlet Temp", SensorType.Temperature, EntityId.AirInlet, SensorUnit.DegreesCelsius, 0, 127, 1, 23, 22, 40, 45),
        Define(3, "Fan 1", SensorType.Fan, EntityId.FanCoolingDevice, SensorUnit.Rpm, 0, 25500, 100, 7200, 0, null, null),
        Define(4, "PSU Input", SensorType.OtherUnitsBased, EntityId.PowerSupply, SensorUnit.Watts, 0, 2550, 10, 240, 10, 900, 1000),
    ];

    /// <summary>A threshold sensor's Full record (IPMI v2.0 §43.1) with readable upper thresholds; sensor number = record ID.</summary>
    private static Sensor Define(ushort id, string name, SensorType type, EntityId entity, SensorUnit unit,
        double min, double max, double step, double on, double off, double? upperNonCritical, double? upperCritical)
    {
        var conversion = SensorConversion.Choose(min, max, step);
        var present = (upperNonCritical is null ? Thresholds.None : Thresholds.UpperNonCritical)
            | (upperCritical is null ? Thresholds.None : Thresholds.UpperCritical);
        byte Raw(double? value) => value is { } v ? conversion.ToRaw(v) : (byte)0;
        var record = new FullSensorRecord
        {
            RecordId = id,
            Owner = new SensorOwner(SensorOwner.Bmc, 0, 0, (byte)id),
            EntityId = entity,
            EntityInstance = 1,
            Initialization = 0x7F,  // initialize scanning, events, thresholds, hysteresis, type; events and scanning on
            Capabilities = 0x47,    // auto re-arm, thresholds readable, no events from this sensor
            SensorType = type,
            EventReadingType = EventReadingType.Threshold,
            ReadingMask = (ushort)present,
            Units = new SensorUnits(conversion.Format, unit),
            Linearization = conversion.Linearization,
            Factors = conversion.Factors,
            SensorMaximum = conversion.ToRaw(max),
            SensorMinimum = conversion.ToRaw(min),
            Thresholds = new ThresholdValues(0, 0, 0, Raw(upperNonCritical), Raw(upperCritical), 0),
            IdString = name,
        };
        return new Sensor(record, on, off);
    }

    /// <summary>Get Sensor Reading, §35.14: the reading for the power state, scanning on, upper thresholds compared.</summary>
    private int GetSensorReading(ReadOnlySpan<byte> request, Span<byte> data, out CompletionCode code)
    {
        code = CompletionCode.Normal;
        if (!GetSensorReadingRequest.TryParse(request, out var get) || request.Length != GetSensorReadingRequest.Length)
            return Fail(CompletionCode.RequestDataLengthInvalid, out code);
        if (_sensors.Find(s => s.Record.Owner.SensorNumber == get.SensorNumber) is not { } sensor)
            return Fail(CompletionCode.RequestedDataNotPresent, out code);
        var raw = sensor.Raw(PowerOn);
        var crossed = Thresholds.None;
        var limits = sensor.Record.Thresholds;
        if (sensor.Record.ReadableThresholds.HasFlag(Thresholds.UpperNonCritical) && raw >= limits.UpperNonCritical)
            crossed |= Thresholds.UpperNonCritical;
        if (sensor.Record.ReadableThresholds.HasFlag(Thresholds.UpperCritical) && raw >= limits.UpperCritical)
            crossed |= Thresholds.UpperCritical;
        return GetSensorReadingResponse.ForThreshold(raw, SensorReadingStatus.ScanningEnabled, crossed).WriteTo(data);
    }

    /// <summary>Get Sensor Thresholds, §35.9: the record's readable thresholds.</summary>
    private int GetSensorThresholds(ReadOnlySpan<byte> request, Span<byte> data, out CompletionCode code)
    {
        code = CompletionCode.Normal;
        if (!GetSensorThresholdsRequest.TryParse(request, out var get) || request.Length != GetSensorThresholdsRequest.Length)
            return Fail(CompletionCode.RequestDataLengthInvalid, out code);
        if (_sensors.Find(s => s.Record.Owner.SensorNumber == get.SensorNumber) is not { } sensor)
            return Fail(CompletionCode.RequestedDataNotPresent, out code);
        return new GetSensorThresholdsResponse(sensor.Record.ReadableThresholds, sensor.Record.Thresholds).WriteTo(data);
    }

    /// <summary>Get SDR Repository Info, §33.9: a non-modal repository with reserve support.</summary>
    private int GetSdrRepositoryInfo(Span<byte> data) =>
        new GetSdrRepositoryInfoResponse((ushort)_sensors.Count, 0x0800, _sdrAddition, _sdrErase,
            SdrRepositorySupport.Reserve | SdrRepositorySupport.NonModalUpdate).WriteTo(data);

    /// <summary>
    /// Get SDR, §33.12: partial reads need the current reservation (0xC5); more than <see cref="MaxReadBytes"/> at
    /// once, or past the record's end, is 0xCA — as a BMC limited by the 32-byte IPMB message answers.
    /// </summary>
    private int GetSdr(ReadOnlySpan<byte> request, Span<byte> data, out CompletionCode code)
    {
        code = CompletionCode.Normal;
        if (request.Length != GetSdrRequest.Length || !GetSdrRequest.TryParse(request, out var get))
            return Fail(CompletionCode.RequestDataLengthInvalid, out code);
        if (get.Offset != 0 && (get.ReservationId == 0 || get.ReservationId != _sdrReservation))
            return Fail(CompletionCode.ReservationCanceled, out code);
        var index = get.RecordId switch
        {
            GetSdrRequest.FirstRecord => 0,
            GetSdrRequest.LastRecord => _sensors.Count - 1,
            _ => _sensors.FindIndex(s => s.Record.RecordId == get.RecordId),
        };
        if (index < 0 || index >= _sensors.Count)
            return Fail(CompletionCode.RequestedDataNotPresent, out code);
        var record = new byte[_sensors[index].Record.Length];
        _sensors[index].Record.WriteTo(record);
        if (get.Offset >= record.Length)
            return Fail(CompletionCode.ParameterOutOfRange, out code);
        var count = get.BytesToRead == GetSdrRequest.EntireRecord ? record.Length - get.Offset : get.BytesToRead;
        if (count > MaxReadBytes || get.Offset + count > record.Length)
            return Fail(CompletionCode.CannotReturnRequestedBytes, out code);
        var next = index + 1 < _sensors.Count ? _sensors[index + 1].Record.RecordId : GetSdrResponse.EndOfRepository;
        return new GetSdrResponse(next, record.AsMemory(get.Offset, count)).WriteTo(data);
    }
}

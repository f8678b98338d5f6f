using System.Buffers.Binary;
using Ipmi.Protocol.Sensors;

namespace Ipmi.Protocol.Sdr;

/// <summary>
/// Full Sensor Record (type 0x01), IPMI v2.0 §43.1, Table 43-1: a sensor with analog reading factors,
/// thresholds and hysteresis. Parses and writes the whole record, header included.
/// </summary>
public sealed record FullSensorRecord
{
    /// <summary>Body bytes before the ID string (Table 43-1 bytes 6-47).</summary>
    public const int FixedBodyLength = 42;

    public ushort RecordId { get; init; }
    public SensorOwner Owner { get; init; }
    public EntityId EntityId { get; init; }
    /// <summary>[7] 1 = logical entity, [6:0] instance number.</summary>
    public byte EntityInstance { get; init; }
    /// <summary>Byte 11, sensor initialization: [6] init scanning, [5] init events, [4] init thresholds, [3] init hysteresis, [2] init sensor type, [1] event generation enabled, [0] scanning enabled.</summary>
    public byte Initialization { get; init; }
    /// <summary>Byte 12, sensor capabilities: [7] ignore if entity absent, [6] auto re-arm, [5:4] hysteresis support, [3:2] threshold access support, [1:0] event message control.</summary>
    public byte Capabilities { get; init; }
    public SensorType SensorType { get; init; }
    public EventReadingType EventReadingType { get; init; }
    /// <summary>Bytes 15-16: assertion event mask; for threshold sensors [14:12] also the lower threshold reading mask.</summary>
    public ushort AssertionMask { get; init; }
    /// <summary>Bytes 17-18: deassertion event mask; for threshold sensors [14:12] also the upper threshold reading mask.</summary>
    public ushort DeassertionMask { get; init; }
    /// <summary>Bytes 19-20: discrete reading mask, or for threshold sensors [13:8] settable and [5:0] readable thresholds.</summary>
    public ushort ReadingMask { get; init; }
    public SensorUnits Units { get; init; }
    public Linearization Linearization { get; init; }
    public SensorReadingFactors Factors { get; init; }
    /// <summary>Byte 31: [2] normal min specified, [1] normal max specified, [0] nominal reading specified.</summary>
    public byte AnalogFlags { get; init; }
    public byte NominalReading { get; init; }
    public byte NormalMaximum { get; init; }
    public byte NormalMinimum { get; init; }
    public byte SensorMaximum { get; init; } = 0xFF;
    public byte SensorMinimum { get; init; }
    public ThresholdValues Thresholds { get; init; }
    public byte PositiveHysteresis { get; init; }
    public byte NegativeHysteresis { get; init; }
    public byte Oem { get; init; }
    public string IdString { get; init; } = "";

    public Thresholds ReadableThresholds => (Thresholds)(ReadingMask & 0x3F);
    public Thresholds SettableThresholds => (Thresholds)((ReadingMask >> 8) & 0x3F);

    /// <summary>The raw↔value conversion this record describes.</summary>
    public SensorConversion Conversion => new(Factors, Units.Format, Linearization);

    public int Length => SdrHeader.Length + FixedBodyLength + SdrIdString.Length(IdString);

    public static bool TryParse(ReadOnlySpan<byte> record, out FullSensorRecord sensor)
    {
        sensor = null!;
        if (!SdrHeader.TryParse(record, out var header) || header.Type != SdrRecordType.FullSensor
            || header.BodyLength < FixedBodyLength + 1 || record.Length < header.RecordLength)
            return false;
        var body = record[SdrHeader.Length..header.RecordLength];
        if (!SdrIdString.TryRead(body[FixedBodyLength..], out var id))
            return false;
        SensorReadingFactors.TryParse(body[19..], out var factors);
        sensor = new FullSensorRecord
        {
            RecordId = header.RecordId,
            Owner = SensorOwner.Read(body),                                   // bytes 6-8
            EntityId = (EntityId)body[3],                                    // byte 9
            EntityInstance = body[4],                                        // byte 10
            Initialization = body[5],                                        // byte 11
            Capabilities = body[6],                                          // byte 12
            SensorType = (SensorType)body[7],                                // byte 13
            EventReadingType = (EventReadingType)body[8],                    // byte 14
            AssertionMask = BinaryPrimitives.ReadUInt16LittleEndian(body[9..]),    // bytes 15-16
            DeassertionMask = BinaryPrimitives.ReadUInt16LittleEndian(body[11..]), // bytes 17-18
            ReadingMask = BinaryPrimitives.ReadUInt16LittleEndian(body[13..]),     // bytes 19-20
            Units = SensorUnits.Read(body[15..]),                            // bytes 21-23
            Linearization = (Linearization)(body[18] & 0x7F),                // byte 24
            Factors = factors,                                               // bytes 25-30
            AnalogFlags = body[25],                                          // byte 31
            NominalReading = body[26],                                       // byte 32
            NormalMaximum = body[27],                                        // byte 33
            NormalMinimum = body[28],                                        // byte 34
            SensorMaximum = body[29],                                        // byte 35
            SensorMinimum = body[30],                                        // byte 36
            Thresholds = ThresholdValues.ReadUpperFirst(body[31..]),         // bytes 37-42
            PositiveHysteresis = body[37],                                   // byte 43
            NegativeHysteresis = body[38],                                   // byte 44
            Oem = body[41],                                                  // byte 47 (45-46 reserved)
            IdString = id,                                                   // bytes 48+
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        var length = Length;
        new SdrHeader(RecordId, SdrRecordType.FullSensor, (byte)(length - SdrHeader.Length)).WriteTo(destination);
        var body = destination[SdrHeader.Length..length];
        Owner.Write(body);
        body[3] = (byte)EntityId;
        body[4] = EntityInstance;
        body[5] = Initialization;
        body[6] = Capabilities;
        body[7] = (byte)SensorType;
        body[8] = (byte)EventReadingType;
        BinaryPrimitives.WriteUInt16LittleEndian(body[9..], AssertionMask);
        BinaryPrimitives.WriteUInt16LittleEndian(body[11..], DeassertionMask);
        BinaryPrimitives.WriteUInt16LittleEndian(body[13..], ReadingMask);
        Units.Write(body[15..]);
        body[18] = (byte)Linearization;
        Factors.WriteTo(body[19..]);
        body[25] = AnalogFlags;
        body[26] = NominalReading;
        body[27] = NormalMaximum;
        body[28] = NormalMinimum;
        body[29] = SensorMaximum;
        body[30] = SensorMinimum;
        Thresholds.WriteUpperFirst(body[31..]);
        body[37] = PositiveHysteresis;
        body[38] = NegativeHysteresis;
        body[39] = 0;
        body[40] = 0;
        body[41] = Oem;
        SdrIdString.Write(IdString, body[FixedBodyLength..]);
        return length;
    }
}

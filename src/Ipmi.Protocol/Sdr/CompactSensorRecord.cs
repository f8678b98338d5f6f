using System.Buffers.Binary;
using Ipmi.Protocol.Sensors;

namespace Ipmi.Protocol.Sdr;

/// <summary>
/// Compact Sensor Record (type 0x02), IPMI v2.0 §43.2, Table 43-2: a sensor without reading factors or
/// threshold values (typically discrete), optionally shared by several sensor numbers.
/// </summary>
public sealed record CompactSensorRecord
{
    /// <summary>Body bytes before the ID string (Table 43-2 bytes 6-31).</summary>
    public const int FixedBodyLength = 26;

    public ushort RecordId { get; init; }
    public SensorOwner Owner { get; init; }
    public EntityId EntityId { get; init; }
    public byte EntityInstance { get; init; }
    public byte Initialization { get; init; }
    public byte Capabilities { get; init; }
    public SensorType SensorType { get; init; }
    public EventReadingType EventReadingType { get; init; }
    public ushort AssertionMask { get; init; }
    public ushort DeassertionMask { get; init; }
    public ushort ReadingMask { get; init; }
    public SensorUnits Units { get; init; } = new(AnalogDataFormat.None, SensorUnit.Unspecified);
    /// <summary>Byte 24 [7:6].</summary>
    public SensorDirection Direction { get; init; }
    /// <summary>Byte 24 [5:4]: ID string instance modifier, 0 numeric, 1 alpha.</summary>
    public byte IdStringModifierType { get; init; }
    /// <summary>Byte 24 [3:0]: how many sensors share this record (0 and 1 = one).</summary>
    public byte ShareCount { get; init; }
    /// <summary>Byte 25 [7]: the entity instance increments with the shared sensor number.</summary>
    public bool EntityInstanceIncrements { get; init; }
    /// <summary>Byte 25 [6:0]: ID string instance modifier offset.</summary>
    public byte IdStringModifierOffset { get; init; }
    public byte PositiveHysteresis { get; init; }
    public byte NegativeHysteresis { get; init; }
    public byte Oem { get; init; }
    public string IdString { get; init; } = "";

    public int Length => SdrHeader.Length + FixedBodyLength + SdrIdString.Length(IdString);

    public static bool TryParse(ReadOnlySpan<byte> record, out CompactSensorRecord sensor)
    {
        sensor = null!;
        if (!SdrHeader.TryParse(record, out var header) || header.Type != SdrRecordType.CompactSensor
            || header.BodyLength < FixedBodyLength + 1 || record.Length < header.RecordLength)
            return false;
        var body = record[SdrHeader.Length..header.RecordLength];
        if (!SdrIdString.TryRead(body[FixedBodyLength..], out var id))
            return false;
        sensor = new CompactSensorRecord
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
            Direction = (SensorDirection)(body[18] >> 6),                    // byte 24
            IdStringModifierType = (byte)((body[18] >> 4) & 0x03),
            ShareCount = (byte)(body[18] & 0x0F),
            EntityInstanceIncrements = (body[19] & 0x80) != 0,               // byte 25
            IdStringModifierOffset = (byte)(body[19] & 0x7F),
            PositiveHysteresis = body[20],                                   // byte 26
            NegativeHysteresis = body[21],                                   // byte 27
            Oem = body[25],                                                  // byte 31 (28-30 reserved)
            IdString = id,                                                   // bytes 32+
        };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        var length = Length;
        new SdrHeader(RecordId, SdrRecordType.CompactSensor, (byte)(length - SdrHeader.Length)).WriteTo(destination);
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
        body[18] = (byte)((byte)Direction << 6 | (IdStringModifierType & 0x03) << 4 | ShareCount & 0x0F);
        body[19] = (byte)((EntityInstanceIncrements ? 0x80 : 0) | IdStringModifierOffset & 0x7F);
        body[20] = PositiveHysteresis;
        body[21] = NegativeHysteresis;
        body[22..25].Clear();
        body[25] = Oem;
        SdrIdString.Write(IdString, body[FixedBodyLength..]);
        return length;
    }
}

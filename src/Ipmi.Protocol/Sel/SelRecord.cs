using System.Buffers.Binary;
using Ipmi.Protocol.SensorEvent;

namespace Ipmi.Protocol.Sel;

/// <summary>
/// One 16-byte SEL entry, IPMI v2.0 §32, Tables 32-1 to 32-3: record ID and record type, then by type
/// a system event (0x02: timestamp, generator ID, the event message fields), an OEM timestamped record
/// (0xC0-0xDF: timestamp, manufacturer ID, 6 OEM bytes) or an OEM non-timestamped record (0xE0-0xFF:
/// 13 OEM bytes). Only the fields of the record's own layout are meaningful.
/// </summary>
public readonly record struct SelRecord
{
    public const byte SystemEventType = 0x02;
    public const byte FirstOemTimestampedType = 0xC0;
    public const byte FirstOemNonTimestampedType = 0xE0;

    public const int Length = 16;

    public ushort RecordId { get; init; }
    public byte RecordType { get; init; }
    /// <summary>Seconds since 1970 (§37); types below 0xE0.</summary>
    public uint Timestamp { get; init; }
    /// <summary>
    /// System events: [0] 0 = IPMB slave address in [7:1], 1 = system software ID; [15:12] channel,
    /// [9:8] LUN (byte 8 of the record holds bits 15:8).
    /// </summary>
    public ushort GeneratorId { get; init; }
    public EventMessage Event { get; init; }
    /// <summary>OEM timestamped: the IANA enterprise number (20 bits used, 3 bytes on the wire).</summary>
    public uint ManufacturerId { get; init; }
    /// <summary>OEM data, LS byte first: 6 bytes for timestamped, 13 bytes for non-timestamped records.</summary>
    public UInt128 OemData { get; init; }

    public bool HasTimestamp => RecordType < FirstOemNonTimestampedType;
    public bool IsSystemEvent => RecordType < FirstOemTimestampedType;

    public static SelRecord SystemEvent(ushort recordId, uint timestamp, ushort generatorId, EventMessage message) => new()
    {
        RecordId = recordId, RecordType = SystemEventType, Timestamp = timestamp, GeneratorId = generatorId, Event = message,
    };

    public static bool TryParse(ReadOnlySpan<byte> data, out SelRecord record)
    {
        record = default;
        if (data.Length < Length)
            return false;
        var type = data[2];
        record = new SelRecord { RecordId = BinaryPrimitives.ReadUInt16LittleEndian(data), RecordType = type };
        if (type >= FirstOemNonTimestampedType)
        {
            record = record with { OemData = ReadLittleEndian(data[3..16]) };
            return true;
        }
        record = record with { Timestamp = BinaryPrimitives.ReadUInt32LittleEndian(data[3..]) };
        if (type >= FirstOemTimestampedType)
        {
            record = record with
            {
                ManufacturerId = (uint)(data[7] | data[8] << 8 | data[9] << 16),
                OemData = ReadLittleEndian(data[10..16]),
            };
            return true;
        }
        EventMessage.TryParse(data[9..], out var message);
        record = record with { GeneratorId = BinaryPrimitives.ReadUInt16LittleEndian(data[7..]), Event = message };
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(destination, RecordId);   // bytes 1-2
        destination[2] = RecordType;                                       // byte 3
        if (!HasTimestamp)
        {
            WriteLittleEndian(OemData, destination[3..16]);                // bytes 4-16
            return Length;
        }
        BinaryPrimitives.WriteUInt32LittleEndian(destination[3..], Timestamp); // bytes 4-7
        if (IsSystemEvent)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(destination[7..], GeneratorId); // bytes 8-9
            Event.WriteTo(destination[9..]);                                         // bytes 10-16
            return Length;
        }
        destination[7] = (byte)ManufacturerId;                              // bytes 8-10
        destination[8] = (byte)(ManufacturerId >> 8);
        destination[9] = (byte)(ManufacturerId >> 16);
        WriteLittleEndian(OemData, destination[10..16]);                    // bytes 11-16
        return Length;
    }

    private static UInt128 ReadLittleEndian(ReadOnlySpan<byte> bytes)
    {
        UInt128 value = 0;
        for (var i = bytes.Length - 1; i >= 0; i--)
            value = value << 8 | bytes[i];
        return value;
    }

    private static void WriteLittleEndian(UInt128 value, Span<byte> destination)
    {
        for (var i = 0; i < destination.Length; i++, value >>= 8)
            destination[i] = (byte)value;
    }
}

using System.Buffers.Binary;

namespace Ipmi.Lan.Rmcp;

/// <summary>
/// The ASF message header carried in RMCP class 06h, IPMI v2.0 §13.2.2, Table 13-3 (ASF 2.0 §3.2.2):
/// IANA enterprise number (4542, big-endian), message type, message tag, reserved, data length.
/// </summary>
public readonly record struct AsfMessage(AsfMessageType Type, byte Tag, byte DataLength)
{
    /// <summary>The ASF IANA enterprise number (Alerting Standards Forum).</summary>
    public const uint AsfIana = 4542;
    public const int Size = 8;

    public int Length => Size;

    public static bool TryParse(ReadOnlySpan<byte> source, out AsfMessage message)
    {
        message = default;
        if (source.Length < Size || BinaryPrimitives.ReadUInt32BigEndian(source) != AsfIana)
            return false;
        message = new AsfMessage((AsfMessageType)source[4], source[5], source[7]);
        return source.Length >= Size + message.DataLength;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32BigEndian(destination, AsfIana);
        destination[4] = (byte)Type;
        destination[5] = Tag;
        destination[6] = 0x00;                  // reserved
        destination[7] = DataLength;
        return Size;
    }
}

/// <summary>ASF message types used by RMCP presence discovery, IPMI v2.0 §13.2.2.</summary>
public enum AsfMessageType : byte
{
    PresencePong = 0x40,
    PresencePing = 0x80,
}

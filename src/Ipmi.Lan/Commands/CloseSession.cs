using System.Buffers.Binary;
using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>
/// Close Session request (App 06h/3Ch), IPMI v2.0 §22.19, Table 22-27: the session ID to close (LS byte
/// first) and, only when that ID is 0, a session handle. No response data; 87h = invalid session ID,
/// 88h = invalid session handle.
/// </summary>
public readonly record struct CloseSessionRequest(uint SessionId, byte Handle)
{
    public const byte Command = 0x3C;
    public const CompletionCode InvalidSessionId = CompletionCode.CommandSpecific87;
    public const CompletionCode InvalidHandle = CompletionCode.CommandSpecific88;

    public int Length => SessionId == 0 ? 5 : 4;

    public static bool TryParse(ReadOnlySpan<byte> source, out CloseSessionRequest request)
    {
        request = default;
        if (source.Length is not (4 or 5))
            return false;
        var id = BinaryPrimitives.ReadUInt32LittleEndian(source);
        if (id == 0 && source.Length != 5)
            return false;
        request = new(id, id == 0 ? source[4] : (byte)0);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(destination, SessionId);
        if (SessionId == 0)
            destination[4] = Handle;
        return Length;
    }
}

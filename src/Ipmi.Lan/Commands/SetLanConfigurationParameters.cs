using Ipmi.Protocol;

namespace Ipmi.Lan.Commands;

/// <summary>
/// Set LAN Configuration Parameters request (Transport 0Ch/01h), IPMI v2.0 §23.1, Table 23-2: channel (bits
/// 3:0), parameter selector, parameter data. No response data; 80h = parameter not supported, 81h = attempt
/// to set "set in progress" while it is, 82h = attempt to write a read-only parameter.
/// </summary>
public readonly record struct SetLanConfigurationParametersRequest(byte Channel, byte Parameter, ReadOnlyMemory<byte> Data)
{
    public const byte Command = 0x01;
    public const int HeaderSize = 2;
    public const CompletionCode ParameterNotSupported = CompletionCode.CommandSpecific80;
    public const CompletionCode SetInProgress = CompletionCode.CommandSpecific81;
    public const CompletionCode ReadOnlyParameter = CompletionCode.CommandSpecific82;

    public int Length => HeaderSize + Data.Length;

    public static bool TryParse(ReadOnlyMemory<byte> source, out SetLanConfigurationParametersRequest request)
    {
        request = default;
        var span = source.Span;
        if (span.Length <= HeaderSize)
            return false;
        request = new((byte)(span[0] & 0x0F), span[1], source[HeaderSize..]);
        return true;
    }

    public int WriteTo(Span<byte> destination)
    {
        destination[0] = (byte)(Channel & 0x0F);
        destination[1] = Parameter;
        Data.Span.CopyTo(destination[HeaderSize..]);
        return Length;
    }
}

using Ipmi.Protocol;

namespace Oem.PassThrough;

/// <summary>
/// What the BMC answered to a forwarded request: its completion code and the response data after it, both relayed
/// to the LAN client unchanged (IPMI v2.0 §5.2; IPMB v1.0 §2.11 response layout; SSIF §12.8 response layout).
/// </summary>
public readonly record struct BmcResponse(CompletionCode Code, ReadOnlyMemory<byte> Data)
{
    /// <summary>Reads the completion code and data of a response body; false when even the completion code is missing.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> completionCodeAndData, out BmcResponse response)
    {
        response = default;
        if (completionCodeAndData.IsEmpty)
            return false;
        response = new BmcResponse((CompletionCode)completionCodeAndData.Span[0], completionCodeAndData[1..]);
        return true;
    }
}

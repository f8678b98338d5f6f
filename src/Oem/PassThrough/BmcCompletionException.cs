using Ipmi.Protocol;

namespace Oem.PassThrough;

/// <summary>
/// The BMC answered one of the sidecar's own requests (an SDR cache fill) with an error completion code. Requests
/// forwarded for a client never throw this: their completion code is relayed.
/// </summary>
public sealed class BmcCompletionException(string command, CompletionCode code)
    : Exception($"The BMC answered {command} with completion code 0x{(byte)code:X2}.")
{
    public CompletionCode Code { get; } = code;
}

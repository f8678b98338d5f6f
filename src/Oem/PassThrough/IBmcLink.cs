using Ipmi.Protocol;

namespace Oem.PassThrough;

/// <summary>
/// The path to a BMC that speaks IPMI on I2C (DESIGN.md, way 3): IPMB (<see cref="IpmbBmcLink"/>) or SSIF
/// (<see cref="SsifBmcLink"/>). One call is one request and its response. Transport failures are exceptions
/// (<see cref="I2cBridge.I2cException"/>: timeout, NACK …) that the dispatcher maps to a completion code in one place.
/// </summary>
public interface IBmcLink : IAsyncDisposable
{
    /// <summary>
    /// Sends <paramref name="command"/> with <paramref name="data"/> (for group-extension commands the defining body
    /// first, as the LAN request carries it) to LUN 0 of the BMC, and returns its answer.
    /// </summary>
    ValueTask<BmcResponse> SendAsync(NetFn netFn, byte command, ReadOnlyMemory<byte> data, CancellationToken cancellationToken);
}

using I2cBridge;
using I2cBridge.Queue;
using I2cBridge.Ssif;
using Ipmi.Protocol;

namespace Oem.PassThrough;

/// <summary>
/// Forwarding over SSIF (IPMI v2.0 §12): each request is an SMBus write of NetFn/LUN, command and data, the response
/// a block read of NetFn/LUN, command, completion code and data. The <see cref="SsifClient"/> is opened on first use
/// (it asks Get System Interface Capabilities then); a failed open is retried by the next request.
/// </summary>
public sealed class SsifBmcLink(I2cBusQueue queue, int deviceAddress, SsifOptions options, TimeProvider time) : IBmcLink
{
    /// <summary>Bytes before the completion code in an SSIF response: NetFn/LUN and command.</summary>
    private const int ResponseHeader = 2;

    private readonly SemaphoreSlim _opening = new(1, 1);
    private SsifClient? _client;

    public async ValueTask<BmcResponse> SendAsync(NetFn netFn, byte command, ReadOnlyMemory<byte> data, CancellationToken cancellationToken)
    {
        var client = _client ?? await OpenAsync(cancellationToken).ConfigureAwait(false);
        var raw = await client.SendAsync((byte)((byte)netFn << 2), command, data, cancellationToken).ConfigureAwait(false);
        if (!BmcResponse.TryParse(raw.AsMemory(ResponseHeader), out var response))
            throw I2cException.Create(I2cFailure.BusError, queue.BusId, deviceAddress, $"SSIF response to cmd 0x{command:X2} without a completion code");
        return response;
    }

    private async ValueTask<SsifClient> OpenAsync(CancellationToken cancellationToken)
    {
        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _client ??= await SsifClient.OpenAsync(queue, deviceAddress, options, time, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _opening.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        _client?.Dispose();
        _opening.Dispose();
        return ValueTask.CompletedTask;
    }
}

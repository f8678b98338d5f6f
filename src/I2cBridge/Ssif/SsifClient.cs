using I2cBridge.Queue;

namespace I2cBridge.Ssif;

/// <summary>
/// An IPMI system interface over SMBus (SSIF, IPMI v2.0 §12): requests go out as SMBus block writes (single-part
/// 0x02, or multi-part start 0x06 / middle 0x07 / end 0x08), responses come back as block reads (0x03, then 0x09
/// for the rest of a multi-part response). While the BMC prepares its answer it NACKs; we poll until a deadline.
/// Opening asks Get System Interface Capabilities for the message size limits and PEC support.
/// One request is outstanding at a time, as the interface allows.
/// </summary>
public sealed partial class SsifClient : IDisposable
{
    private const byte NetFnAppRequest = 0x06 << 2;
    private const byte CmdGetSystemInterfaceCapabilities = 0x57;

    private readonly I2cBusQueue _queue;
    private readonly SsifOptions _options;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    private SsifClient(I2cBusQueue queue, int deviceAddress, SsifOptions options, TimeProvider time)
    {
        _queue = queue;
        DeviceAddress = deviceAddress;
        _options = options;
        _time = time;
    }

    /// <summary>7-bit SMBus address of the BMC's SSIF.</summary>
    public int DeviceAddress { get; }

    public SsifCapabilities Capabilities { get; private set; } = SsifCapabilities.Default;

    public bool PecInUse => _options.UsePec && Capabilities.PecSupported;

    public static async ValueTask<SsifClient> OpenAsync(
        I2cBusQueue queue, int deviceAddress, SsifOptions? options = null, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        I2cAddress.Validate(deviceAddress);
        var client = new SsifClient(queue, deviceAddress, options ?? new SsifOptions(), time ?? TimeProvider.System);
        var response = await client.SendAsync(NetFnAppRequest, CmdGetSystemInterfaceCapabilities, new byte[] { 0x00 }, cancellationToken).ConfigureAwait(false);
        if (response.Length >= 3 && response[2] == 0x00 && SsifCapabilities.TryParse(response.AsSpan(3), out var capabilities))
            client.Capabilities = capabilities;
        return client;
    }

    /// <summary>
    /// Sends one request (<paramref name="netFnLun"/> = NetFn &lt;&lt; 2 | LUN, the command, its data) and returns the
    /// response as the BMC sent it: NetFn/LUN, command, completion code, data.
    /// </summary>
    public async ValueTask<byte[]> SendAsync(byte netFnLun, byte command, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        var request = new byte[2 + data.Length];
        request[0] = netFnLun;
        request[1] = command;
        data.Span.CopyTo(request.AsSpan(2));
        CheckRequestLength(request.Length);

        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await WriteRequestAsync(request, cancellationToken).ConfigureAwait(false);
            var response = await ReadResponseAsync(cancellationToken).ConfigureAwait(false);
            if (response.Length < 3 || response[0] != (netFnLun | 0x04) || response[1] != command)
                throw I2cException.Create(I2cFailure.BusError, _queue.BusId, DeviceAddress,
                    $"SSIF response {Convert.ToHexString(response)} does not answer NetFn/LUN 0x{netFnLun:X2} cmd 0x{command:X2}");
            return response;
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private void CheckRequestLength(int length)
    {
        var limit = Capabilities.MultiPart switch
        {
            SsifMultiPart.None => I2cBus.SmbusBlockMax,
            SsifMultiPart.StartEndOnly => 2 * I2cBus.SmbusBlockMax,
            _ => int.MaxValue,
        };
        limit = Math.Min(limit, Math.Max((int)Capabilities.MaxRequestLength, I2cBus.SmbusBlockMax));
        if (length > limit)
            ThrowHelper.ThrowArgument("data", $"The BMC accepts SSIF requests of at most {limit} bytes; this one is {length}.");
    }

    public void Dispose() => _oneAtATime.Dispose();
}

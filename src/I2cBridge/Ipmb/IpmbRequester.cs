namespace I2cBridge.Ipmb;

/// <summary>
/// Sends IPMB requests and matches their responses, many outstanding at once (IPMB v1.0 §2.11, §4): each request
/// gets a free 6-bit sequence number and is resent with the same number after a response timeout, a bounded number
/// of times. Responses nobody waits for are counted and dropped.
/// </summary>
public sealed class IpmbRequester : IAsyncDisposable
{
    private readonly IIpmbChannel _channel;
    private readonly IpmbRequesterOptions _options;
    private readonly TimeProvider _time;
    private readonly IpmbSequenceTable _table = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _receiver;
    private long _unmatched;
    private long _resends;

    public IpmbRequester(IIpmbChannel channel, IpmbRequesterOptions options, TimeProvider? time = null)
    {
        _channel = channel;
        _options = options;
        _time = time ?? TimeProvider.System;
        _receiver = Task.Run(ReceiveLoop);
    }

    /// <summary>Frames received that matched no outstanding request (late, duplicated, or foreign).</summary>
    public long UnmatchedResponses => Interlocked.Read(ref _unmatched);

    public long Resends => Interlocked.Read(ref _resends);

    /// <summary>
    /// Sends a request to <paramref name="responderAddress"/> (8-bit) and returns its response frame, whose
    /// <see cref="IpmbFrame.Data"/> starts with the completion code. Throws <see cref="I2cException"/> with
    /// <see cref="I2cFailure.Timeout"/> after the last resend, or whatever the channel throws when sending fails.
    /// </summary>
    public async ValueTask<IpmbFrame> SendAsync(
        byte responderAddress, byte netFn, byte responderLun, byte command, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default)
    {
        var pending = new IpmbSequenceTable.Pending(responderAddress, netFn, command);
        if (!_table.TryReserve(pending, out var sequence))
            throw I2cException.Create(I2cFailure.BusBusy, _channel.BusId, responderAddress >> 1, "64 IPMB requests outstanding");
        try
        {
            var frame = new IpmbFrame(responderAddress, netFn, responderLun, _options.OwnAddress, sequence, _options.OwnLun, command, data).ToArray();
            for (var attempt = 0; ; attempt++)
            {
                await _channel.SendAsync(frame, cancellationToken).ConfigureAwait(false);
                try
                {
                    return await pending.Response.Task.WaitAsync(_options.ResponseTimeout, _time, cancellationToken).ConfigureAwait(false);
                }
                catch (TimeoutException) when (attempt < _options.MaxRetries)
                {
                    Interlocked.Increment(ref _resends);
                }
                catch (TimeoutException)
                {
                    throw I2cException.Create(I2cFailure.Timeout, _channel.BusId, responderAddress >> 1,
                        $"no IPMB response to NetFn 0x{netFn:X2} cmd 0x{command:X2} after {attempt + 1} attempts");
                }
            }
        }
        finally
        {
            _table.Release(sequence, pending);
        }
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[256];
        while (!_stop.IsCancellationRequested)
        {
            int n;
            try
            {
                n = await _channel.ReceiveAsync(buffer, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (System.Threading.Channels.ChannelClosedException)
            {
                return;
            }
            if (!IpmbFrame.TryParse(buffer.AsSpan(0, n), out var frame) || !frame.IsResponse || !_table.TryComplete(frame))
                Interlocked.Increment(ref _unmatched);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _receiver.ConfigureAwait(false);
        }
        catch (I2cException)
        {
            // The channel failed while we were stopping; nothing waits for it any more.
        }
        _stop.Dispose();
    }
}

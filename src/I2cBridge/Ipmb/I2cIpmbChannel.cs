using System.Threading.Channels;
using I2cBridge.Queue;

namespace I2cBridge.Ipmb;

/// <summary>
/// IPMB as the specification runs it on the wire: every message is a master write (IPMB v1.0 §2.2). A request is
/// written to the responder through the bus queue; the response arrives as a write to our own slave address and
/// is handed in through <see cref="DeliverSlaveWrite"/> by whatever receives slave writes (the simulated bus's
/// <c>SimulatedSlaveEndpoint</c>; on Linux, i2c-dev cannot, so use <see cref="LinuxIpmbDevChannel"/> there).
/// </summary>
public sealed class I2cIpmbChannel : IIpmbChannel
{
    private readonly I2cBusQueue _queue;
    private readonly Channel<byte[]> _received = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <param name="ownAddress">Our 8-bit slave address (the rqSA of our requests).</param>
    public I2cIpmbChannel(I2cBusQueue queue, byte ownAddress)
    {
        _queue = queue;
        OwnAddress = ownAddress;
    }

    public byte OwnAddress { get; }

    public int BusId => _queue.BusId;

    public async ValueTask SendAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        if (frame.Length < IpmbFrame.MinLength)
            ThrowHelper.ThrowArgument(nameof(frame), "An IPMB frame is at least 7 bytes.");
        await _queue.ExecuteAsync(
            static (bus, f) =>
            {
                bus.Write(f.Span[0] >> 1, f.Span[1..]);
                return true;
            },
            frame, I2cTransactionOptions.Write, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken)
    {
        var frame = await _received.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var n = Math.Min(frame.Length, buffer.Length);
        frame.AsSpan(0, n).CopyTo(buffer.Span);
        return n;
    }

    /// <summary>The bytes of a write message to our slave address (address byte excluded); we restore the address.</summary>
    public void DeliverSlaveWrite(ReadOnlySpan<byte> data)
    {
        var frame = new byte[data.Length + 1];
        frame[0] = OwnAddress;
        data.CopyTo(frame.AsSpan(1));
        _received.Writer.TryWrite(frame);
    }

    public ValueTask DisposeAsync()
    {
        _received.Writer.TryComplete();
        return ValueTask.CompletedTask;
    }
}

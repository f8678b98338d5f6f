namespace I2cBridge.Ipmb;

/// <summary>
/// A path that carries whole IPMB frames: each frame starts with the 8-bit slave address it is sent to.
/// Sending goes to the frame's first byte; receiving yields frames addressed to us.
/// </summary>
public interface IIpmbChannel : IAsyncDisposable
{
    /// <summary>Bus the channel runs on, for failure reports.</summary>
    int BusId { get; }

    ValueTask SendAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken);

    /// <summary>Waits for the next frame addressed to us; returns its length in <paramref name="buffer"/>.</summary>
    ValueTask<int> ReceiveAsync(Memory<byte> buffer, CancellationToken cancellationToken);
}

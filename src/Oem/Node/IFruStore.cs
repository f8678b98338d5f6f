namespace Oem.Node;

/// <summary>The node's FRU inventory storage, byte-addressed (the IPMI FRU image lives here).</summary>
public interface IFruStore
{
    int Size { get; }

    /// <summary>Reads <paramref name="count"/> bytes at <paramref name="offset"/>; the range must lie inside <see cref="Size"/>.</summary>
    ValueTask<byte[]> ReadAsync(int offset, int count, CancellationToken cancellationToken = default);

    ValueTask WriteAsync(int offset, ReadOnlyMemory<byte> data, CancellationToken cancellationToken = default);
}

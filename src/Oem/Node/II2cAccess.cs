namespace Oem.Node;

/// <summary>Raw I2C transfers through the node's bus queues, for IPMI Master Write-Read (§22.11) and diagnostics.</summary>
public interface II2cAccess
{
    IReadOnlyList<int> BusIds { get; }

    /// <summary>Writes <paramref name="write"/> then reads <paramref name="readCount"/> bytes from a 7-bit address, as one transaction.</summary>
    ValueTask<byte[]> WriteReadAsync(int busId, int address, ReadOnlyMemory<byte> write, int readCount, CancellationToken cancellationToken = default);
}

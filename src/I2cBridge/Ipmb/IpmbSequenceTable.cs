namespace I2cBridge.Ipmb;

/// <summary>
/// Outstanding requests by their 6-bit rqSeq (IPMB v1.0 §2.11: 0–63). A response is matched on sequence, NetFn,
/// command and responder address, so a late answer to an older request with a reused number is not taken.
/// </summary>
internal sealed class IpmbSequenceTable
{
    public const int Size = 64;

    private readonly Pending?[] _slots = new Pending?[Size];
    private readonly Lock _lock = new();
    private int _next;

    public sealed record Pending(byte ResponderAddress, byte NetFn, byte Command)
    {
        public TaskCompletionSource<IpmbFrame> Response { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Reserves the next free sequence number; false when 64 requests are already outstanding.</summary>
    public bool TryReserve(Pending pending, out byte sequence)
    {
        lock (_lock)
        {
            for (var i = 0; i < Size; i++)
            {
                var candidate = (_next + i) % Size;
                if (_slots[candidate] is null)
                {
                    _slots[candidate] = pending;
                    _next = (candidate + 1) % Size;
                    sequence = (byte)candidate;
                    return true;
                }
            }
        }
        sequence = 0;
        return false;
    }

    public void Release(byte sequence, Pending pending)
    {
        lock (_lock)
        {
            if (ReferenceEquals(_slots[sequence], pending))
                _slots[sequence] = null;
        }
    }

    /// <summary>Completes the request <paramref name="response"/> answers; false when none matches.</summary>
    public bool TryComplete(IpmbFrame response)
    {
        Pending? pending;
        lock (_lock)
            pending = _slots[response.Sequence & (Size - 1)];
        if (pending is null
            || pending.ResponderAddress != response.SourceAddress
            || (pending.NetFn | 1) != response.NetFn
            || pending.Command != response.Command)
            return false;
        return pending.Response.TrySetResult(response);
    }
}

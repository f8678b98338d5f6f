namespace IpmiSidecar.Tests.EndToEnd.Hardening;

/// <summary>
/// What a client stream asked for and what the sidecar acknowledged (completion code 00h). A change in flight when
/// the process died may or may not have been applied; an acknowledged one must be there after the restart.
/// </summary>
public sealed class ChangeLedger<T> where T : class
{
    private readonly Lock _lock = new();
    private readonly List<T> _acknowledged = [];

    public T? InFlight { get; private set; }

    public T? LastAcknowledged { get; private set; }

    public IReadOnlyList<T> Acknowledged
    {
        get
        {
            lock (_lock)
                return [.. _acknowledged];
        }
    }

    public void Sending(T change)
    {
        lock (_lock)
            InFlight = change;
    }

    public void Answered(T change, bool acknowledged)
    {
        lock (_lock)
        {
            if (acknowledged)
            {
                _acknowledged.Add(change);
                LastAcknowledged = change;
                InFlight = default;
            }
        }
    }

    /// <summary>What the state may hold after a crash: the last acknowledged change or the one in flight.</summary>
    public IReadOnlyList<T> Possible
    {
        get
        {
            lock (_lock)
                return new[] { LastAcknowledged, InFlight }.OfType<T>().ToArray();
        }
    }
}

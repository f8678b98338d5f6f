using System.Net;

namespace Ipmi.Lan.Sessions;

/// <summary>
/// Decides which refusals are logged: the first per source address in each <see cref="Interval"/>, with the
/// count of those held back since, so a flood writes one line per source per interval, not one per packet.
/// Memory is bounded: at most <see cref="MaxTracked"/> sources, the stalest dropped first. Thread-safe.
/// </summary>
public sealed class RefusalLog(TimeProvider time)
{
    public const int MaxTracked = 4096;
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly Dictionary<IPAddress, Entry> _entries = [];
    private readonly Lock _sync = new();

    /// <summary>True when this refusal should be logged; <paramref name="suppressed"/> is how many were not since the last one.</summary>
    public bool ShouldLog(IPAddress source, out int suppressed)
    {
        var key = source.IsIPv4MappedToIPv6 ? source.MapToIPv4() : source;
        var now = time.GetUtcNow();
        lock (_sync)
        {
            if (_entries.TryGetValue(key, out var entry) && now - entry.Logged < Interval)
            {
                _entries[key] = entry with { Suppressed = entry.Suppressed + 1 };
                suppressed = 0;
                return false;
            }
            if (!_entries.ContainsKey(key) && _entries.Count >= MaxTracked)
                _entries.Remove(_entries.MinBy(e => e.Value.Logged).Key);
            suppressed = entry.Suppressed;
            _entries[key] = new Entry(now, 0);
            return true;
        }
    }

    private readonly record struct Entry(DateTimeOffset Logged, int Suppressed);
}

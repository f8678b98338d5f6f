using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Sessions;

/// <summary>
/// Failed-login throttle (DESIGN.md, security defaults): <see cref="LanOptions.LoginFailureLimit"/> failures
/// within <see cref="LanOptions.LoginFailureWindow"/> lock the source address, or the user name, out for
/// <see cref="LanOptions.LoginLockout"/>. A source fails when a handshake it took to RAKP 2 ends without a
/// session (wrong password, abandoned, reaped, evicted, or an unknown name) — every RAKP 2 hands out a hash
/// to crack offline (CVE-2013-4786), so RAKP 2s are what is counted. A user name fails only on a wrong RAKP 3
/// code, which proves a wrong password: counting abandoned handshakes against the name would let anyone
/// lock a named operator out with RAKP 1 floods. Memory is bounded: at most <see cref="MaxTracked"/> keys
/// per kind, expired ones dropped first. Thread-safe.
/// </summary>
public sealed class LoginThrottle(IOptions<LanOptions> options, TimeProvider time, ILogger<LoginThrottle> logger)
{
    public const int MaxTracked = 4096;

    private readonly LanOptions _options = options.Value;
    private readonly Dictionary<IPAddress, Record> _sources = [];
    private readonly Dictionary<string, Record> _users = new(StringComparer.Ordinal);
    private readonly Lock _sync = new();

    private bool Enabled => _options.LoginFailureLimit > 0;

    public bool IsSourceLocked(IPAddress source) => Enabled && IsLocked(_sources, Normalize(source));

    public bool IsUserLocked(ReadOnlySpan<byte> name) => Enabled && IsLocked(_users, Key(name));

    /// <summary>Records a failure; true when it starts a lockout.</summary>
    public bool RecordSourceFailure(IPAddress source)
    {
        if (!Enabled || !Fail(_sources, Normalize(source)))
            return false;
        logger.SourceLockedOut(Normalize(source), _options.LoginFailureLimit, _options.LoginLockout.TotalSeconds);
        return true;
    }

    /// <summary>Records a wrong password for the name; true when it starts a lockout.</summary>
    public bool RecordUserFailure(ReadOnlySpan<byte> name)
    {
        if (!Enabled || !Fail(_users, Key(name)))
            return false;
        logger.UserLockedOut(Key(name), _options.LoginFailureLimit, _options.LoginLockout.TotalSeconds);
        return true;
    }

    private bool IsLocked<TKey>(Dictionary<TKey, Record> records, TKey key) where TKey : notnull
    {
        lock (_sync)
            return records.TryGetValue(key, out var record) && record.LockedUntil > time.GetUtcNow();
    }

    private bool Fail<TKey>(Dictionary<TKey, Record> records, TKey key) where TKey : notnull
    {
        var now = time.GetUtcNow();
        lock (_sync)
        {
            if (!records.TryGetValue(key, out var record))
            {
                if (records.Count >= MaxTracked)
                    Prune(records, now);
                records[key] = record = new Record();
            }
            record.Failures.RemoveAll(t => now - t > _options.LoginFailureWindow);
            record.Failures.Add(now);
            if (record.Failures.Count < _options.LoginFailureLimit || record.LockedUntil > now)
                return false;
            record.LockedUntil = now + _options.LoginLockout;
            record.Failures.Clear();
            return true;
        }
    }

    /// <summary>Drops records with nothing recent; if that frees nothing, the ones not locked out.</summary>
    private void Prune<TKey>(Dictionary<TKey, Record> records, DateTimeOffset now) where TKey : notnull
    {
        foreach (var (key, record) in records)
        {
            if (record.LockedUntil <= now && record.Failures.TrueForAll(t => now - t > _options.LoginFailureWindow))
                records.Remove(key);
        }
        if (records.Count < MaxTracked)
            return;
        foreach (var (key, record) in records)
        {
            if (record.LockedUntil <= now)
                records.Remove(key);
        }
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static string Key(ReadOnlySpan<byte> name) => Encoding.Latin1.GetString(name);

    private sealed class Record
    {
        public List<DateTimeOffset> Failures { get; } = [];
        public DateTimeOffset LockedUntil { get; set; }
    }
}

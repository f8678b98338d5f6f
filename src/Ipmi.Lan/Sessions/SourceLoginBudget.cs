using System.Net;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Sessions;

/// <summary>
/// The login budget of each source address (SECURITY.md, "Login limits"): a token bucket of
/// <see cref="LanOptions.LoginBurst"/> tokens refilled one per <see cref="LanOptions.LoginRefill"/>. Every RAKP 2
/// handed out (IPMI v2.0 §13.21: a hash of the password, crackable offline) takes a token; the token comes back
/// when the console proves the password in RAKP 3 or the server itself cannot seat the session. So only the
/// source's own failures spend its budget: a wrong password, a wrong name, or a handshake abandoned after
/// RAKP 2. An empty bucket refuses that source only; there is no per-user state, so nobody can lock an account.
/// Memory is bounded: at most <see cref="MaxTracked"/> sources, full buckets dropped first. Thread-safe.
/// </summary>
public sealed class SourceLoginBudget(IOptions<LanOptions> lanOptions, TimeProvider time)
{
    private readonly LanOptions _options = lanOptions.Value;
    public const int MaxTracked = 4096;

    private readonly Dictionary<IPAddress, Bucket> _buckets = [];
    private readonly Lock _sync = new();

    private bool Enabled => _options.LoginBurst > 0;

    /// <summary>True when the source has at least one token (checked at Open Session, before any work).</summary>
    public bool HasToken(IPAddress source)
    {
        if (!Enabled)
            return true;
        lock (_sync)
            return Tokens(Normalize(source), time.GetUtcNow()) >= 1;
    }

    /// <summary>Takes a token for a RAKP 2 about to be sent; false (nothing taken) when the bucket is empty.</summary>
    public bool TryTake(IPAddress source)
    {
        if (!Enabled)
            return true;
        var key = Normalize(source);
        var now = time.GetUtcNow();
        lock (_sync)
        {
            var tokens = Tokens(key, now);
            if (tokens < 1)
                return false;
            Store(key, tokens - 1, now);
            return true;
        }
    }

    /// <summary>Gives back the token of a handshake that did not fail by the source's doing.</summary>
    public void Return(IPAddress source)
    {
        if (!Enabled)
            return;
        var key = Normalize(source);
        var now = time.GetUtcNow();
        lock (_sync)
        {
            var tokens = Math.Min(_options.LoginBurst, Tokens(key, now) + 1);
            if (tokens >= _options.LoginBurst)
                _buckets.Remove(key);
            else
                Store(key, tokens, now);
        }
    }

    /// <summary>Tokens the source holds now (a source without a bucket holds a full one).</summary>
    public double Available(IPAddress source)
    {
        if (!Enabled)
            return double.PositiveInfinity;
        lock (_sync)
            return Tokens(Normalize(source), time.GetUtcNow());
    }

    private double Tokens(IPAddress key, DateTimeOffset now)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
            return _options.LoginBurst;
        var refilled = (now - bucket.Updated) / _options.LoginRefill;
        return Math.Min(_options.LoginBurst, bucket.Tokens + Math.Max(0, refilled));
    }

    private void Store(IPAddress key, double tokens, DateTimeOffset now)
    {
        if (!_buckets.ContainsKey(key) && _buckets.Count >= MaxTracked)
            Prune(now);
        _buckets[key] = new Bucket(tokens, now);
    }

    /// <summary>Drops full buckets; if none is full, the fullest (the source that has failed least lately).</summary>
    private void Prune(DateTimeOffset now)
    {
        foreach (var key in _buckets.Keys.Where(k => Tokens(k, now) >= _options.LoginBurst).ToList())
            _buckets.Remove(key);
        if (_buckets.Count >= MaxTracked)
            _buckets.Remove(_buckets.Keys.MaxBy(k => Tokens(k, now))!);
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private readonly record struct Bucket(double Tokens, DateTimeOffset Updated);
}

using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using Ipmi.Lan.Crypto;
using Ipmi.Protocol;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Sessions;

/// <summary>
/// The bounded, thread-safe set of sessions keyed by the managed system session ID (IPMI v2.0 §13.17).
/// Active sessions are limited by <see cref="LanOptions.MaxSessions"/> and hold a handle (1-63, §22.20); half-open
/// ones (Open Session done, RAKP 3 not yet) by <see cref="LanOptions.MaxHalfOpenSessions"/> in all and
/// <see cref="LanOptions.MaxHalfOpenPerSource"/> per source address, and are reaped after
/// <see cref="LanOptions.HalfOpenTimeout"/>; active ones expire after <see cref="LanOptions.SessionIdleTimeout"/>.
/// Fair under flood: a source at its own cap makes room only from its own sessions; when the table is full, a
/// newcomer evicts a session still waiting for RAKP 1 — the oldest of the source holding the most, if that source
/// holds more than the newcomer, else the oldest of all. A session past RAKP 2 is never evicted: it completes,
/// fails, or times out. A console answers Open Session with RAKP 1 within a round trip, so only sessions that were
/// abandoned (or are a flood) wait long enough to be chosen.
/// Lookups are lock-free; creation and removal take one lock.
/// </summary>
public sealed class SessionTable
{
    /// <summary>Get Session Info reports counts in six bits (§22.20).</summary>
    public const int MaxHandles = 63;

    private readonly ConcurrentDictionary<uint, Session> _sessions = new();
    private readonly Lock _sync = new();
    private readonly LanOptions _options;
    private readonly TimeProvider _time;
    private int _active;
    private int _halfOpen;
    private long _serial;

    public SessionTable(IOptions<LanOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        if (_options.MaxSessions is < 1 or > MaxHandles)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxSessions, $"MaxSessions must be 1-{MaxHandles}.");
        if (_options.MaxHalfOpenSessions < 1)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxHalfOpenSessions, "MaxHalfOpenSessions must be at least 1.");
        if (_options.MaxHalfOpenPerSource < 1)
            throw new ArgumentOutOfRangeException(nameof(options), _options.MaxHalfOpenPerSource, "MaxHalfOpenPerSource must be at least 1.");
    }

    public int MaxSessions => _options.MaxSessions;
    public int ActiveCount => Volatile.Read(ref _active);
    public int HalfOpenCount => Volatile.Read(ref _halfOpen);

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>
    /// A new half-open session, evicting per the fair-share rule when the source or the table is full; null (no room
    /// now: the server's limit, never counted against the source) when the active sessions fill the table or nothing
    /// may be evicted.
    /// </summary>
    public Session? TryCreate(uint remoteConsoleSessionId, CipherSuite suite, PrivilegeLevel requestedMaximum, IPEndPoint remote)
    {
        Sweep();
        for (var attempt = 0; attempt <= _options.MaxHalfOpenSessions; attempt++)
        {
            Session? evict;
            lock (_sync)
            {
                if (_active >= _options.MaxSessions)
                    return null;
                var halfOpen = _sessions.Values.Where(s => s.IsHalfOpen).ToList();
                var own = halfOpen.Where(s => s.Remote.Address.Equals(remote.Address)).ToList();
                if (own.Count >= _options.MaxHalfOpenPerSource)
                    evict = OldestAwaitingRakp1(own);
                else if (halfOpen.Count >= _options.MaxHalfOpenSessions)
                    evict = FairShareVictim(halfOpen, own.Count);
                else
                {
                    var session = new Session(NewId(), remoteConsoleSessionId, suite, remote, Now)
                    {
                        RequestedMaximumPrivilege = requestedMaximum,
                        Serial = ++_serial,
                    };
                    _sessions[session.Id] = session;
                    _halfOpen++;
                    return session;
                }
                if (evict is null)
                    return null;
            }
            Remove(evict);
        }
        return null;
    }

    /// <summary>
    /// The oldest session awaiting RAKP 1 of the largest holder when it holds more than the newcomer's
    /// <paramref name="own"/> plus the one it asks for; otherwise the oldest awaiting RAKP 1 of all.
    /// </summary>
    private static Session? FairShareVictim(List<Session> halfOpen, int own)
    {
        var largest = halfOpen.GroupBy(s => s.Remote.Address).MaxBy(g => g.Count());
        var victim = largest is not null && largest.Count() > own + 1 ? OldestAwaitingRakp1(largest) : null;
        return victim ?? OldestAwaitingRakp1(halfOpen);
    }

    private static Session? OldestAwaitingRakp1(IEnumerable<Session> sessions) =>
        sessions.Where(s => s.State == SessionState.AwaitingRakp1).MinBy(s => s.Serial);

    /// <summary>Moves a half-open session to active; false when <see cref="LanOptions.MaxSessions"/> are already active.</summary>
    public bool TryActivate(Session session)
    {
        lock (_sync)
        {
            if (_active >= _options.MaxSessions || !_sessions.ContainsKey(session.Id))
                return false;
            var handle = FreeHandle();
            if (handle == 0)
                return false;
            session.Handle = handle;
            session.State = SessionState.Active;
            session.LastActivity = Now;
            _halfOpen--;
            _active++;
            return true;
        }
    }

    /// <summary>The session in <paramref name="state"/> with that ID; an expired one is removed and not returned.</summary>
    public bool TryGet(uint id, SessionState state, out Session session)
    {
        if (!_sessions.TryGetValue(id, out session!) || session.State != state)
            return false;
        if (!IsExpired(session, Now))
            return true;
        Remove(session);
        return false;
    }

    /// <summary>Active sessions ordered by handle (Get Session Info's "Nth active session", §22.20).</summary>
    public IEnumerable<Session> Active() =>
        _sessions.Values.Where(s => s.State == SessionState.Active).OrderBy(s => s.Handle);

    public bool Remove(Session session)
    {
        lock (_sync)
        {
            if (!_sessions.TryRemove(new KeyValuePair<uint, Session>(session.Id, session)))
                return false;
            if (session.IsHalfOpen)
                _halfOpen--;
            else
                _active--;
        }
        lock (session.Sync)
        {
            session.Removed = true;
            session.Confidentiality?.Dispose();
            session.Confidentiality = null;
            session.Integrity?.Dispose();
            session.Integrity = null;
        }
        return true;
    }

    /// <summary>Removes expired half-open and idle sessions; returns how many.</summary>
    public int Sweep()
    {
        var now = Now;
        var removed = 0;
        foreach (var session in _sessions.Values)
        {
            if (IsExpired(session, now) && Remove(session))
                removed++;
        }
        return removed;
    }

    private bool IsExpired(Session session, DateTimeOffset now) => session.IsHalfOpen
        ? now - session.Created > _options.HalfOpenTimeout
        : now - session.LastActivity > _options.SessionIdleTimeout;

    private uint NewId()
    {
        Span<byte> bytes = stackalloc byte[sizeof(uint)];
        while (true)
        {
            RandomNumberGenerator.Fill(bytes);
            var id = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            if (id != 0 && !_sessions.ContainsKey(id))
                return id;
        }
    }

    private byte FreeHandle()
    {
        for (byte handle = 1; handle <= MaxHandles; handle++)
        {
            var used = false;
            foreach (var session in _sessions.Values)
                used |= session.State == SessionState.Active && session.Handle == handle;
            if (!used)
                return handle;
        }
        return 0;
    }
}

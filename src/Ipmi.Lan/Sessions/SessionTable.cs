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
/// Active sessions are limited by <see cref="LanOptions.MaxSessions"/>; half-open ones (Open Session done,
/// RAKP 3 not yet) by a separate small budget and reaped after <see cref="LanOptions.HalfOpenTimeout"/>;
/// active ones expire after <see cref="LanOptions.SessionIdleTimeout"/> without a valid packet.
/// A flood of Open Sessions cannot starve a real console: a new half-open session evicts the oldest of its
/// own source once the source holds <see cref="LanOptions.MaxHalfOpenPerSource"/>, and the oldest of all once
/// the budget is full (those not yet at RAKP 1 first), so a console that completes its handshake within a
/// few round trips gets through.
/// A half-open session that ends after a RAKP 2 counts as a failed login for its source (<see cref="LoginThrottle"/>).
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

    private readonly LoginThrottle _throttle;

    public SessionTable(IOptions<LanOptions> options, TimeProvider time, LoginThrottle throttle)
    {
        _options = options.Value;
        _time = time;
        _throttle = throttle;
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
    /// A new half-open session, evicting the oldest half-open one of the same source (at its cap) or of all
    /// (at the budget) to make room; null when the active sessions fill the table.
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
                evict = HalfOpenToEvict(remote.Address);
                if (evict is null)
                {
                    var handle = FreeHandle();
                    if (handle == 0)
                        return null;
                    var session = new Session(NewId(), handle, remoteConsoleSessionId, suite, remote, Now)
                    {
                        RequestedMaximumPrivilege = requestedMaximum,
                        Serial = ++_serial,
                    };
                    _sessions[session.Id] = session;
                    _halfOpen++;
                    return session;
                }
            }
            Remove(evict);
        }
        return null;
    }

    /// <summary>
    /// The source's oldest half-open session at its cap, else the oldest of all at the budget, else null (room).
    /// Sessions still waiting for RAKP 1 go before those past it: an Open Session flood then only displaces its
    /// own kind, and a console that got as far as RAKP 2 keeps its place (a RAKP 1 flood locks its sources out).
    /// </summary>
    private Session? HalfOpenToEvict(IPAddress source)
    {
        var halfOpen = _sessions.Values.Where(s => s.IsHalfOpen)
            .OrderBy(s => s.State == SessionState.AwaitingRakp1 ? 0 : 1).ThenBy(s => s.Serial).ToList();
        var own = halfOpen.Where(s => s.Remote.Address.Equals(source)).ToList();
        if (own.Count >= _options.MaxHalfOpenPerSource)
            return own[0];
        if (halfOpen.Count >= _options.MaxHalfOpenSessions || FreeHandle() == 0)
            return halfOpen.FirstOrDefault();
        return null;
    }

    /// <summary>Moves a half-open session to active; false when <see cref="LanOptions.MaxSessions"/> are already active.</summary>
    public bool TryActivate(Session session)
    {
        lock (_sync)
        {
            if (_active >= _options.MaxSessions || !_sessions.ContainsKey(session.Id))
                return false;
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
        bool failedLogin;
        lock (session.Sync)
        {
            failedLogin = session.IsHalfOpen && session.LoginAttempted;
            session.Removed = true;
            session.Confidentiality?.Dispose();
            session.Confidentiality = null;
            session.Integrity?.Dispose();
            session.Integrity = null;
        }
        if (failedLogin)
            _throttle.RecordSourceFailure(session.Remote.Address);
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
                used |= session.Handle == handle;
            if (!used)
                return handle;
        }
        return 0;
    }
}

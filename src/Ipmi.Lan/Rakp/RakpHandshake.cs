using System.Net;
using System.Security.Cryptography;
using Ipmi.Lan.Crypto;
using Ipmi.Lan.Sessions;
using Ipmi.Lan.Users;
using Ipmi.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Rakp;

/// <summary>
/// The managed system's side of session establishment, IPMI v2.0 §13.15-13.23: Open Session, RAKP 1 → 2,
/// RAKP 3 → 4. Each method takes a request payload and writes the response payload, returning its length
/// (0 = drop: the request could not be parsed). Failures are answered with an RMCP+ status and remove the
/// half-open session. Each RAKP 2 takes a token of the source's <see cref="SourceLoginBudget"/>, returned by a
/// correct RAKP 3 or a refusal for the server's own lack of room; a source with no token left is refused at Open
/// Session and RAKP 1 (insufficient resources). Refusals are logged once per source per <see cref="RefusalLog.Interval"/>.
/// At RAKP 1 an unknown, disabled or under-privileged name is answered
/// "unauthorized name" (0Dh) only after the same work a known name costs — a RAKP 2 HMAC, computed with a
/// random per-process key and discarded — so the answer carries nothing to crack and takes as long.
/// </summary>
public sealed class RakpHandshake(
    SessionTable sessions, IUserStore users, SourceLoginBudget budget, RefusalLog refusals, IOptions<LanOptions> options,
    ILogger<RakpHandshake> logger)
{
    private readonly LanOptions _options = options.Value;
    private readonly byte[] _decoyKey = RandomNumberGenerator.GetBytes(UserAccount.MaxPasswordLength);
    private readonly IReadOnlyList<CipherSuite> _offered = options.Value.OfferedCipherSuites();
    private readonly byte[] _guid = GuidBytes(options.Value.SystemGuid);

    /// <summary>Open Session Request → Response (§13.17-13.18).</summary>
    public int OpenSession(ReadOnlySpan<byte> payload, IPEndPoint remote, Span<byte> response)
    {
        if (!OpenSessionRequest.TryParse(payload, out var request))
            return 0;
        var refusal = new OpenSessionResponse(request.Tag, RmcpPlusStatus.NoErrors, 0, request.RemoteConsoleSessionId, 0, 0, 0, 0);
        if (request.RequestedMaximumPrivilege > PrivilegeLevel.Oem)
            return Refuse(refusal, RmcpPlusStatus.InvalidRole, remote, response);
        if (request.RemoteConsoleSessionId == 0)
            return Refuse(refusal, RmcpPlusStatus.InvalidSessionId, remote, response);
        if (!TryMatch(request, out var suite))
            return Refuse(refusal, RmcpPlusStatus.NoCipherSuiteMatch, remote, response);
        if (!budget.HasToken(remote.Address))
            return Refuse(refusal, RmcpPlusStatus.InsufficientResources, remote, response, "login budget of the source spent");
        var session = sessions.TryCreate(request.RemoteConsoleSessionId, suite, request.RequestedMaximumPrivilege, remote);
        if (session is null)
        {
            // The server's own limit, not the source's doing: not answered, so the console retries Open Session with
            // its normal timeout and gets in once a slot frees (answering "insufficient resources" makes ipmitool give up).
            LogRefusal(remote, "no session slot free now; Open Session left unanswered");
            return 0;
        }
        // FreeIPMI requires the granted level to equal the one it asked for; the user's own limit is applied at RAKP 1.
        var granted = request.RequestedMaximumPrivilege == PrivilegeLevel.Unspecified
            ? PrivilegeLevel.Administrator
            : request.RequestedMaximumPrivilege;
        return new OpenSessionResponse(request.Tag, RmcpPlusStatus.NoErrors, granted, request.RemoteConsoleSessionId, session.Id,
            suite.Authentication, suite.Integrity, suite.Confidentiality).WriteTo(response);
    }

    /// <summary>RAKP 1 → RAKP 2 (§13.20-13.21): looks the user up and proves we know the user's key.</summary>
    public int Rakp1To2(ReadOnlySpan<byte> payload, IPEndPoint remote, Span<byte> response)
    {
        if (!Rakp1.TryParse(payload, out var request))
            return 0;
        if (!sessions.TryGet(request.ManagedSystemSessionId, SessionState.AwaitingRakp1, out var session))
            return Rakp2Error(request.Tag, 0, RmcpPlusStatus.InvalidSessionId, response);
        if (!budget.TryTake(remote.Address))
        {
            sessions.Remove(session);
            LogFailure(remote, "login budget of the source spent");
            return Rakp2Error(request.Tag, session.RemoteConsoleSessionId, RmcpPlusStatus.InsufficientResources, response);
        }
        var status = Authorize(request, session, out var user, out var limit);
        var random = new byte[RakpExchange.RandomLength];
        RandomNumberGenerator.Fill(random);
        var exchange = new RakpExchange
        {
            RemoteConsoleSessionId = session.RemoteConsoleSessionId,
            ManagedSystemSessionId = session.Id,
            RemoteConsoleRandom = request.RemoteConsoleRandom.ToArray(),
            ManagedSystemRandom = random,
            ManagedSystemGuid = _guid,
            Role = request.Role,
            UserName = request.UserName[..Math.Min(request.UserName.Length, RakpExchange.MaxUserNameLength)].ToArray(),
        };
        var authentication = CryptoAlgorithms.Authentication(session.Suite.Authentication);
        Span<byte> kuid = stackalloc byte[UserAccount.MaxPasswordLength];
        if (user is null)
            _decoyKey.CopyTo(kuid);
        else
            user.WriteKey(kuid);
        Span<byte> code = stackalloc byte[authentication.KeyExchangeCodeLength];
        authentication.WriteRakp2Code(kuid, exchange, code);
        CryptographicOperations.ZeroMemory(kuid);
        if (status != RmcpPlusStatus.NoErrors)
        {
            CryptographicOperations.ZeroMemory(code);
            sessions.Remove(session);
            LogFailure(remote, status.ToString());
            return Rakp2Error(request.Tag, session.RemoteConsoleSessionId, status, response);
        }
        lock (session.Sync)
        {
            session.User = user;
            session.MaximumPrivilege = limit;
            session.Exchange = exchange;
            session.State = SessionState.AwaitingRakp3;
        }
        return new Rakp2
        {
            Tag = request.Tag,
            Status = RmcpPlusStatus.NoErrors,
            RemoteConsoleSessionId = session.RemoteConsoleSessionId,
            ManagedSystemRandom = random,
            ManagedSystemGuid = _guid,
            KeyExchangeCode = code,
        }.WriteTo(response);
    }

    /// <summary>RAKP 3 → RAKP 4 (§13.22-13.23): checks the console's proof, derives SIK, K1, K2 and activates the session.</summary>
    public int Rakp3To4(ReadOnlySpan<byte> payload, IPEndPoint remote, Span<byte> response)
    {
        if (!Rakp3.TryParse(payload, out var request))
            return 0;
        if (!sessions.TryGet(request.ManagedSystemSessionId, SessionState.AwaitingRakp3, out var session))
            return Rakp4Error(request.Tag, 0, RmcpPlusStatus.InvalidSessionId, response);
        var exchange = session.Exchange!;
        var user = session.User!;
        var authentication = CryptoAlgorithms.Authentication(session.Suite.Authentication);
        Span<byte> kuid = stackalloc byte[UserAccount.MaxPasswordLength];
        user.WriteKey(kuid);
        try
        {
            // ipmitool sends RAKP 3 with an error status when our RAKP 2 code did not match its password.
            var status = request.Status != RmcpPlusStatus.NoErrors ? request.Status
                : request.KeyExchangeCode.Length != authentication.KeyExchangeCodeLength
                  || !authentication.CheckRakp3Code(kuid, exchange, request.KeyExchangeCode) ? RmcpPlusStatus.InvalidIntegrityCheckValue
                : !sessions.TryActivate(session) ? RmcpPlusStatus.InsufficientResources
                : RmcpPlusStatus.NoErrors;
            if (status is RmcpPlusStatus.NoErrors or RmcpPlusStatus.InsufficientResources)
                ReturnToken(session, remote);
            if (status == RmcpPlusStatus.InsufficientResources)
            {
                // Every session slot is active: not answered, so the console retries RAKP 3 (ipmitool -R, FreeIPMI's
                // retransmission) and gets in once a session closes; the half-open session keeps its place.
                LogRefusal(remote, $"all {sessions.MaxSessions} sessions active; RAKP 3 of user {user.Name} left unanswered");
                return 0;
            }
            if (status != RmcpPlusStatus.NoErrors)
            {
                sessions.Remove(session);
                LogFailure(remote, $"{status} (user {user.Name})");
                return Rakp4Error(request.Tag, session.RemoteConsoleSessionId, status, response);
            }
            Span<byte> kg = stackalloc byte[UserAccount.MaxPasswordLength];
            if (_options.BmcKey is { } bmcKey)
            {
                kg.Clear();
                bmcKey.CopyTo(kg);
            }
            else
            {
                kuid.CopyTo(kg);
            }
            Span<byte> sik = stackalloc byte[authentication.KeyLength];
            authentication.DeriveSik(kg, exchange, sik);
            CryptographicOperations.ZeroMemory(kg);
            var k1 = new byte[authentication.KeyLength];
            var k2 = new byte[authentication.KeyLength];
            authentication.DeriveKey(sik, 0x01, k1);
            authentication.DeriveKey(sik, 0x02, k2);
            Span<byte> check = stackalloc byte[authentication.IntegrityCheckValueLength];
            authentication.WriteRakp4Code(sik, exchange, check);
            CryptographicOperations.ZeroMemory(sik);
            lock (session.Sync)
            {
                session.Integrity = CryptoAlgorithms.Integrity(session.Suite.Integrity, k1);
                session.Confidentiality = CryptoAlgorithms.Confidentiality(session.Suite.Confidentiality, k2);
                session.Privilege = session.MaximumPrivilege < PrivilegeLevel.User ? session.MaximumPrivilege : PrivilegeLevel.User;
                session.Exchange = null;
            }
            CryptographicOperations.ZeroMemory(k2);
            logger.SessionOpened(session.Id, user.Name, remote, session.Suite.Id, session.MaximumPrivilege);
            return new Rakp4
            {
                Tag = request.Tag,
                Status = RmcpPlusStatus.NoErrors,
                RemoteConsoleSessionId = session.RemoteConsoleSessionId,
                IntegrityCheckValue = check,
            }.WriteTo(response);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(kuid);
        }
    }

    /// <summary>
    /// RAKP 1's user lookup (§13.20): name-only lookup caps the requested level at the user's limit;
    /// name-and-privilege lookup only finds users whose limit reaches the requested level.
    /// </summary>
    private RmcpPlusStatus Authorize(in Rakp1 request, Session session, out UserAccount? user, out PrivilegeLevel limit)
    {
        limit = PrivilegeLevel.Unspecified;
        user = null;
        var requested = (PrivilegeLevel)(request.Role & 0x0F);
        if (requested > PrivilegeLevel.Oem || (request.Role & 0xE0) != 0)
            return RmcpPlusStatus.InvalidRole;
        if (request.UserName.Length > RakpExchange.MaxUserNameLength)
            return RmcpPlusStatus.InvalidNameLength;
        var candidate = users.FindByName(request.UserName);
        if (candidate is null
            || !candidate.Enabled
            || !candidate.IpmiMessaging
            || candidate.MaxPrivilege is PrivilegeLevel.Unspecified or PrivilegeLevel.NoAccess
            || (candidate.Name.Length == 0 && !_options.AllowAnonymousLogin)
            || (candidate.Password.Length == 0 && !_options.AllowEmptyPassword))
            return RmcpPlusStatus.UnauthorizedName;
        var nameOnly = (request.Role & Rakp1.NameOnlyLookup) != 0;
        if (!nameOnly && requested > candidate.MaxPrivilege)
            return RmcpPlusStatus.UnauthorizedName;
        limit = candidate.MaxPrivilege;
        if (requested != PrivilegeLevel.Unspecified && requested < limit)
            limit = requested;
        if (session.RequestedMaximumPrivilege != PrivilegeLevel.Unspecified && session.RequestedMaximumPrivilege < limit)
            limit = session.RequestedMaximumPrivilege;
        user = candidate;
        return RmcpPlusStatus.NoErrors;
    }

    /// <summary>
    /// GUIDc as Get System GUID sends it (IPMI v2.0 §22.14 / §20.8: the RFC 4122 bytes reversed), so the GUID a
    /// console hashes into RAKP 2 and RAKP 4 is the one it can read back.
    /// </summary>
    public static byte[] GuidBytes(Guid guid)
    {
        var bytes = new byte[RakpExchange.GuidLength];
        new Ipmi.Protocol.App.GetGuidResponse(guid).WriteTo(bytes);
        return bytes;
    }

    private bool TryMatch(in OpenSessionRequest request, out CipherSuite suite)
    {
        foreach (var offered in _offered)
        {
            if (offered.Matches(request.Authentication, request.Integrity, request.Confidentiality))
            {
                suite = offered;
                return true;
            }
        }
        suite = default;
        return false;
    }

    private int Refuse(OpenSessionResponse refusal, RmcpPlusStatus status, IPEndPoint remote, Span<byte> response, string? reason = null)
    {
        if (refusals.ShouldLog(remote.Address, out var suppressed))
            logger.OpenSessionRefused(remote, status, reason ?? status.ToString(), suppressed);
        return (refusal with { Status = status }).WriteTo(response);
    }

    /// <summary>The password is proven: the source gets its RAKP 2 token back, once per session however often RAKP 3 is retried.</summary>
    private void ReturnToken(Session session, IPEndPoint remote)
    {
        lock (session.Sync)
        {
            if (session.PasswordProven)
                return;
            session.PasswordProven = true;
        }
        budget.Return(remote.Address);
    }

    private void LogRefusal(IPEndPoint remote, string reason)
    {
        if (refusals.ShouldLog(remote.Address, out var suppressed))
            logger.SessionSlotUnavailable(remote, reason, suppressed);
    }

    private void LogFailure(IPEndPoint remote, string reason)
    {
        if (refusals.ShouldLog(remote.Address, out var suppressed))
            logger.LoginFailed(remote, reason, suppressed);
    }

    private static int Rakp2Error(byte tag, uint remoteConsoleSessionId, RmcpPlusStatus status, Span<byte> response) =>
        new Rakp2 { Tag = tag, Status = status, RemoteConsoleSessionId = remoteConsoleSessionId }.WriteTo(response);

    private static int Rakp4Error(byte tag, uint remoteConsoleSessionId, RmcpPlusStatus status, Span<byte> response) =>
        new Rakp4 { Tag = tag, Status = status, RemoteConsoleSessionId = remoteConsoleSessionId }.WriteTo(response);
}

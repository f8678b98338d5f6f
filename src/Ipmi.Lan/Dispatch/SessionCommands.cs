using Ipmi.Lan.Commands;
using Ipmi.Lan.Sessions;
using Ipmi.Lan.Users;
using Ipmi.Protocol;
using Ipmi.Protocol.Commands;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ipmi.Lan.Dispatch;

/// <summary>
/// The commands the LAN session layer answers itself (IPMI v2.0 §22.13-22.24): the pre-session pair
/// Get Channel Authentication Capabilities and Get Channel Cipher Suites (sessionless, Callback), and
/// Set Session Privilege Level, Close Session, Get Session Info, Get Channel Info and Get / Set Channel
/// Access. Privileges follow
/// Appendix G.
/// </summary>
public sealed partial class SessionCommands(
    SessionTable sessions, IUserStore users, IOptions<LanOptions> options, ILogger<SessionCommands> logger) : ICommandSource
{
    /// <summary>"This channel" in channel-number fields (§6.3).</summary>
    public const byte CurrentChannel = 0x0E;

    private readonly LanOptions _options = options.Value;
    private readonly byte[] _suitesBySuite = CipherSuiteRecords.BySuite(options.Value.OfferedCipherSuites());
    private readonly byte[] _algorithms = CipherSuiteRecords.Algorithms(options.Value.OfferedCipherSuites());

    public IEnumerable<CommandRegistration> Commands =>
    [
        new(NetFn.App, GetChannelAuthenticationCapabilitiesRequest.Command, PrivilegeLevel.Callback, GetChannelAuthenticationCapabilities)
            { SessionlessAllowed = true },
        new(NetFn.App, GetChannelCipherSuitesRequest.Command, PrivilegeLevel.Callback, GetChannelCipherSuites)
            { SessionlessAllowed = true },
        new(NetFn.App, SetSessionPrivilegeLevelRequest.Command, PrivilegeLevel.Callback, SetSessionPrivilegeLevel),
        new(NetFn.App, CloseSessionRequest.Command, PrivilegeLevel.Callback, CloseSession),
        new(NetFn.App, GetSessionInfoRequest.Command, PrivilegeLevel.User, GetSessionInfo),
        new(NetFn.App, GetChannelInfoRequest.Command, PrivilegeLevel.User, GetChannelInfo),
        new(NetFn.App, GetChannelAccessRequest.Command, PrivilegeLevel.User, GetChannelAccess),
        new(NetFn.App, SetChannelAccessRequest.Command, PrivilegeLevel.Administrator, SetChannelAccess),
    ];

    private bool IsThisChannel(byte channel) => channel == CurrentChannel || channel == _options.ChannelNumber;

    private static ValueTask<CommandResult> Done(CommandResult result) => ValueTask.FromResult(result);
}
